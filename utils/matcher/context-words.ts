/**
 * Context words (and veto words, and not-names) as patterns that find them in
 * an article in their inflected forms, and the cheap prefilter that rules
 * most of them out first.
 */
import {
  APOSTROPHES,
  BOUNDARY_AFTER,
  E_OR_YO,
  GAP,
  NAME_DOTS,
  QUOTES,
  boundaryBefore,
  escapeChar,
  foldForSearch,
  isAcronym,
  isEOrYo,
  keyOf,
} from './text';

/**
 * A word needs more letters than this for its prefix to be worth a substring
 * search: shorter prefixes occur on nearly every page and filter nothing.
 */
const PREFILTER_MIN_LETTERS = 4;
/**
 * Words of at least this many letters may take an ending; shorter ones
 * ("ISS", "crew") match as written, or they would match other short words.
 */
const STEM_MIN_LETTERS = 5;
/** The longest ending a word may take: "-s", "-en", "-ами", "-ов", "-ern". */
const MAX_ENDING_LETTERS = 3;
// Letters of spaced scripts only: a Chinese or Japanese word takes no ending.
const STEMMABLE = new RegExp(
  `^(?:(?![\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}])\\p{L}){${STEM_MIN_LETTERS},}$`,
  'u',
);

/**
 * A piece every match of contextPattern(word) contains: the first word's
 * letters without its last one (endings may replace it: модуль → модуля).
 * Lower case (the prefilter ignores case), ё folded. Empty means "no filter".
 */
export function searchPrefix(word: string): string {
  const first = /^[\p{L}\p{N}]+/u.exec(foldForSearch(keyOf(word)))?.[0] ?? '';
  return first.length >= PREFILTER_MIN_LETTERS ? first.slice(0, -1) : '';
}

/** A context word as a pattern: whole word, any case (capitals kept for acronyms), short endings allowed. */
export function contextPattern(word: string): RegExp {
  const acronym = isAcronym(word);
  const spell = (text: string) =>
    [...text]
      .map((char) => {
        if (char === "'") return `[${APOSTROPHES}]`;
        if (char === '"') return `[${QUOTES}]`;
        if (char === '\u00B7') return `[${NAME_DOTS}]`;
        if (isEOrYo(char)) return acronym ? escapeChar(char) : E_OR_YO;
        return escapeChar(char);
      })
      .join('');
  const words = keyOf(word)
    .split(' ')
    .map((part) => {
      // Inflected and plural forms: "astronauts", "Kosmonauten", "космонавтов";
      // a Russian word's own ending goes first: модуль → модуля, станция → станции.
      if (acronym || !STEMMABLE.test(part)) return spell(part);
      const stem = /\p{Script=Cyrillic}$/u.test(part) ? part.replace(/[аяоеьйыиуюё]$/i, '') : part;
      return `${spell(stem)}\\p{L}{0,${MAX_ENDING_LETTERS}}`;
    });
  const key = keyOf(word);
  return new RegExp(`${boundaryBefore(key[0] ?? 'a')}${words.join(GAP)}${BOUNDARY_AFTER}`, acronym ? 'gu' : 'giu');
}
