/**
 * What the content script asks the background, in one typed map, with the
 * page's checks of each reply: hand-written, since the page's side runs on
 * every page and carries no schema library. The content script sends with
 * `ask` (entrypoints/content/ask.ts); the background validates every request
 * with its schemas (protocol-schemas.ts) and answers only its own extension.
 */

/** A mention the background resolved in one text: [start, end, entity id]. */
export type ResolvedMention = readonly [start: number, end: number, entityId: string];

/** What a page needs to know before it reads anything: is Backstory on here, and how. */
export type GateReply =
  | { on: false }
  | {
      on: true;
      /** The topics switched on (a change means highlighting again). */
      topics: string[];
      firstMentionOnly: boolean;
      highlightStyle: 'underline' | 'background';
      /** How long the pointer rests on a name before its card opens. */
      hoverDelayMs: number;
      /** How many names the text sent with the question holds (as `scan` counts them); absent when none was sent. */
      hits?: number;
    };

export interface BackgroundProtocol {
  /**
   * Is Backstory on for this host, and with which options. A page's first
   * question sends its text along: one answer then also says whether a name
   * is in it, one round trip instead of two on every page load. The
   * background reads the text only where Backstory is on. A later question
   * (the settings changed) sends no text.
   */
  gate: { request: { host: string; text?: string }; reply: GateReply };
  /**
   * How many names this text holds, decided (not mere spellings: a page
   * whose only hit is a politician's surname in a story about something
   * else loads nothing more). The page's text nodes joined with
   * TEXT_SEPARATOR, one string to clone; decided with that text as its only
   * context.
   */
  scan: { request: { text: string }; reply: { hits: number } };
  /**
   * Decide the mentions in these texts, in reading order. `append`: the texts
   * are new story text (they become context for later names); `fresh`: start
   * the page's context over (a new page, or a single-page-app navigation).
   * `lost`: the background no longer has this page's context (it was
   * restarted): send the whole story again, fresh.
   */
  resolve: {
    request: { session: string; texts: string[]; append: boolean; fresh: boolean };
    reply: { mentions: ResolvedMention[][] } | { lost: true };
  };
}

export type BackgroundKind = keyof BackgroundProtocol;
export type RequestOf<K extends BackgroundKind> = BackgroundProtocol[K]['request'];
export type ReplyOf<K extends BackgroundKind> = BackgroundProtocol[K]['reply'];

const PREFIX = 'backstory:';

/**
 * Background → content script: the settings changed, ask `gate` again. The
 * page's only way to hear of it (it keeps no storage listener of its own).
 */
export const SETTINGS_CHANGED = messageType('settings-changed');

/** Highlighting stage → background: a card's facts, on the first hover (checked by the card's stage). */
export const GET_ENTITY = 'backstory:get-entity';

/**
 * Highlighting stage → background: how many different names the page shows
 * now, for the toolbar badge (0 clears it). Sent after each scan that changes
 * the number, and after highlights are switched off.
 */
export const FOUND_COUNT = 'backstory:found-count';

/** Between text nodes joined for a scan: not a letter, not a space, so no name spans two nodes. */
export const TEXT_SEPARATOR = '\u0000';

export function messageType(kind: string): string {
  return `${PREFIX}${kind}`;
}

/** The kind of a message, if it is one of ours. */
export function kindOf(message: unknown): string | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' && type.startsWith(PREFIX) ? type.slice(PREFIX.length) : undefined;
}

export const REPLY_CHECKS: { [K in BackgroundKind]: (reply: unknown) => reply is ReplyOf<K> } = {
  gate: (reply): reply is GateReply =>
    isObject(reply) &&
    (reply.on === false ||
      (reply.on === true &&
        Array.isArray(reply.topics) &&
        typeof reply.firstMentionOnly === 'boolean' &&
        (reply.highlightStyle === 'underline' || reply.highlightStyle === 'background') &&
        typeof reply.hoverDelayMs === 'number' &&
        (reply.hits === undefined || typeof reply.hits === 'number'))),
  scan: (reply): reply is { hits: number } => isObject(reply) && typeof reply.hits === 'number',
  resolve: (reply): reply is ReplyOf<'resolve'> =>
    isObject(reply) &&
    (reply.lost === true ||
      (Array.isArray(reply.mentions) &&
        reply.mentions.every(
          (list) =>
            Array.isArray(list) &&
            list.every(
              (item) =>
                Array.isArray(item) &&
                typeof item[0] === 'number' &&
                typeof item[1] === 'number' &&
                typeof item[2] === 'string',
            ),
        ))),
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
