/** The matcher tests' alias set (tests/fixtures/aliases.ts), compiled, and what it finds and highlights in a text. */
import { MentionContext, compileMatcher, resolveAll, type Matcher } from '@/utils/matcher';
import { MATCHER_ALIASES } from '../../fixtures/aliases';

export const ALIASES = MATCHER_ALIASES;

export const matcher = compileMatcher(ALIASES);

/** What findMentions reports: [text, candidate entity ids] pairs. */
export function found(text: string, using: Matcher = matcher): Array<[string, string[]]> {
  return using.findMentions(text).map((m) => [m.text, m.entries.map((e) => e.entityId)]);
}

/** What a reader would see highlighted in `text` read as one article: [text, entity] pairs. */
export function highlighted(text: string, using: Matcher = matcher): Array<[string, string]> {
  const context = new MentionContext(using);
  const at = context.append(text)!;
  return resolveAll(context, [{ mentions: using.findMentions(text), at }]).map(({ resolved }) => [
    resolved.text,
    resolved.entityId,
  ]);
}
