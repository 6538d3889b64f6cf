/**
 * The article's text as MentionContext reads it: appended in reading order,
 * one text node (or paragraph) at a time, and searched where it is: where a
 * sentence starts and ends, and where a context word occurs. Searches resume
 * where the last one stopped as the text grows, so a page that adds text in
 * many passes is not searched from the start each time.
 */
import { contextPattern, searchPrefix } from './context-words';
import { CLOSING_MARK, OPENING_MARKS, SENTENCE_END, foldForSearch } from './text';

/**
 * At the start of a sentence, where the capital of a one-word name says
 * nothing, its context must be in the same sentence, and within this many
 * characters after it.
 */
export const SENTENCE_WINDOW = 200;
/**
 * Context is kept for at most this much text: enough for any article, and a
 * page that streams text forever cannot grow it without end.
 */
export const MAX_CONTEXT_CHARS = 500_000;
/**
 * How far back from a mention the end of the previous sentence is looked for,
 * across text nodes. When nothing but quotes and spaces is found there, the
 * mention starts a sentence only if that reaches back to the article's start.
 */
const SENTENCE_LOOKBACK = 200;
/**
 * A search resumed on grown text starts this far before where the last one
 * stopped: a word may straddle the end of the last search, and no context
 * word or not-name is longer.
 */
export const SEARCH_OVERLAP = 80;

const ENDS_SENTENCE = new RegExp(`${SENTENCE_END}${CLOSING_MARK}?$`, 'u');
const SENTENCE_BREAK = new RegExp(`${SENTENCE_END}(?:\\s|$)`, 'u');
const TRAILING_OPENERS = new RegExp(`[${OPENING_MARKS}\\s]+$`, 'u');

/** Where in the article text context words count: [from, to], unbounded when undefined. */
export type Range = readonly [number | undefined, number | undefined];

/** Where a context word occurs, and how far the text has been searched for it. */
interface Occurrences {
  pattern: RegExp | null;
  at: number[];
  searched: number;
}

export class ArticleText {
  private readonly parts: string[] = [];
  /** Where each appended text starts: a paragraph or text node, for datelines. */
  private readonly starts: number[] = [];
  private length = 0;
  private joined: string | undefined;
  private loweredText = '';
  private loweredFor: string | undefined;
  private readonly occurrences = new Map<string, Occurrences>();

  constructor(private readonly maxChars = MAX_CONTEXT_CHARS) {}

  /** Adds text that follows what was added before; returns where it starts, or undefined past the limit. */
  append(text: string): number | undefined {
    if (this.length >= this.maxChars) return undefined;
    const start = this.length === 0 ? 0 : this.length + 1;
    this.parts.push(text);
    this.starts.push(start);
    this.length = start + text.length;
    this.joined = undefined;
    return start;
  }

  clear(): void {
    this.parts.length = 0;
    this.starts.length = 0;
    this.length = 0;
    this.joined = undefined;
    this.occurrences.clear();
  }

  /** The whole text, the appended pieces joined by a space. */
  text(): string {
    this.joined ??= this.parts.join(' ');
    return this.joined;
  }

  /** The text lower-cased with ё folded, for quick "is this word here at all?" checks. */
  lowered(): string {
    const text = this.text();
    if (this.loweredFor !== text) {
      this.loweredText = foldForSearch(text);
      this.loweredFor = text;
    }
    return this.loweredText;
  }

  /** Where the appended text (text node or paragraph) that holds `at` starts. */
  partStart(at: number): number {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.starts[mid]! <= at) low = mid + 1;
      else high = mid;
    }
    return this.starts[low - 1] ?? 0;
  }

  /** Does the text before `at`, across text nodes, end a sentence (or is `at` the article's start)? */
  startsSentence(at: number | undefined): boolean {
    if (at === undefined) return false;
    const before = this.text()
      .slice(Math.max(0, at - SENTENCE_LOOKBACK), at)
      .replace(TRAILING_OPENERS, '');
    return before ? ENDS_SENTENCE.test(before) : at <= SENTENCE_LOOKBACK;
  }

  /** Where the sentence that starts at `at` ends: the next full stop, or SENTENCE_WINDOW on. */
  sentenceEnd(at: number): number {
    const text = this.text().slice(at, at + SENTENCE_WINDOW);
    const end = SENTENCE_BREAK.exec(text);
    return at + (end ? end.index : text.length);
  }

  /** Distance from `at` to the nearest occurrence of `word` in `range` (0 anywhere when `at` is unknown). */
  distance(word: string, at: number | undefined, [from, to]: Range): number {
    const found = this.occurrencesOf(word);
    if (!found.length) return Infinity;
    if (at === undefined || from === undefined || to === undefined) return 0;
    // Binary search for the first occurrence at or after at - window.
    let low = 0;
    let high = found.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (found[mid]! < from) low = mid + 1;
      else high = mid;
    }
    let best = Infinity;
    for (let index = low; index < found.length && found[index]! <= to; index += 1) {
      best = Math.min(best, Math.abs(found[index]! - at));
    }
    return best;
  }

  /** Where `word` (with its endings and spellings) occurs, in order; searches only the text added since last time. */
  private occurrencesOf(word: string): readonly number[] {
    const text = this.text();
    let found = this.occurrences.get(word);
    if (!found) {
      found = { pattern: null, at: [], searched: 0 };
      this.occurrences.set(word, found);
    }
    if (found.searched < text.length) {
      const from = Math.max(0, found.searched - SEARCH_OVERLAP);
      // Most context words are not on most pages: a plain substring search for the word's start rules them
      // out far faster than building and running the pattern (which allows endings and spellings) can.
      const present = this.lowered().includes(searchPrefix(word), from);
      const pattern = present ? (found.pattern ??= contextPattern(word)) : null;
      if (pattern) pattern.lastIndex = from;
      for (let match = pattern?.exec(text); match; match = pattern!.exec(text)) {
        if (!found.at.length || match.index > found.at[found.at.length - 1]!) found.at.push(match.index);
      }
      found.searched = text.length;
    }
    return found.at;
  }
}
