/**
 * The pure text matcher: compiles aliases into one pattern and finds entity
 * mentions in strings. No DOM here; the highlighter feeds it text nodes.
 */
import { GAP, WORD_CHAR, aliasPatternSource } from './pattern';

export interface MatcherAlias {
  text: string;
  case: 'exact' | 'any';
  entityId: string;
  /** Present on ambiguous aliases: words that must occur in the same article. */
  context?: readonly string[];
}

export interface AliasEntry {
  entityId: string;
  ambiguous: boolean;
  context: readonly string[];
}

export interface Mention {
  start: number;
  end: number;
  text: string;
  /** Every entity this spelling may name; more than one only for ambiguous aliases. */
  entries: readonly AliasEntry[];
}

export interface Matcher {
  /** Global, Unicode pattern matching any alias at word boundaries. */
  readonly pattern: RegExp;
  /** Number of aliases compiled; zero means nothing can match. */
  readonly size: number;
  findMentions(text: string): Mention[];
  /** The alias entries a matched string stands for. */
  lookup(matched: string): readonly AliasEntry[];
}

// Only syntax characters: a `u` pattern rejects needless escapes such as \-.
const SPECIAL = /[.*+?^${}()|[\]\\/]/g;

/** ё and е are interchangeable in Russian text: most writers drop the dots. */
function foldYo(text: string): string {
  return text.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
}

/** The key an alias and a matched string share: whitespace collapsed, ё folded. */
function keyOf(text: string, caseRule: 'exact' | 'any'): string {
  const folded = foldYo(text.replace(/[\s\u00A0]+/g, ' ').trim());
  return caseRule === 'exact' ? folded : folded.toLocaleLowerCase();
}

export function compileMatcher(aliases: readonly MatcherAlias[]): Matcher {
  const exact = new Map<string, AliasEntry[]>();
  const any = new Map<string, AliasEntry[]>();
  for (const alias of aliases) {
    const map = alias.case === 'exact' ? exact : any;
    const key = keyOf(alias.text, alias.case);
    const entries = map.get(key) ?? [];
    if (!entries.some((entry) => entry.entityId === alias.entityId)) {
      entries.push({
        entityId: alias.entityId,
        ambiguous: Boolean(alias.context?.length),
        context: alias.context ?? [],
      });
    }
    map.set(key, entries);
  }

  const source = aliasPatternSource(aliases);
  const pattern = new RegExp(source, 'gu');

  function lookup(matched: string): readonly AliasEntry[] {
    const exactHits = exact.get(keyOf(matched, 'exact')) ?? [];
    const anyHits = any.get(keyOf(matched, 'any')) ?? [];
    if (!anyHits.length) return exactHits;
    if (!exactHits.length) return anyHits;
    const seen = new Set(exactHits.map((entry) => entry.entityId));
    return [...exactHits, ...anyHits.filter((entry) => !seen.has(entry.entityId))];
  }

  function findMentions(text: string): Mention[] {
    const mentions: Mention[] = [];
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const entries = lookup(match[0]);
      if (entries.length) {
        mentions.push({ start: match.index, end: match.index + match[0].length, text: match[0], entries });
      }
    }
    return mentions;
  }

  return { pattern, size: aliases.length, findMentions, lookup };
}

/**
 * What the rest of the article tells us about ambiguous mentions: which
 * entities were named unambiguously, and the article's text for context words.
 */
export interface ArticleContext {
  namedEntities: ReadonlySet<string>;
  text: string;
}

function containsWord(text: string, word: string): boolean {
  const escaped = word
    .trim()
    .split(/\s+/)
    .map((part) => part.replace(SPECIAL, '\\$&'))
    .join(GAP);
  return new RegExp(`(?<!${WORD_CHAR})${escaped}(?!${WORD_CHAR})`, 'iu').test(text);
}

/**
 * Picks the entity a mention names, or null when none is justified: an
 * unambiguous entry always wins; an ambiguous one needs its entity named
 * elsewhere in the article or one of its context words present.
 */
export function resolveMention(mention: Mention, article: ArticleContext): string | null {
  const plain = mention.entries.find((entry) => !entry.ambiguous);
  if (plain) return plain.entityId;
  const named = mention.entries.find((entry) => article.namedEntities.has(entry.entityId));
  if (named) return named.entityId;
  const folded = foldYo(article.text);
  const fitting = mention.entries.find((entry) => entry.context.some((word) => containsWord(folded, foldYo(word))));
  return fitting?.entityId ?? null;
}
