import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Switch } from '@/components/Switch';
import { FoundList, type FoundItem } from '@/components/FoundList';
import { ENTITY_BY_ID } from '@/utils/dataset';
import { GET_FOUND, parseGetFoundResponse } from '@/utils/messages';
import { loadSettings, saveSettings, watchSettings, type Settings } from '@/utils/settings';
import { TOPIC_IDS, getTopic } from '@/utils/topics';

async function askActiveTab(): Promise<FoundItem[] | null> {
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
    return items.sort((a, b) => a.order - b.order || b.count - a.count || a.name.localeCompare(b.name));
  } catch {
    // No content script there: a browser page, the web store, or a tab opened before install.
    return null;
  }
}

export function App() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [found, setFound] = useState<FoundItem[] | null | undefined>();

  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  useEffect(() => {
    if (!settings) return;
    setFound(undefined);
    // The content script applies a settings change on its own; ask once it has.
    const timer = setTimeout(() => void askActiveTab().then(setFound), 50);
    return () => clearTimeout(timer);
  }, [settings?.enabled, settings?.disabledTopics.join(',')]);

  if (!settings) return <main class="popup" aria-busy="true" />;

  return (
    <main class="popup">
      <h1 class="title">Backstory</h1>
      <Switch
        label="Highlights"
        description="Mark names on pages and show their background"
        checked={settings.enabled}
        onChange={(enabled) => void saveSettings({ enabled })}
      />
      <h2 class="section">On this page</h2>
      {settings.enabled ? (
        <FoundList items={found ?? undefined} unavailable={found === null} />
      ) : (
        <p class="empty">Highlights are off.</p>
      )}
      <p class="links">
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener noreferrer">
          Options
        </a>
      </p>
    </main>
  );
}
