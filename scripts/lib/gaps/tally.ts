/**
 * `npm run gaps`: the names that the space stories of a folder of pages
 * mention near spaceflight words and that no alias of the dataset covers,
 * counted over the pages, most frequent first. Pure: page texts and a
 * matcher in, names out.
 */
import type { Matcher } from '../../../utils/matcher';
import { extractNames, tidyName } from './extract';
import { SPACE_WORDS, type Language } from './words';

export interface PageText {
  /** The name reports show (a path in the folder). */
  name: string;
  lang: Language;
  /** Its passages, in order. */
  blocks: readonly string[];
  /** The site's own names (from its title and metadata): on its pages, they are boilerplate. */
  site?: readonly string[];
}

export interface Gap {
  /** The spelling seen most often. */
  name: string;
  /** Mentions near spaceflight words. */
  count: number;
  /** The pages it is on, by name, most mentions first. */
  pages: string[];
  /** Other spellings grouped with it (Russian case forms). */
  spellings: string[];
  /** The first mention with a little text around it. */
  example: string;
}

export interface GapOptions {
  /** A name counts when a spaceflight word is this close (characters, either side): about two sentences. */
  window?: number;
  /** A page is a space story when it has at least this many spaceflight words… */
  minSpaceWords?: number;
  /** …of at least this many kinds ("launch" alone is any product's or campaign's). */
  minSpaceKinds?: number;
}

export const DEFAULT_WINDOW = 250;
export const DEFAULT_MIN_SPACE_WORDS = 5;
export const DEFAULT_MIN_SPACE_KINDS = 3;

/**
 * A byline or a credit ("By Jeff Foust / Monday…", "Image credit: Karl Tate"):
 * its name is the reporter's or the artist's, not the story's.
 */
const BYLINE =
  /^(?:(?:by|von|par|por|di|de|от|автор|автори?)\s|\(?(?:image |photo )?credits?\b|(?:photo|foto|фото)\s*:)/iu;
/** Bylines are short; a paragraph that starts with "By" is prose. */
const BYLINE_MAX_CHARS = 120;

/** Spaceflight words of a language (and English, which names and quotes in any language bring along). */
function spacePattern(lang: Language): RegExp {
  const words = new Set([...SPACE_WORDS[lang], ...SPACE_WORDS.en]);
  const escaped = [...words].map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const spaced = escaped.filter((word) => !/\p{Script=Han}|\p{Script=Katakana}|\p{Script=Hiragana}/u.test(word));
  // ロケット弾 are rocket shells, of war, not spaceflight.
  const unspaced = escaped
    .filter((word) => !spaced.includes(word))
    .map((word) => (word === 'ロケット' ? 'ロケット(?!弾)' : word));
  const parts = [`(?<![\\p{L}\\p{N}])(?:${spaced.join('|')})`];
  if (unspaced.length) parts.push(`(?:${unspaced.join('|')})`);
  return new RegExp(parts.join('|'), 'giu');
}

/** Words written in lower case anywhere in the pages: capitalised at a sentence's start, they are common words. */
export function lowerCaseWords(pages: readonly PageText[]): Set<string> {
  const words = new Set<string>();
  for (const page of pages) {
    for (const block of page.blocks) {
      for (const match of block.matchAll(/(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}'’-]*/gu)) words.add(match[0]);
    }
  }
  return words;
}

/** Case endings of Russian and Ukrainian nouns and adjectives, for grouping «Рогозина» with «Рогозин». */
const CYRILLIC_ENDING =
  /(?:ами|ями|ого|его|ому|ему|ыми|ими|ой|ей|ом|ем|ым|им|ах|ях|ам|ям|ую|юю|ая|яя|ое|ее|ые|ие|ых|их|а|я|у|ю|е|ы|и|і|о|й)$/u;

/** The key names are grouped by: case and spacing ignored, Cyrillic words cut to their stems. */
export function nameKey(name: string): string {
  return name
    .toLocaleLowerCase()
    .split(/\s+/)
    .map((word) => (/^\p{Script=Cyrillic}{4,}$/u.test(word) ? word.replace(CYRILLIC_ENDING, '') : word))
    .join(' ');
}

/**
 * What is left of a candidate once the dataset's aliases are cut out: the
 * names nobody has a card for ("NASA Administrator Jim Bridenstine" leaves
 * "Jim Bridenstine"). A single plain word right after a known name makes a
 * new name with it ("Artemis Accords", "Crew Dragon Endeavour"): the whole is
 * kept.
 */
export function uncovered(name: string, lang: Language, matcher: Matcher): string[] {
  const mentions = matcher.findMentions(name);
  if (!mentions.length) return [name];
  const pieces: string[] = [];
  let at = 0;
  for (const mention of mentions) {
    pieces.push(name.slice(at, mention.start));
    at = mention.end;
  }
  pieces.push(name.slice(at));
  const left = pieces.map((piece) => tidyName(piece, lang)).filter((piece): piece is string => piece !== undefined);
  const last = mentions.at(-1)!;
  const tail = name.slice(last.end);
  if (left.length === 1 && left[0] === tail.trim() && /^ \p{Lu}\p{Ll}+$/u.test(tail))
    return [tidyName(name, lang) ?? name];
  return left;
}

interface Tally {
  count: number;
  pages: Map<string, number>;
  spellings: Map<string, number>;
  example: string;
}

/**
 * A surname alone ("Bridenstine") is the person a page named in full ("Jim
 * Bridenstine"): its mentions are counted with the full name's, when one full
 * name on the same pages ends with it. Not a common word ("House" is not the
 * White House's).
 */
function mergeSurnames(tallies: Map<string, Tally>, isCommonWord: (word: string) => boolean): void {
  for (const [key, tally] of tallies) {
    if (key.includes(' ') || isCommonWord(key)) continue;
    const fuller = [...tallies].filter(
      ([other, full]) =>
        other.endsWith(` ${key}`) &&
        other.split(' ').length <= 3 &&
        [...tally.pages.keys()].some((page) => full.pages.has(page)),
    );
    if (fuller.length !== 1) continue;
    const [, full] = fuller[0]!;
    full.count += tally.count;
    for (const [page, count] of tally.pages) full.pages.set(page, (full.pages.get(page) ?? 0) + count);
    // Listed as another spelling, never shown as the name.
    for (const spelling of tally.spellings.keys()) full.spellings.set(spelling, full.spellings.get(spelling) ?? 0);
    tallies.delete(key);
  }
}

export function findGaps(
  pages: readonly PageText[],
  matcher: Matcher,
  {
    window = DEFAULT_WINDOW,
    minSpaceWords = DEFAULT_MIN_SPACE_WORDS,
    minSpaceKinds = DEFAULT_MIN_SPACE_KINDS,
  }: GapOptions = {},
): { gaps: Gap[]; spaceStories: number } {
  const common = lowerCaseWords(pages);
  const isCommonWord = (word: string) => common.has(word);
  const tallies = new Map<string, Tally>();
  let spaceStories = 0;
  for (const page of pages) {
    const text = page.blocks.join('\n');
    const matches = [...text.matchAll(spacePattern(page.lang))];
    const kinds = new Set(matches.map((match) => match[0].toLocaleLowerCase()));
    if (matches.length < minSpaceWords || kinds.size < minSpaceKinds) continue;
    const space = matches.map((match) => match.index);
    const site = (page.site ?? []).map((own) => own.toLocaleLowerCase());
    spaceStories++;
    let offset = 0;
    // The reporters a byline names are the page's own, wherever else it names them (an author's note).
    const isByline = (block: string) => block.length <= BYLINE_MAX_CHARS && BYLINE.test(block);
    const reporters = new Set(
      page.blocks
        .filter(isByline)
        .flatMap((block) => extractNames(block, { lang: page.lang }).map((name) => name.text)),
    );
    for (const block of page.blocks) {
      for (const candidate of isByline(block) ? [] : extractNames(block, { lang: page.lang, isCommonWord })) {
        if (reporters.has(candidate.text) || site.some((own) => own.includes(candidate.text.toLocaleLowerCase())))
          continue;
        const start = offset + candidate.start;
        const end = offset + candidate.end;
        if (!space.some((at) => at >= start - window && at <= end + window)) continue;
        for (const name of uncovered(candidate.text, page.lang, matcher)) {
          const key = nameKey(name);
          let tally = tallies.get(key);
          if (!tally) {
            const example = block.slice(Math.max(0, candidate.start - 50), candidate.end + 50);
            tally = { count: 0, pages: new Map(), spellings: new Map(), example };
            tallies.set(key, tally);
          }
          tally.count++;
          tally.pages.set(page.name, (tally.pages.get(page.name) ?? 0) + 1);
          tally.spellings.set(name, (tally.spellings.get(name) ?? 0) + 1);
        }
      }
      offset += block.length + 1;
    }
  }
  mergeSurnames(tallies, isCommonWord);
  const byCount = <T>(map: Map<T, number>) => [...map].sort((a, b) => b[1] - a[1]).map(([item]) => item);
  const gaps = [...tallies.values()].map((tally) => {
    const [name, ...spellings] = byCount(tally.spellings);
    return { name: name!, count: tally.count, pages: byCount(tally.pages), spellings, example: tally.example };
  });
  gaps.sort((a, b) => b.count - a.count || b.pages.length - a.pages.length || a.name.localeCompare(b.name));
  return { gaps, spaceStories };
}
