import { useEffect, useState } from 'preact/hooks';
import { TopicList } from '@/components/TopicList';
import { Switch } from '@/components/Switch';
import { RadioGroup } from '@/components/RadioGroup';
import { SiteList } from '@/components/SiteList';
import { SettingsTransfer, type SettingsTransferProps } from '@/components/SettingsTransfer';
import { ENTITIES } from '@/utils/dataset';
import {
  DEFAULT_SETTINGS,
  exportSettings,
  loadSettings,
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

const TOPIC_OPTIONS = TOPICS.map((topic) => ({
  ...topic,
  count: ENTITIES.filter((entity) => entity.topic === topic.id).length,
}));

const DELAY_OPTIONS: { value: HoverDelay; label: string; description: string }[] = [
  { value: 'short', label: 'Quickly', description: `${SHOW_DELAY_MS.short} ms` },
  { value: 'normal', label: 'After a moment', description: `${SHOW_DELAY_MS.normal} ms (default)` },
  { value: 'long', label: 'Only when I linger', description: `${SHOW_DELAY_MS.long} ms` },
];

const STYLE_OPTIONS: { value: HighlightStyle; label: string; description: string }[] = [
  { value: 'underline', label: 'Underline', description: 'a thin line in the topic’s colour (default)' },
  { value: 'background', label: 'Soft background', description: 'a light wash of the topic’s colour' },
];

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function App() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [message, setMessage] = useState<SettingsTransferProps['message']>();

  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  if (!settings) return <main class="options" aria-busy="true" />;
  const current = settings;

  function toggleTopic(id: string, enabled: boolean): void {
    const others = current.disabledTopics.filter((topic) => topic !== id);
    void saveSettings({ disabledTopics: enabled ? others : [...others, id as TopicId] });
  }

  async function importText(text: string): Promise<void> {
    const result = parseSettingsFile(text);
    if (!result.ok) {
      setMessage({ kind: 'error', text: result.error });
      return;
    }
    await saveSettings(result.settings);
    setMessage({ kind: 'status', text: 'Settings imported.' });
  }

  return (
    <main class="options">
      <h1 class="title">Backstory options</h1>
      <Switch
        label="Highlights"
        description="Mark names on pages and show their background"
        checked={current.enabled}
        onChange={(enabled) => void saveSettings({ enabled })}
      />
      <Switch
        label="Only the first mention of each name"
        description="Keeps dense articles calm; the popup still counts every mention"
        checked={current.firstMentionOnly}
        onChange={(firstMentionOnly) => void saveSettings({ firstMentionOnly })}
      />
      <TopicList topics={TOPIC_OPTIONS} disabled={current.disabledTopics} onToggle={toggleTopic} />
      <RadioGroup
        legend="Open a card when the pointer rests on a name"
        name="hover-delay"
        options={DELAY_OPTIONS}
        value={current.hoverDelay}
        onChange={(hoverDelay) => void saveSettings({ hoverDelay })}
      />
      <RadioGroup
        legend="Highlight style"
        name="highlight-style"
        options={STYLE_OPTIONS}
        value={current.highlightStyle}
        onChange={(highlightStyle) => void saveSettings({ highlightStyle })}
      />
      <SiteList sites={current.disabledSites} onRemove={(site) => void saveSettings(withSite(current, site, true))} />
      <SettingsTransfer
        message={message}
        onExport={() => {
          download('backstory-settings.json', exportSettings(current));
          setMessage({ kind: 'status', text: 'Settings exported as backstory-settings.json.' });
        }}
        onImport={(text) => void importText(text)}
        onReset={() => {
          void saveSettings(DEFAULT_SETTINGS).then(() =>
            setMessage({ kind: 'status', text: 'Settings reset to defaults.' }),
          );
        }}
      />
      <p class="note">
        Changes apply at once to open tabs. Backstory makes no network requests: every fact ships with the extension,
        and nothing about the pages you read leaves your browser.
      </p>
    </main>
  );
}
