/**
 * The spellings an alias is matched in (itself, its German genitive, its
 * Russian or Ukrainian case forms) and the case rule each spelling keeps.
 */
import { russianForms } from './russian';
import { ukrainianForms } from './ukrainian';
import { isLower, isUpper } from './text';
import type { AliasEntry, MatcherAlias } from './types';

/**
 * How a spelling's letters may be cased in text.
 * - exact: as written (acronyms: ISS, not "Iss" or "iss").
 * - any: any capitalisation ("International Space Station", "SPACEX").
 * - capitals: the alias's capitals stay capitals, other letters may be either.
 *   Used for ambiguous names that are also common words: "Progress" the ship
 *   but not "progress", "Союз" the spacecraft but not "союз" (union).
 */
export type CaseRule = 'exact' | 'any' | 'capitals';

export interface Form {
  /** The spelling, with whitespace collapsed. */
  text: string;
  rule: CaseRule;
  /** Accepts a German genitive -s ("NASAs Budget", "Musks Firma"). */
  genitive: boolean;
  /** Null for a not-name. */
  entry: AliasEntry | null;
  /**
   * Ukrainian has no ё: its е is spelled plainly in the pattern, not as
   * [её], which keeps the pattern small (see pattern.ts's CHUNK_LIMIT).
   */
  plainE?: boolean;
  /**
   * On an alias with case forms: the spellings of each of its words across
   * those forms, which the pattern matches word by word (pattern.ts).
   */
  words?: readonly (readonly string[])[];
  /** On a case form: matched through its alias's `words`, not spelled into the pattern again. */
  covered?: boolean;
}

/**
 * Latin-script names take the German genitive -s without an apostrophe
 * ("NASAs Budget", "Musks Firma"); names ending in s, x or z do not.
 */
function takesGenitive(text: string): boolean {
  const lastWord = text.split(' ').pop() ?? '';
  return /^[\p{Script=Latin}\p{N} .'-]+$/u.test(text) && /^\p{Lu}/u.test(lastWord) && /[a-rt-wy]$/i.test(lastWord);
}

function caseRuleOf(alias: MatcherAlias): CaseRule {
  if (alias.case === 'exact') return 'exact';
  return alias.context?.length && [...alias.text].some(isUpper) ? 'capitals' : 'any';
}

export function formsOf(alias: MatcherAlias, entry: AliasEntry): Form[] {
  const text = alias.text.trim().replace(/\s+/g, ' ');
  const rule = caseRuleOf(alias);
  const ukrainian = alias.lang === 'uk';
  const form: Form = { text, rule, genitive: takesGenitive(text), entry, ...(ukrainian ? { plainE: true } : {}) };
  // Declined forms keep the name's capitals: "Королева" is Korolev's genitive,
  // "королева" is a queen.
  const declined: CaseRule = rule === 'exact' ? 'exact' : 'capitals';
  // Cyrillic aliases are Russian unless they say otherwise (the dataset's default language is English).
  const declensions = ukrainian ? ukrainianForms(text) : russianForms(text);
  const extra = ukrainian ? { plainE: true } : {};
  const split = [text, ...declensions].map((spelling) => spelling.split(' '));
  const count = split[0]!.length;
  // Forms that keep the alias's words one for one are matched word by word.
  const byWords = declensions.length > 0 && split.every((words) => words.length === count);
  if (byWords) form.words = split[0]!.map((_, index) => [...new Set(split.map((words) => words[index]!))]);
  return [
    form,
    ...declensions.map((spelling) => ({
      text: spelling,
      rule: declined,
      genitive: false,
      entry,
      ...extra,
      ...(byWords ? { covered: true } : {}),
    })),
  ];
}

/** Does `matched` (a key) fit the case rule of `form` (whose key is `formKey`)? */
export function caseFits(formKey: string, rule: CaseRule, matched: string): boolean {
  if (rule === 'any') return true;
  if (rule === 'exact') return formKey === matched.slice(0, formKey.length);
  const a = [...formKey];
  const b = [...matched];
  return a.every((char, index) => !isUpper(char) || !isLower(b[index] ?? ''));
}
