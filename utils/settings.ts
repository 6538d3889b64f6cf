/**
 * The reader's settings: one typed, versioned storage item. Every read is
 * validated; a field that is missing or corrupt falls back to its default,
 * so a bad value can never stop the extension from working. A thin wrapper
 * over browser.storage keeps the content script small.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { TOPIC_IDS, type TopicId } from './topics';

/** Bump with a migration below when a field changes meaning. */
export const SETTINGS_VERSION = 1;
export const SETTINGS_KEY = 'settings';

export const SettingsSchema = v.object({
  version: v.fallback(v.literal(SETTINGS_VERSION), SETTINGS_VERSION),
  /** Master switch, the popup's "Highlights". */
  enabled: v.fallback(v.boolean(), true),
  /** Topics the reader switched off; new topics in an update start switched on. */
  disabledTopics: v.fallback(
    v.pipe(
      v.array(v.unknown()),
      v.transform((ids) => [...new Set(ids.filter((id): id is TopicId => TOPIC_IDS.includes(id as TopicId)))]),
    ),
    [],
  ),
  /**
   * Mark only the first mention of each name. On by default: a dense article
   * that names NASA thirty times reads like a wall of underlines, and the
   * card is one hover away at the first mention (encyclopedias link once).
   */
  firstMentionOnly: v.fallback(v.boolean(), true),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(v.parse(SettingsSchema, {}));

/** Any stored value, however broken, becomes valid settings. */
export function parseSettings(raw: unknown): Settings {
  const value = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {};
  return v.parse(SettingsSchema, value);
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...change });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) onChange(parseSettings(changes[SETTINGS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export function enabledTopics(settings: Settings): TopicId[] {
  return TOPIC_IDS.filter((id) => !settings.disabledTopics.includes(id));
}
