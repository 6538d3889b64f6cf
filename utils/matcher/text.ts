/**
 * Text rules every part of the matcher shares: what a word, a gap between
 * words and a sentence end are made of, and the key under which a spelling
 * and a matched string compare equal. Each rule is written here once.
 */

/** Letters, digits and combining marks in any script: what a "word" is made of. */
export const WORD_CLASS = String.raw`\p{L}\p{N}\p{M}_`;
export const WORD_CHAR = `[${WORD_CLASS}]`;
/**
 * Chinese and Japanese are written without spaces between words: Han
 * characters, kana, the long-vowel mark ー and the iteration mark 々. A name in
 * them is not bounded by its neighbours' being letters (see boundaryBefore).
 */
export const UNSPACED_CLASS = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u30FC\uFF70\u3005`;
/** Katakana and its long-vowel marks: the script of foreign names in Japanese, written run together. */
export const KATAKANA_CLASS = String.raw`\p{sc=Katakana}\u30FC\uFF70`;
/**
 * A letter, digit or mark of a script written with spaces (Latin, Cyrillic…):
 * what ends a name there. Every general category but letters, digits, marks
 * and connectors (the _ of identifiers) is excluded, and so are the unspaced scripts.
 */
export const SPACED_WORD_CHAR = String.raw`[^\s\p{Pd}\p{Ps}\p{Pe}\p{Pi}\p{Pf}\p{Po}\p{S}\p{Z}\p{C}${UNSPACED_CLASS}]`;
const KATAKANA = new RegExp(`[${KATAKANA_CLASS}]`, 'u');
const UNSPACED = new RegExp(`[${UNSPACED_CLASS}]`, 'u');
/** Soft hyphen: invisible, inserted by hyphenation tools anywhere inside words. */
export const SHY = '\u00AD';
/** Hyphens that join the words of a name the way a space does ("Crew-Dragon-Kapsel"). */
// The ASCII hyphen last: inside a character class it must not form a range.
export const HYPHENS = '\u2010\u2011-';
/**
 * The characters between the words of a multi-word name: whitespace (NBSP
 * and line breaks included, `\s` covers them), soft hyphens and hyphens.
 */
export const GAP_CHARS = `\\s${SHY}${HYPHENS}`;
/** A gap between words, as pattern source. Kept short: it is spelled out once per gap of every multi-word alias. */
export const GAP = `[${GAP_CHARS}]+`;
const HAS_GAP = new RegExp(`[${GAP_CHARS}]`);
export const APOSTROPHES = "'\u2019\u02BC\u2018";
export const QUOTES = '"\u00AB\u00BB\u201C\u201D\u201E\u201F\u2039\u203A';
/** Full stop, question and exclamation marks, ellipsis: what ends a sentence, as a character class. */
export const SENTENCE_END = '[.!?…]';
/** The same marks in Chinese and Japanese: full width, and no space after them. */
export const UNSPACED_SENTENCE_END = '[。！？]';
/**
 * The dots between a foreign person's names in Chinese and Japanese (埃隆·马斯克,
 * イーロン・マスク): outlets use the middle dot, the katakana dot or its half-width
 * and bullet look-alikes interchangeably.
 */
export const NAME_DOTS = '\u00B7\u30FB\uFF65\u2027\u2022';
/** May follow a sentence end: closing quotes and brackets. */
export const CLOSING_MARK = `["'»”’)]`;
/** May open a sentence: opening quotes and brackets. */
export const OPENING_MARKS = `"'«“„‘(`;
/** ё and е as one letter, as pattern source. */
export const E_OR_YO = '[её]';
// Only syntax characters: a `u` pattern rejects needless escapes such as \-.
const SPECIAL = /[.*+?^${}()|[\]\\/]/g;
const LETTER = /\p{L}/u;

/**
 * What must not stand right before a name, whatever its first character:
 * - a letter of a spaced script before one of the name (ISS in "mISSion");
 * - katakana before katakana (アルテミス inside a longer katakana name).
 * A Han or hiragana character needs nothing: Chinese and Japanese run words
 * together, and what makes a match part of a longer word there is listed
 * (data/not-names.json) or needs context (short names). One lookbehind for
 * every name keeps the pattern one trie (see pattern.ts).
 */
export const BOUNDARY_BEFORE = `(?<!${SPACED_WORD_CHAR}${SHY}?(?=${SPACED_WORD_CHAR})|[${KATAKANA_CLASS}](?=[${KATAKANA_CLASS}]))`;

/** The boundary before a word whose first character is known: the part of BOUNDARY_BEFORE that applies. */
export function boundaryBefore(first: string): string {
  if (KATAKANA.test(first)) return `(?<![${KATAKANA_CLASS}])`;
  if (UNSPACED.test(first)) return '';
  return `(?<!${SPACED_WORD_CHAR}${SHY}?)`;
}

/** The same after a name, read from whatever character the match ended on. */
export const BOUNDARY_AFTER = `(?:(?<=[${KATAKANA_CLASS}])(?![${KATAKANA_CLASS}])|(?<![${UNSPACED_CLASS}])(?!${SHY}?${SPACED_WORD_CHAR})|(?<=[${UNSPACED_CLASS}])(?<![${KATAKANA_CLASS}]))`;

/** Is this a character of Chinese or Japanese (no spaces between words)? */
export function isUnspaced(char: string): boolean {
  return UNSPACED.test(char);
}

/** Does the text hold a gap between words (it has more than one word)? */
export function hasGap(text: string): boolean {
  return HAS_GAP.test(text);
}

export function isUpper(char: string): boolean {
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

export function isLower(char: string): boolean {
  return char !== char.toUpperCase() && char === char.toLowerCase();
}

export function isLetter(char: string): boolean {
  return LETTER.test(char);
}

/** Two or more letters, all capitals: ISS, NASA, МКС, РС МКС. */
export function isAcronym(text: string): boolean {
  const letters = [...text].filter(isLetter);
  return letters.length >= 2 && letters.every(isUpper);
}

/** е, ё, Е or Ё: a letter that matches as E_OR_YO. */
export function isEOrYo(char: string): boolean {
  return 'еёЕЁ'.includes(char);
}

/** ё and е are interchangeable in Russian text: most writers drop the dots. */
export function foldYo(text: string): string {
  return text.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
}

/** Lower case with ё folded to е: the form substring prefilters compare in. */
export function foldForSearch(text: string): string {
  return foldYo(text.toLowerCase());
}

export function escapeChar(char: string): string {
  return char.replace(SPECIAL, '\\$&');
}

/** Characters and runs that keyOf changes; most spellings have none. */
const NEEDS_KEYING = new RegExp(`[ёЁ${SHY}${APOSTROPHES}${QUOTES}${NAME_DOTS}${HYPHENS}]|\\s\\s|[^\\S ]|^\\s|\\s$`);
const ANY_NAME_DOT = new RegExp(`[${NAME_DOTS}]`, 'g');
const ANY_APOSTROPHE = new RegExp(`[${APOSTROPHES}]`, 'g');
const ANY_QUOTE = new RegExp(`[${QUOTES}]`, 'g');
const ANY_GAP = new RegExp(`(?<=${WORD_CHAR})\\s*[${HYPHENS}]\\s*(?=${WORD_CHAR})|\\s+`, 'gu');

/**
 * The key a spelling and a matched string share: soft hyphens dropped, ё
 * folded, quotes and apostrophes unified, and every gap between words (spaces,
 * line breaks, hyphens) one space. Keeps the length of each kept character,
 * so a key's letters line up with its alias's.
 */
export function keyOf(text: string): string {
  // Compiling keys a few thousand spellings, and most need nothing done.
  if (!NEEDS_KEYING.test(text)) return text;
  return foldYo(text.replaceAll(SHY, ''))
    .replace(ANY_APOSTROPHE, "'")
    .replace(ANY_QUOTE, '"')
    .replace(ANY_NAME_DOT, '\u00B7')
    .replace(ANY_GAP, ' ')
    .trim();
}
