import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Switch } from '@/components/Switch';
import { FoundList, type FoundItem } from '@/components/FoundList';
import { ENTITY_BY_ID } from '@/utils/dataset';
import { GET_FOUND, SHOW_ENTITY, parseGetFoundResponse } from '@/utils/messages';
import { isSiteDisabled, loadSettings, saveSettings, watchSettings, withSite, type Settings } from '@/utils/settings';
import { TOPIC_IDS, getTopic } from '@/utils/topics';

interface PageReport {
  tabId: number;
  host: string;
  items: FoundItem[];
}

/** Asks the active tab's content script what it found; null where no content script answers. */
async function askActiveTab(): Promise<PageReport | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id == null) return null;
  try {
    const response = parseGetFoundResponse(await browser.tabs.sendMessage(tab.id, { type: GET_FOUND }));
    if (!response) return null;
    const items = response.found.flatMap(({ id, count }) => {
      const entity = ENTITY_BY_ID.get(id);
      if (!entity) return [];
      const topic = getTopic(entity.topic);
      const order = TOPIC_IDS.indexOf(entity.topic);
      return [{ id, name: entity.name, topicLabel: topic.label, topicColor: topic.color, count, order }];
    });
    // Topics in the options page's order; within one, the most mentioned first.
    items.sort((a, b) => a.order - b.order || b.count - a.count || a.name.localeCompare(b.name));
    return { tabId: tab.id, host: response.host, items };
  } catch {
    // No content script there: a browser page, the web store, or a tab opened before install.
    return null;
  }
}

/** The content script applies a settings change on its own; give it a moment before asking again. */
const ASK_AFTER_CHANGE_MS = 80;

export function App() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [report, setReport] = useState<PageReport | null | undefined>();

  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  const settingsKey = settings && JSON.stringify(settings);
  useEffect(() => {
    if (!settingsKey) return;
    const timer = setTimeout(() => void askActiveTab().then(setReport), report === undefined ? 0 : ASK_AFTER_CHANGE_MS);
    return () => clearTimeout(timer);
  }, [settingsKey]);

  if (!settings) return <main class="popup" aria-busy="true" />;

  const host = report?.host;
  const siteOn = host ? !isSiteDisabled(settings, host) : true;
  const active = settings.enabled && siteOn;

  async function show(id: string): Promise<void> {
    if (!report) return;
    const response = (await browser.tabs.sendMessage(report.tabId, { type: SHOW_ENTITY, id }).catch(() => null)) as {
      shown?: boolean;
    } | null;
    // Step aside so the reader sees the card on the page.
    if (response?.shown) window.close();
  }

  return (
    <main class="popup">
      <h1 class="title">Backstory</h1>
      <Switch
        label="Highlights"
        description="Mark names on pages and show their background"
        checked={settings.enabled}
        onChange={(enabled) => void saveSettings({ enabled })}
      />
      <Switch
        label="On this site"
        description={host ? `Highlights on ${host}` : 'Not available on this page'}
        checked={siteOn}
        disabled={!host || !settings.enabled}
        onChange={(enabled) => host && void saveSettings(withSite(settings, host, enabled))}
      />
      <h2 class="section">On this page</h2>
      {active ? (
        <FoundList items={report?.items} unavailable={report === null} onSelect={(id) => void show(id)} />
      ) : (
        <p class="empty">{settings.enabled ? `Highlights are off on ${host}.` : 'Highlights are off.'}</p>
      )}
      <p class="links">
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener noreferrer">
          Options
        </a>
      </p>
    </main>
  );
}
