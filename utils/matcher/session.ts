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
    const items: Item[] = texts.map((text) => {
      const at = append ? this.context.append(text) : undefined;
      // No test of the pattern first: on a text without a spelling the search costs the same one pass.
      const mentions = this.matcher.size ? this.matcher.findMentions(text) : [];
      return { mentions, at, decided: [] };
    });
    const withMentions = items.filter((item) => item.mentions.length > 0);
    for (const { scanned, decisions } of resolveMentions(this.context, withMentions)) {
      for (const resolved of decisions)
        if (resolved) scanned.decided.push([resolved.start, resolved.end, resolved.entityId]);
    }
    return items.map((item) => item.decided);
  }

  /**
   * How many names the texts hold, decided as a page's stage would decide
   * them with these texts as the only context: a spelling that the decision
   * turns down (a politician's surname without space context, a word that is
   * only sometimes a name) loads nothing on the page. Texts without a
   * spelling cost one pattern pass over `joined`, their concatenation.
   */
  static names(matcher: Matcher, joined: string, separator: string): number {
    if (!matcher.size) return 0;
    const { pattern } = matcher;
    pattern.lastIndex = 0;
    const spelled = pattern.test(joined);
    pattern.lastIndex = 0;
    if (!spelled) return 0;
    const decided = new ResolveSession(matcher).resolve(joined.split(separator), { append: true });
    return decided.reduce((sum, mentions) => sum + mentions.length, 0);
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
