import { useEffect, useState } from 'preact/hooks';
import { TopicList } from '@/components/TopicList';
import { HighlightsSwitch } from '@/components/HighlightsSwitch';
import { Switch } from '@/components/Switch';
import { RadioGroup } from '@/components/RadioGroup';
import { SiteList } from '@/components/SiteList';
import { ShortcutInfo } from '@/components/ShortcutInfo';
import { SettingsTransfer, type SettingsTransferProps } from '@/components/SettingsTransfer';
import { Notice } from '@/components/Notice';
import { useSave } from '@/components/use-save';
import { ENTITIES } from '@/utils/dataset';
import { topicLabel, type Translate } from '@/utils/i18n';
import {
  DEFAULT_SETTINGS,
  exportSettings,
  loadSettings,
  MAX_SETTINGS_FILE_BYTES,
  parseSettingsFile,
  saveSettings,
  SHOW_DELAY_MS,
  watchSettings,
  withSite,
  type HighlightStyle,
  type HoverDelay,
  type Settings,
} from '@/utils/settings';
import { TOPICS, type TopicId } from '@/utils/topics';
import { TOGGLE_COMMAND } from '@/utils/toolbar';
import { openShortcutSettings, readShortcut } from './shortcut';

const EXPORT_FILE = 'backstory-settings.json';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function App({ t }: { t: Translate }) {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [message, setMessage] = useState<SettingsTransferProps['message']>();
  const [shortcut, setShortcut] = useState<string | undefined>();
  // A change that could not be saved says so, at the top of the page.
  const { notice, save } = useSave(saveSettings, t);

  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  useEffect(() => {
    const refresh = () => void readShortcut(TOGGLE_COMMAND).then(setShortcut);
    refresh();
    // The reader may come back from the browser's shortcut settings with a new binding.
    document.addEventListener('visibilitychange', refresh);
    return () => document.removeEventListener('visibilitychange', refresh);
  }, []);

  if (!settings) return <main class="options" aria-busy="true" />;
  const current = settings;

  const topics = TOPICS.map((topic) => ({
    ...topic,
    label: topicLabel(t, topic.id),
    count: ENTITIES.filter((entity) => entity.topic === topic.id).length,
  }));
  const ms = (delay: HoverDelay) => SHOW_DELAY_MS[delay];
  const delays: { value: HoverDelay; label: string; description: string }[] = [
    { value: 'short', label: t('options_delayShort'), description: t('options_milliseconds', { ms: ms('short') }) },
    {
      value: 'normal',
      label: t('options_delayNormal'),
      description: t('options_millisecondsDefault', { ms: ms('normal') }),
    },
    { value: 'long', label: t('options_delayLong'), description: t('options_milliseconds', { ms: ms('long') }) },
  ];
  const styles: { value: HighlightStyle; label: string; description: string }[] = [
    { value: 'underline', label: t('options_styleUnderline'), description: t('options_styleUnderlineDescription') },
    { value: 'background', label: t('options_styleBackground'), description: t('options_styleBackgroundDescription') },
  ];

  function toggleTopic(id: string, enabled: boolean): void {
    const others = current.disabledTopics.filter((topic) => topic !== id);
    void save({ disabledTopics: enabled ? others : [...others, id as TopicId] });
  }

  async function importText(text: string): Promise<void> {
    const result = parseSettingsFile(text);
    if (!result.ok) {
      const error =
        result.reason === 'not-json'
          ? t('options_importNotJson')
          : result.path
            ? t('options_importInvalid', { path: result.path })
            : t('options_importInvalidWhole');
      setMessage({ kind: 'error', text: error });
      return;
    }
    if (await save(result.settings)) setMessage({ kind: 'status', text: t('options_imported') });
  }

  return (
    <main class="options">
      <h1 class="title">{t('options_title')}</h1>
      <Notice message={notice} />
      <HighlightsSwitch enabled={current.enabled} onChange={(enabled) => void save({ enabled })} t={t} />
      <Switch
        label={t('options_firstMention')}
        description={t('options_firstMentionDescription')}
        checked={current.firstMentionOnly}
        onChange={(firstMentionOnly) => void save({ firstMentionOnly })}
      />
      <Switch
        label={t('options_badge')}
        description={t('options_badgeDescription')}
        checked={current.showBadge}
        onChange={(showBadge) => void save({ showBadge })}
      />
      <TopicList topics={topics} disabled={current.disabledTopics} onToggle={toggleTopic} t={t} />
      <RadioGroup
        legend={t('options_delayLegend')}
        name="hover-delay"
        options={delays}
        value={current.hoverDelay}
        onChange={(hoverDelay) => void save({ hoverDelay })}
      />
      <RadioGroup
        legend={t('options_styleLegend')}
        name="highlight-style"
        options={styles}
        value={current.highlightStyle}
        onChange={(highlightStyle) => void save({ highlightStyle })}
      />
      <ShortcutInfo shortcut={shortcut} onChange={() => void openShortcutSettings()} t={t} />
      <SiteList
        sites={current.disabledSites}
        onRemove={(site) => void save(withSite(current, site, true).change)}
        t={t}
      />
      <SettingsTransfer
        message={message}
        onExport={() => {
          download(EXPORT_FILE, exportSettings(current));
          setMessage({ kind: 'status', text: t('options_exported', { file: EXPORT_FILE }) });
        }}
        onImport={(text) => void importText(text)}
        maxBytes={MAX_SETTINGS_FILE_BYTES}
        onTooLarge={() => setMessage({ kind: 'error', text: t('options_importTooLarge') })}
        onReset={() => {
          void save(DEFAULT_SETTINGS).then(
            (saved) => saved && setMessage({ kind: 'status', text: t('options_resetDone') }),
          );
        }}
        t={t}
      />
      <p class="note">{t('options_note')}</p>
    </main>
  );
}
