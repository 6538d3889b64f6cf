/** The matcher's data model: what goes in (aliases), what comes out (mentions, resolved mentions). */
import type { SenseTable } from './sense';

export interface MatcherAlias {
  text: string;
  case: 'exact' | 'any';
  entityId: string;
  /** The alias's language (data/README.md); decides which case forms are generated (uk: Ukrainian, else Russian). */
  lang?: string;
  /** Present on ambiguous aliases: words that must occur near the mention. */
  context?: readonly string[];
  /**
   * Words that say this spelling names something else ("proxy adviser" beside
   * ISS): a mention with one of them near it is not this entity.
   */
  veto?: readonly string[];
}

export interface AliasEntry {
  entityId: string;
  /** Has context words: highlighted only with support from the article. */
  ambiguous: boolean;
  context: readonly string[];
  /** Veto words (see MatcherAlias); absent when the alias has none. */
  veto?: readonly string[];
  /** All capitals (ISS, МКС): the capitals are all that tells it from a word. */
  acronym: boolean;
  /** Written with a capital: in the middle of a sentence, the capital is evidence. */
  capitalised: boolean;
}

export interface Mention {
  start: number;
  end: number;
  text: string;
  /** Every entity this spelling may name; more than one only for ambiguous aliases. */
  entries: readonly AliasEntry[];
  /**
   * An acronym beside another all-capitals word ("ISS DAS statt Bratwurst"):
   * in shouted text capitals say nothing, so the acronym needs support.
   */
  shouted?: boolean;
  /** Starts a sentence, where every word has a capital. */
  initial?: boolean;
  /** Shorter names that start at the same place, longest first: tried when this one is not justified. */
  shorter?: readonly Mention[];
}

export interface Matcher {
  /**
   * Global, Unicode pattern for testing whether a text may hold a name: any alias between word boundaries, or a
   * soft hyphen inside a word (findMentions reads such a text without them).
   */
  readonly pattern: RegExp;
  /** Number of alias spellings compiled; zero means nothing can match. */
  readonly size: number;
  findMentions(text: string): Mention[];
  /** The alias entries a matched string stands for (empty for unknown text and for not-names). */
  lookup(matched: string): readonly AliasEntry[];
  /** Names that contain an alias but name something else (see MatcherOptions). */
  readonly notNames: readonly string[];
  /** How shared names are told apart (see MatcherOptions). */
  readonly senses: SenseTable;
}

export interface MatcherOptions {
  /**
   * Names that contain an alias but name something else ("ISS Dome", an arena).
   * They are matched like aliases, so the longest match swallows the alias
   * inside them, and produce no mention. Defaults to data/not-names.json.
   */
  notNames?: readonly string[];
  /** How shared names are told apart. Defaults to data/senses.json. */
  senses?: SenseTable;
}

/** A mention resolved to the entity it names, with the span to highlight. */
export interface Resolved {
  entityId: string;
  start: number;
  end: number;
  text: string;
}
