import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { HighlightsSwitch } from '@/components/HighlightsSwitch';
import { Switch } from '@/components/Switch';
import { FoundList, type FoundItem } from '@/components/FoundList';
import { ENTITY_BY_ID } from '@/utils/dataset';
import { topicLabel, type Translate } from '@/utils/i18n';
import { GET_FOUND, SHOW_ENTITY, parseGetFoundResponse, type GetFoundResponse } from '@/utils/messages';
import { formatPartial } from '@/utils/partial-date';
import { isSiteDisabled, loadSettings, saveSettings, watchSettings, withSite, type Settings } from '@/utils/settings';
import { Notice } from '@/components/Notice';
import { useSave } from '@/components/use-save';
import { TOPIC_IDS, getTopic } from '@/utils/topics';
import { PopupLookup } from './PopupLookup';

interface PageReport {
  tabId: number;
  host: string;
  items: FoundItem[];
  /** The story's date the page gives, if the page was read for it. */
  storyDate?: GetFoundResponse['storyDate'];
}

/** Asks the active tab's content script what it found; null where no content script answers. */
async function askActiveTab(t: Translate): Promise<PageReport | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id == null) return null;
  try {
    const response = parseGetFoundResponse(await browser.tabs.sendMessage(tab.id, { type: GET_FOUND }, { frameId: 0 }));
    if (!response) return null;
    const items = response.found.flatMap(({ id, count }) => {
      const entity = ENTITY_BY_ID.get(id);
      if (!entity) return [];
      const topic = getTopic(entity.topic);
      const order = TOPIC_IDS.indexOf(entity.topic);
      return [{ id, name: entity.name, topicLabel: topicLabel(t, topic.id), topicColor: topic.color, count, order }];
    });
    // Topics in the options page's order; within one, the most mentioned first.
    items.sort((a, b) => a.order - b.order || b.count - a.count || a.name.localeCompare(b.name));
    return { tabId: tab.id, host: response.host, items, storyDate: response.storyDate };
  } catch {
    // No content script there: a browser page, the web store, or a tab opened before install.
    return null;
  }
}

/** The content script applies a settings change on its own; give it a moment before asking again. */
const ASK_AFTER_CHANGE_MS = 80;

export function App({ t }: { t: Translate }) {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [report, setReport] = useState<PageReport | null | undefined>();
  // A change says what came of it: an error, or what else it changed.
  const { notice, save } = useSave(saveSettings, t);

  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  const settingsKey = settings && JSON.stringify(settings);
  useEffect(() => {
    if (!settingsKey) return;
    const timer = setTimeout(
      () => void askActiveTab(t).then(setReport),
      report === undefined ? 0 : ASK_AFTER_CHANGE_MS,
    );
    return () => clearTimeout(timer);
  }, [settingsKey]);

  if (!settings) return <main class="popup" aria-busy="true" />;

  const host = report?.host;
  const siteOn = host ? !isSiteDisabled(settings, host) : true;
  const active = settings.enabled && siteOn;

  function switchSite(site: string, enabled: boolean): void {
    const { change, dropped } = withSite(settings!, site, enabled);
    void save(change, dropped ? { kind: 'status', text: t('settings_siteListFull', { oldest: dropped }) } : undefined);
  }

  async function show(id: string): Promise<void> {
    if (!report) return;
    const response = (await browser.tabs
      .sendMessage(report.tabId, { type: SHOW_ENTITY, id }, { frameId: 0 })
      .catch(() => null)) as {
      shown?: boolean;
    } | null;
    // Step aside so the reader sees the card on the page.
    if (response?.shown) window.close();
  }

  const siteDescription = !host
    ? t('popup_siteUnavailable')
    : !settings.enabled
      ? t('popup_siteNeedsHighlights')
      : t(siteOn ? 'popup_siteOn' : 'popup_siteOff', { host });

  return (
    <main class="popup">
      <h1 class="title">{t('ext_name')}</h1>
      <PopupLookup t={t} />
      <HighlightsSwitch enabled={settings.enabled} onChange={(enabled) => void save({ enabled })} t={t} />
      <Switch
        label={t('popup_siteLabel')}
        description={siteDescription}
        checked={siteOn}
        disabled={!host || !settings.enabled}
        onChange={(enabled) => host && switchSite(host, enabled)}
      />
      <Notice message={notice} />
      <h2 class="section">{t('popup_onThisPage')}</h2>
      {active ? (
        <>
          <FoundList items={report?.items} unavailable={report === null} onSelect={(id) => void show(id)} t={t} />
          {report?.items.length ? (
            <p class="story-date">
              {report.storyDate
                ? t('popup_storyDate', {
                    date: formatPartial(report.storyDate.date, t('card_dateLocale')),
                    source: t(`storySource_${report.storyDate.source}`),
                  })
                : t('popup_storyDateNone')}
            </p>
          ) : null}
        </>
      ) : (
        <p class="empty">{settings.enabled ? t('popup_offOnSite', { host: host ?? '' }) : t('popup_offEverywhere')}</p>
      )}
      <p class="links">
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener noreferrer">
          {t('popup_options')}
        </a>
      </p>
    </main>
  );
}
