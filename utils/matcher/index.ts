/**
 * The pure text matcher: compiles aliases into one pattern, finds entity
 * mentions in strings, and decides which mentions a reader should see
 * highlighted. No DOM here; the content script feeds it text nodes.
 *
 * - prepareMatcher (in the background) → createMatcher (on the page): the
 *   heavy work once, then maps and RegExps per page.
 * - MentionContext holds what the article says; resolveMentions is the one
 *   order in which mentions are noted and resolved against it.
 */
import { createMatcher } from './find';
import { prepareMatcher } from './prepare';
import type { Matcher, MatcherAlias, MatcherOptions } from './types';

export { MAX_CONTEXT_CHARS, SENTENCE_WINDOW } from './article-text';
export { CONTEXT_WINDOW, MentionContext } from './context';
export { matcherAliases, type DatasetAlias } from './dataset-aliases';
export type { CaseRule } from './forms';
export { NOT_NAMES, SENSES, senseTableOf, type PreparedForm, type PreparedMatcher } from './prepare';
export { NO_SENSES, SenseReader, isDateline, type SenseTable, type Surroundings } from './sense';
export { resolveAll, resolveMentions, type Scanned, type ScannedDecisions } from './resolve';
export { russianForms } from './russian';
export { ukrainianForms } from './ukrainian';
export { localResolver, ResolveSession, type DecidedMention } from './session';
export type { AliasEntry, Matcher, MatcherAlias, MatcherOptions, Mention, Resolved } from './types';
export { createMatcher, prepareMatcher };

/** Prepare and create in one step, for scripts and tests that hold the aliases themselves. */
export function compileMatcher(aliases: readonly MatcherAlias[], options: MatcherOptions = {}): Matcher {
  return createMatcher(prepareMatcher(aliases, options));
}
