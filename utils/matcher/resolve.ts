/**
 * The one path from scanned text to decided mentions. Every caller (the
 * page, the evaluation, the tests) goes through here, so they cannot drift
 * apart in the order of steps.
 */
import type { MentionContext } from './context';
import type { Mention, Resolved } from './types';

/** One scanned text: the mentions found in it, and where it starts in the context's text. */
export interface Scanned {
  readonly mentions: readonly Mention[];
  /** Undefined when its text was not appended (a repair pass): context then counts anywhere. */
  readonly at: number | undefined;
}

/** The decisions for one scanned text, in the order of its mentions. */
export interface ScannedDecisions<T extends Scanned> {
  readonly scanned: T;
  /** Each mention's entity and span, or null when the article does not justify one; resolved as it is read. */
  readonly decisions: Iterable<Resolved | null>;
}

/**
 * Notes every mention of every scanned text first (a name the article gives
 * later still supports an ambiguous one earlier), then resolves them one at a
 * time, in reading order. Lazy: nothing is resolved before it is asked for,
 * so a caller with a time budget can stop between two mentions and go on
 * later (the page yields to its own work there).
 */
export function* resolveMentions<T extends Scanned>(
  context: MentionContext,
  scanned: readonly T[],
): Generator<ScannedDecisions<T>, void, undefined> {
  for (const { mentions, at } of scanned) context.note(mentions, at);
  for (const item of scanned) yield { scanned: item, decisions: decide(context, item) };
}

function* decide(context: MentionContext, { mentions, at }: Scanned): Generator<Resolved | null, void, undefined> {
  for (const mention of mentions) yield context.resolve(mention, at === undefined ? undefined : at + mention.start);
}

/** For callers without a time budget: every mention that names an entity, with the text it was found in. */
export function resolveAll<T extends Scanned>(
  context: MentionContext,
  scanned: readonly T[],
): Array<{ scanned: T; resolved: Resolved }> {
  const found: Array<{ scanned: T; resolved: Resolved }> = [];
  for (const { scanned: item, decisions } of resolveMentions(context, scanned)) {
    for (const resolved of decisions) if (resolved) found.push({ scanned: item, resolved });
  }
  return found;
}
