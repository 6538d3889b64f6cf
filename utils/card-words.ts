/**
 * The words a fact shares with the paragraph around a mention, for ranking a
 * card's facts by what the story is about. Content words only: stop words,
 * very short words and the entity's own name (which the paragraph always
 * contains) say nothing about relevance.
 */

/** Words too common in news English to say what a paragraph is about. */
const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between
  both but by can could did do does doing down during each few for from further had has have having he her here hers
  herself him himself his how i if in into is it its itself just me more most my no nor not now of off on once only
  or other our ours out over own same she should so some such than that the their theirs them then there these they
  this those through to too under until up very was we were what when where which while who whom why will with would
  you your said says say told according new year years first last one two three since later earlier week month months
  day days time per cent percent many much may might must including made make went going still yet`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words shorter than this carry no topic (except numbers such as years). */
const MIN_WORD_LENGTH = 3;

/** A light plural fold, the same on both sides: "sanctions" and "sanction" meet; "ISS" stays "iss". */
function fold(word: string): string {
  return word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** The distinct content words of a text, lower-cased and folded. */
export function contentWords(text: string, ignore: ReadonlySet<string> = new Set()): Set<string> {
  const words = new Set<string>();
  for (const raw of text
    .normalize('NFKC')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (raw.length < MIN_WORD_LENGTH && !/^\d+$/u.test(raw)) continue;
    if (/^\d{1,2}$/u.test(raw)) continue;
    if (STOP_WORDS.has(raw)) continue;
    const word = fold(raw);
    if (!ignore.has(word)) words.add(word);
  }
  return words;
}

/** How many content words two texts share. */
export function sharedWordCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let count = 0;
  for (const word of a) if (b.has(word)) count += 1;
  return count;
}
