/**
 * The reader's settings: one typed, versioned storage item. Every read is
 * validated; a field that is missing or corrupt falls back to its default,
 * so a bad value can never stop the extension from working.
 */
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { TOPIC_IDS, type TopicId } from './topics';

export const SettingsSchema = v.object({
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
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = Object.freeze({ enabled: true, disabledTopics: [] });

/** Any stored value, however broken, becomes valid settings. */
export function parseSettings(raw: unknown): Settings {
  const result = v.safeParse(SettingsSchema, raw ?? {});
  return result.success ? result.output : { ...DEFAULT_SETTINGS, disabledTopics: [] };
}

export const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...change });
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((raw) => onChange(parseSettings(raw)));
}

export function enabledTopics(settings: Settings): TopicId[] {
  return TOPIC_IDS.filter((id) => !settings.disabledTopics.includes(id));
}
