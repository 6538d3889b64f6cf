/**
 * One page's running decisions: its story text so far (context for later
 * names) and the mentions each new text holds. The background keeps one per
 * open page; the evaluation and the DOM tests use the same class, so every
 * caller decides alike.
 */
import { MentionContext } from './context';
import { resolveMentions } from './resolve';
import type { Matcher, Mention } from './types';

/** A decided mention in one text: [start, end, entity id]. */
export type DecidedMention = readonly [start: number, end: number, entityId: string];

interface Item {
  mentions: Mention[];
  at: number | undefined;
  decided: DecidedMention[];
}

export class ResolveSession {
  private readonly context: MentionContext;

  constructor(readonly matcher: Matcher) {
    this.context = new MentionContext(matcher);
  }

  /** Starts over: a new page, or a single-page app showing another story. */
  reset(): void {
    this.context.clear();
  }

  /**
   * The decided mentions of each text, in order. `append`: the texts are new
   * story text and become context for later names (a repair of text already
   * read is not appended again).
   */
  resolve(texts: readonly string[], { append }: { append: boolean }): DecidedMention[][] {
    const { pattern } = this.matcher;
    const items: Item[] = texts.map((text) => {
      const at = append ? this.context.append(text) : undefined;
      pattern.lastIndex = 0;
      const mentions = this.matcher.size && pattern.test(text) ? this.matcher.findMentions(text) : [];
      return { mentions, at, decided: [] };
    });
    const withMentions = items.filter((item) => item.mentions.length > 0);
    for (const { scanned, decisions } of resolveMentions(this.context, withMentions)) {
      for (const resolved of decisions)
        if (resolved) scanned.decided.push([resolved.start, resolved.end, resolved.entityId]);
    }
    return items.map((item) => item.decided);
  }

  /** How many spellings of names the text holds (before any decision), counted up to `limit`. */
  static hits(matcher: Matcher, text: string, limit = 1): number {
    if (!matcher.size) return 0;
    const { pattern } = matcher;
    pattern.lastIndex = 0;
    let hits = 0;
    while (hits < limit && pattern.exec(text)) hits++;
    pattern.lastIndex = 0;
    return hits;
  }
}

/**
 * A resolver that decides in this process, as the background does: for the
 * DOM tests, the fuzzer, the evaluation and the in-page benchmark.
 */
export function localResolver(matcher: Matcher) {
  const session = new ResolveSession(matcher);
  return async (texts: string[], { append, fresh }: { append: boolean; fresh: boolean }) => {
    if (fresh) session.reset();
    return session.resolve(texts, { append });
  };
}
