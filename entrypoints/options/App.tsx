import { useEffect, useState } from 'preact/hooks';
import { TopicList } from '@/components/TopicList';
import { Switch } from '@/components/Switch';
import { ENTITIES } from '@/utils/dataset';
import { loadSettings, saveSettings, watchSettings, type Settings } from '@/utils/settings';
import { TOPICS } from '@/utils/topics';

const TOPIC_OPTIONS = TOPICS.map((topic) => ({
  ...topic,
  count: ENTITIES.filter((entity) => entity.topic === topic.id).length,
}));

export function App() {
  const [settings, setSettings] = useState<Settings | undefined>();

  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  if (!settings) return <main class="options" aria-busy="true" />;

  function toggleTopic(id: string, enabled: boolean): void {
    const others = settings!.disabledTopics.filter((topic) => topic !== id);
    void saveSettings({ disabledTopics: enabled ? others : [...others, id as Settings['disabledTopics'][number]] });
  }

  return (
    <main class="options">
      <h1 class="title">Backstory options</h1>
      <Switch
        label="Highlights"
        description="Mark names on pages and show their background"
        checked={settings.enabled}
        onChange={(enabled) => void saveSettings({ enabled })}
      />
      <TopicList topics={TOPIC_OPTIONS} disabled={settings.disabledTopics} onToggle={toggleTopic} />
      <p class="note">
        Changes apply at once to open tabs. Backstory makes no network requests: every fact ships with the extension,
        and nothing about the pages you read leaves your browser.
      </p>
    </main>
  );
}
