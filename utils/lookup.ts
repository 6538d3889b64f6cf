/**
 * The popup's "look up any name": finds entities by any alias in any
 * language as the reader types. Forgiving where the page matcher is strict:
 * case, accents and ё/е do not matter, each word may be the start of a word
 * ("int space" finds the International Space Station), a Cyrillic or
 * Latin word may carry a case ending the alias lacks ("Рогозину"), and
 * Chinese or Japanese may match anywhere inside a name.
 */

export interface LookupEntity {
  id: string;
  name: string;
  aliases: readonly { text: string; lang?: string }[];
}

export interface LookupHit {
  id: string;
  name: string;
  /** The spelling that matched; differs from the name for "Роскосмос" → Roscosmos. */
  alias: string;
  /** Its language, so a screen reader says it right; names are English. */
  lang: string;
}

interface Spelling {
  id: string;
  name: string;
  text: string;
  lang: string;
  words: string[];
}

export interface LookupIndex {
  spellings: readonly Spelling[];
}

/** How many hits the popup lists: enough to choose from, short enough to read at a glance. */
export const LOOKUP_LIMIT = 8;

/** German readers often type ä, ö, ü and ß as ae, oe, ue and ss. */
const GERMAN_SPELLED_OUT: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** Lower case, without accents or other marks: "Ё" → "е", "é" → "e", "Ä" → "a". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss');
}

/** The searchable words of a text: letters and digits, folded. */
export function searchWords(text: string): string[] {
  return foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** A word typed in full may carry an ending the alias lacks, or the reverse: at most this many letters each. */
const MAX_ENDING = 2;
/** …and only past a shared stem this long, so short words do not match loosely. */
const MIN_STEM = 4;

/** Lower is better: 0 the same word, 1 the start of it (or inside a CJK name), 2 the same stem. */
function wordFit(typed: string, word: string): number | undefined {
  if (typed === word) return 0;
  if (word.startsWith(typed)) return 1;
  if (CJK.test(typed) && word.includes(typed)) return 1;
  if (typed.length < MIN_STEM) return undefined;
  let stem = 0;
  while (stem < typed.length && typed[stem] === word[stem]) stem += 1;
  if (stem >= MIN_STEM && typed.length - stem <= MAX_ENDING && word.length - stem <= MAX_ENDING) return 2;
  return undefined;
}

export function buildLookupIndex(entities: readonly LookupEntity[]): LookupIndex {
  const spellings: Spelling[] = [];
  for (const entity of entities) {
    const texts = new Map([[entity.name, 'en']]);
    for (const alias of entity.aliases) if (!texts.has(alias.text)) texts.set(alias.text, alias.lang ?? 'en');
    for (const [text, lang] of texts) {
      const base = { id: entity.id, name: entity.name, text, lang };
      spellings.push({ ...base, words: searchWords(text) });
      const spelledOut = text.replace(/[äöüß]/gi, (char) => {
        const lower = GERMAN_SPELLED_OUT[char.toLowerCase()]!;
        return char === char.toLowerCase() ? lower : lower[0]!.toUpperCase() + lower.slice(1);
      });
      if (spelledOut !== text) spellings.push({ ...base, words: searchWords(spelledOut) });
    }
  }
  return { spellings };
}

/**
 * How well the typed words fit a spelling, lower is better; undefined when
 * some typed word fits none of its words. Each typed word takes the best
 * free word of the spelling; a spelling that starts with the first typed
 * word, has fewer words left over, and is the entity's own name ranks higher.
 */
function score(typed: readonly string[], spelling: Spelling): number | undefined {
  const used = new Set<number>();
  let total = 0;
  for (const word of typed) {
    let best: { index: number; fit: number } | undefined;
    spelling.words.forEach((candidate, index) => {
      if (used.has(index)) return;
      const fit = wordFit(word, candidate);
      if (fit !== undefined && (!best || fit < best.fit)) best = { index, fit };
    });
    if (!best) return undefined;
    used.add(best.index);
    total += best.fit * 10;
  }
  if (!used.has(0)) total += 5;
  total += spelling.words.length - used.size;
  if (spelling.text !== spelling.name) total += 0.5;
  return total;
}

/** The best hits for what the reader typed, best first, one per entity. */
export function lookup(index: LookupIndex, query: string, limit = LOOKUP_LIMIT): LookupHit[] {
  const typed = searchWords(query);
  if (!typed.length) return [];
  const best = new Map<string, { hit: LookupHit; score: number }>();
  for (const spelling of index.spellings) {
    const value = score(typed, spelling);
    if (value === undefined) continue;
    const current = best.get(spelling.id);
    if (!current || value < current.score) {
      const { id, name, text: alias, lang } = spelling;
      best.set(id, { hit: { id, name, alias, lang }, score: value });
    }
  }
  return [...best.values()]
    .sort((a, b) => a.score - b.score || a.hit.name.localeCompare(b.hit.name))
    .slice(0, limit)
    .map(({ hit }) => hit);
}
