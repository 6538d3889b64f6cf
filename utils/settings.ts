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

export const HOVER_DELAYS = ['short', 'normal', 'long'] as const;
export type HoverDelay = (typeof HOVER_DELAYS)[number];
/**
 * Hover intent: the pointer must rest this long on a highlight before its card
 * opens, so sweeping the mouse across a paragraph does not flash cards.
 * Wikipedia's page previews use 500 ms; a highlight is a smaller target, and
 * readers who hover mean it, so the default sits near the short end of the
 * usual 300–500 ms. Here, beside the setting, because the options page shows
 * these numbers and the content script waits them.
 */
export const SHOW_DELAY_MS: Record<HoverDelay, number> = {
  short: 200,
  normal: 350,
  long: 600,
};
export const HIGHLIGHT_STYLES = ['underline', 'background'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/**
 * The most sites the reader can switch off. Storage for the list is small
 * (about 0.3 MB at the cap, under storage.local's 10 MB); the cap only stops
 * a runaway import. Past it the oldest entries give way, with a message:
 * the list is never lost.
 */
export const MAX_DISABLED_SITES = 5000;

/** The longest host name DNS allows. */
const MAX_HOST_LENGTH = 253;

/**
 * Anything `location.hostname` returns for an http(s) page: DNS names
 * (underscores included, as some intranets use), IPv4, and bracketed IPv6.
 */
const HOST_NAME = /^(?:\[[0-9a-f:.]+\]|[a-z0-9_-]+(?:\.[a-z0-9_-]+)*)$/i;

/** A host as the list keeps it: lower case, without the trailing dot of a fully qualified name. */
export function siteKey(host: string): string {
  return host.toLowerCase().replace(/\.$/, '');
}

function isHostName(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_HOST_LENGTH + 1 && HOST_NAME.test(siteKey(value));
}

export const SettingsSchema = v.object({
  /**
   * The version the settings were saved by. One newer than this code
   * (after a downgrade) is read as well as it can be, and never written
   * over (saveSettings refuses): the newer version's fields stay.
   */
  version: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(SETTINGS_VERSION)), SETTINGS_VERSION),
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
  /** Sites (host names) where the reader turned Backstory off from the popup. */
  disabledSites: v.fallback(
    v.pipe(
      v.array(v.unknown()),
      // Over the cap (an older version's list, a hand-edited file), the most recent entries stay.
      v.transform((hosts) => [...new Set(hosts.filter(isHostName).map(siteKey))].slice(-MAX_DISABLED_SITES)),
    ),
    [],
  ),
  /** How long the pointer rests on a name before its card opens (see entrypoints/content/delays.ts). */
  hoverDelay: v.fallback(v.picklist(HOVER_DELAYS), 'normal'),
  /** How highlights look: a coloured underline, or a soft coloured background. */
  highlightStyle: v.fallback(v.picklist(HIGHLIGHT_STYLES), 'underline'),
  /**
   * The number of names found, on the toolbar button. Off by default: the
   * underlines already show what was found, and a number that changes on
   * every page draws the eye from the story to the toolbar.
   */
  showBadge: v.fallback(v.boolean(), false),
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

/** Why a change was not saved; the popup and the options page say so in the reader's language. */
export class SettingsSaveError extends Error {
  constructor(
    readonly reason: 'newer-version' | 'storage',
    cause?: unknown,
  ) {
    super(
      reason === 'newer-version'
        ? 'The settings were saved by a newer version of Backstory; they are kept as they are.'
        : `The settings could not be saved${cause instanceof Error ? ` (${cause.message})` : ''}.`,
      { cause },
    );
    this.name = 'SettingsSaveError';
  }
}

/**
 * Saves a change on top of the stored settings. Throws SettingsSaveError when
 * storage fails, and when the stored settings come from a newer version of
 * Backstory (written over, they would lose that version's fields).
 */
export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  let stored: Record<string, unknown>;
  try {
    stored = await browser.storage.local.get(SETTINGS_KEY);
  } catch (error) {
    throw new SettingsSaveError('storage', error);
  }
  const raw = stored[SETTINGS_KEY];
  if (isNewer(raw)) throw new SettingsSaveError('newer-version');
  const next = parseSettings({ ...parseSettings(raw), ...change, version: SETTINGS_VERSION });
  try {
    await browser.storage.local.set({ [SETTINGS_KEY]: next });
  } catch (error) {
    throw new SettingsSaveError('storage', error);
  }
  return next;
}

function isNewer(raw: unknown): boolean {
  const version = (raw as { version?: unknown } | null)?.version;
  return typeof version === 'number' && version > SETTINGS_VERSION;
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

export function isSiteDisabled(settings: Settings, host: string): boolean {
  return settings.disabledSites.includes(siteKey(host));
}

export interface SiteChange {
  change: Partial<Settings>;
  /** Switching a site off at the cap switched the oldest one back on: which. */
  dropped?: string;
}

/** The settings with this site switched on or off. */
export function withSite(settings: Settings, host: string, enabled: boolean): SiteChange {
  const key = siteKey(host);
  const others = settings.disabledSites.filter((site) => site !== key);
  if (enabled) return { change: { disabledSites: others } };
  const kept = others.slice(-(MAX_DISABLED_SITES - 1));
  const dropped = others.length > kept.length ? others[0] : undefined;
  return { change: { disabledSites: [...kept, key] }, ...(dropped && { dropped }) };
}

/**
 * A settings file the reader exports and imports. Unlike stored settings,
 * an imported file is not repaired field by field: a file with anything
 * wrong in it is refused whole, with a message saying what, and nothing changes.
 */
const ImportSchema = v.strictObject({
  app: v.literal('backstory'),
  settings: v.strictObject({
    version: v.optional(v.literal(SETTINGS_VERSION)),
    enabled: v.optional(v.boolean()),
    disabledTopics: v.optional(v.array(v.picklist(TOPIC_IDS))),
    firstMentionOnly: v.optional(v.boolean()),
    disabledSites: v.optional(
      v.pipe(
        v.array(
          v.pipe(
            v.string(),
            v.check((host: string) => isHostName(host), 'expected a host name'),
          ),
        ),
        v.maxLength(MAX_DISABLED_SITES),
      ),
    ),
    hoverDelay: v.optional(v.picklist(HOVER_DELAYS)),
    highlightStyle: v.optional(v.picklist(HIGHLIGHT_STYLES)),
    showBadge: v.optional(v.boolean()),
  }),
});

export function exportSettings(settings: Settings): string {
  return `${JSON.stringify({ app: 'backstory', settings }, null, 2)}\n`;
}

/**
 * `error` is the English message; `reason` and `path` let a page say the same
 * in the reader's language.
 */
export type ImportResult =
  { ok: true; settings: Settings } | { ok: false; error: string; reason: 'not-json' | 'not-settings'; path: string };

export function parseSettingsFile(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      error: 'This file is not JSON. Choose a settings file exported from Backstory.',
      reason: 'not-json',
      path: '',
    };
  }
  const result = v.safeParse(ImportSchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
    return {
      ok: false,
      error: `This is not a Backstory settings file${path ? ` (problem at "${path}": ${issue.message})` : ''}. Nothing was changed.`,
      reason: 'not-settings',
      path,
    };
  }
  return { ok: true, settings: parseSettings(result.output.settings) };
}

/** The message key that says why a save failed, for the popup and the options page. */
export function saveErrorKey(error: unknown): 'settings_newerVersion' | 'settings_saveFailed' {
  return error instanceof SettingsSaveError && error.reason === 'newer-version'
    ? 'settings_newerVersion'
    : 'settings_saveFailed';
}

/**
 * The largest settings file import reads. An export of the longest list
 * (MAX_DISABLED_SITES sites of the longest host names) is about 1.3 MB; a
 * bigger file is not one of ours, and is refused before it is read.
 */
export const MAX_SETTINGS_FILE_BYTES = 2 * 1024 * 1024;
