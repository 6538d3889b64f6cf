/**
 * Acronyms an article spells out: "Chief of Staff of the Army (CSA)",
 * "ESA (Endangered Species Act)". Pure reading of text; MentionContext
 * decides whether an expansion is our entity.
 */
import { WORD_CHAR, escapeChar, foldYo, isLetter } from './text';

/** An expansion has at least this many characters: "(CSA)" after "CSA" says nothing. */
const DEFINITION_MIN_CHARS = 3;
/** At most this many in brackets after the acronym: a long agency name fits, a bracketed sentence does not. */
const DEFINITION_MAX_CHARS = 120;
/** How far before "(CSA)" the expansion is read. */
const DEFINITION_LOOKBACK = 160;
/**
 * Before "(CSA)", the expansion is tried as the last one, two… words, up to
 * two words per letter (each initial's word and a stopword: "of the") and
 * two to spare.
 */
const WORDS_PER_INITIAL = 2;
const SPARE_WORDS = 2;
/**
 * A search resumed on grown text starts this far back: further than the
 * longest definition, so one that straddles the end of the last search is
 * still read whole.
 */
export const DEFINITION_OVERLAP = 200;

/** Words that may sit between an expansion's initials without a letter of their own. */
const STOPWORDS = new Set(
  'of and the for to in on at de du des la le et der die das den dem für und von zur zum im'.split(' '),
);

/** Do the words' initials spell the acronym? ("Chief of Staff of the Army" → CSA) */
export function spells(acronym: string, words: readonly string[]): boolean {
  const letters = [...foldYo(acronym).toLowerCase()].filter(isLetter);
  const initials = words.map((word) => foldYo(word[0] ?? '').toLowerCase());
  if (initials[0] !== letters[0]) return false;
  // Every letter, in order, starts a word; every word that is not a stopword is used.
  let next = 0;
  for (let i = 0; i < words.length; i += 1) {
    if (next < letters.length && initials[i] === letters[next]) next += 1;
    else if (!STOPWORDS.has(words[i]!.toLowerCase())) return false;
  }
  return next === letters.length;
}

function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
}

/**
 * The expansions of `acronym` that `text` defines from `from` on, as words
 * joined by spaces: "ACRONYM (words)" and "words (ACRONYM)".
 */
export function* definitionsOf(text: string, acronym: string, from: number): Generator<string> {
  const escaped = escapeChar(acronym);
  const after = new RegExp(
    `(?<!${WORD_CHAR})${escaped}\\s*\\(([^()]{${DEFINITION_MIN_CHARS},${DEFINITION_MAX_CHARS}})\\)`,
    'gu',
  );
  // "…words (CSA)": find the parenthesis first, then read back from it. A pattern that starts with
  // the words themselves would try every position of the text (100 ms on a long page).
  const before = new RegExp(`\\(\\s*${escaped}\\s*\\)`, 'gu');
  const lookback = new RegExp(`[^()]{${DEFINITION_MIN_CHARS},${DEFINITION_LOOKBACK}}$`, 'u');
  const maxWords = [...acronym].filter(isLetter).length * WORDS_PER_INITIAL + SPARE_WORDS;
  for (const regex of [after, before]) {
    regex.lastIndex = from;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      const words = wordsOf(
        regex === after
          ? match[1]!
          : (lookback.exec(text.slice(Math.max(0, match.index - DEFINITION_LOOKBACK), match.index))?.[0] ?? ''),
      );
      // Before "(CSA)": the expansion is the last few words.
      const candidates =
        regex === after
          ? [words]
          : Array.from({ length: Math.min(words.length, maxWords) }, (_, n) => words.slice(-(n + 1)));
      const expansion = candidates.find((list) => spells(acronym, list));
      if (expansion) yield expansion.join(' ');
    }
  }
}
