/**
 * The sense of a shared name, told from the words right next to it: «Союз»
 * after "ракеты" is the rocket, after "корабль" the spacecraft; «Прогресс»
 * after "завод" is the Samara factory; "CAPE CANAVERAL, Fla. —" opening a
 * story is the town. Pure: MentionContext hands it the text around a mention
 * it has already justified, and it says which kind of thing the mention is.
 */
import { contextPattern } from './context-words';

/** What data/senses.json holds, flattened for the matcher. */
export interface SenseTable {
  /** Kind → the words (every language) that, next to a name, say it is that kind. */
  readonly cues: Readonly<Record<string, readonly string[]>>;
  /** Kinds that a name opening a story's dateline has ("CAPE CANAVERAL, Fla. (AP) —": the town). */
  readonly dateline: readonly string[];
  /** Entity → the kind of thing it is, for the entities that share a name with another kind. */
  readonly kinds: Readonly<Record<string, string>>;
  /** Entity → kinds outside the dataset its name also has (Cape Canaveral the town, the Angara river). */
  readonly alsoNames: Readonly<Record<string, readonly string[]>>;
}

export const NO_SENSES: SenseTable = { cues: {}, dateline: [], kinds: {}, alsoNames: {} };

/**
 * How many characters either side of a mention are read for cues: a few
 * words, never the next clause. Cues further away describe something else
 * ("after the Soyuz docked, the rocket's upper stage…").
 */
const CUE_LOOKAROUND = 60;
/** Words that may stand between a cue before the name and the name: "ракеты-носителя «Союз»", "cohete ruso Soyuz". */
const MAX_WORDS_BEFORE = 2;
/** After the name a cue follows at once or after one word: "Soyuz rocket", "Sojus-Rakete", "联盟号运载火箭". */
const MAX_WORDS_AFTER = 1;
/** Chinese and Japanese characters count as half a word each: 运载 (carrier) is one word of two characters. */
const UNSPACED_CHARS_PER_WORD = 2;

/** Where a clause ends: cues do not reach across it. */
const CLAUSE_BREAK = /[.!?…;,:](?=\s)|[。！？；，、：\n]|\s[—–]\s/gu;
const SPACED_WORD = /[\p{L}\p{N}]+/gu;
const UNSPACED_CHAR = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/gu;
/**
 * After a name that opens a paragraph, what makes it a dateline: a comma and
 * a place or date, or an agency in brackets, then a dash ("CAPE CANAVERAL,
 * Fla. (AP) —", "CAPE CANAVERAL, Florida, March 3 (Reuters) -"), or TASS's
 * ", 5 марта. /ТАСС/".
 */
const DATELINE_AFTER = /^(?:,[^\n—–]{1,60}?|\s*\([^)\n]{1,30}\))\s+[—–-]\s|^,[^\n]{1,40}\/[^/\n]{2,20}\//u;

/**
 * Short Russian and Ukrainian cue words decline too (река → на реке, мер →
 * мэра): context words that short match as written (context-words.ts), cues
 * take an ending, as they are only read right next to a name.
 */
const SHORT_INFLECTED = /^(?!\p{Lu}+$)\p{Script=Cyrillic}{3,4}$/u;

function shortWordPattern(word: string): RegExp {
  const stem = word.replace(/[аяоеьйыиіуюєї]$/i, '');
  return new RegExp(`(?<![\\p{L}\\p{N}])${stem}\\p{L}{0,3}(?![\\p{L}\\p{N}])`, 'giu');
}

/** The text around a mention, as MentionContext reads it. */
export interface Surroundings {
  /** Up to CUE_LOOKAROUND characters before the mention. */
  readonly before: string;
  readonly mention: string;
  /** Up to CUE_LOOKAROUND characters after it. */
  readonly after: string;
  /** Nothing but space stands between the start of the paragraph (or text node) and the mention. */
  readonly opensParagraph: boolean;
}

/** The sense step's answer: one kind of entity, or a thing outside the dataset. */
export type Sense = { readonly kind: string; readonly outside: boolean };

function wordsIn(gap: string): number {
  const spaced = gap.replace(UNSPACED_CHAR, ' ').match(SPACED_WORD)?.length ?? 0;
  const unspaced = gap.match(UNSPACED_CHAR)?.length ?? 0;
  return spaced + Math.ceil(unspaced / UNSPACED_CHARS_PER_WORD);
}

/** The part of `before` after its last clause break, and of `after` before its first. */
function clauseAround(before: string, after: string): [string, string] {
  let start = 0;
  for (const match of before.matchAll(CLAUSE_BREAK)) start = match.index + match[0].length;
  CLAUSE_BREAK.lastIndex = 0;
  const end = CLAUSE_BREAK.exec(after)?.index ?? after.length;
  CLAUSE_BREAK.lastIndex = 0;
  return [before.slice(start), after.slice(0, end)];
}

export class SenseReader {
  private readonly patterns = new Map<string, RegExp>();

  constructor(private readonly table: SenseTable) {}

  /** How far either side of a mention `read` needs to see. */
  static readonly LOOKAROUND = CUE_LOOKAROUND;

  /**
   * The kinds a mention naming these entities may be; empty when there is
   * nothing to choose (one kind, nothing outside), which is most mentions.
   */
  kindsAt(entityIds: readonly string[]): { ours: Map<string, string[]>; outside: Set<string> } | null {
    const ours = new Map<string, string[]>();
    const outside = new Set<string>();
    for (const id of entityIds) {
      const kind = this.table.kinds[id];
      if (kind) ours.set(kind, [...(ours.get(kind) ?? []), id]);
      for (const other of this.table.alsoNames[id] ?? []) outside.add(other);
    }
    return ours.size > 1 || outside.size > 0 ? { ours, outside } : null;
  }

  /**
   * The kind the words next to the mention give it, among `kinds`; null when
   * no cue is near, or cues of two kinds are equally near. A dateline beats
   * any cue word.
   */
  read(around: Surroundings, kinds: Iterable<string>): string | null {
    const [before, after] = clauseAround(around.before, around.after);
    let best: string | null = null;
    let bestDistance = Infinity;
    let tie = false;
    for (const kind of kinds) {
      const distance =
        this.table.dateline.includes(kind) && isDateline(around) ? -1 : this.cueDistance(kind, before, after);
      if (distance < bestDistance) {
        best = kind;
        bestDistance = distance;
        tie = false;
      } else if (distance === bestDistance && distance < Infinity) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  /**
   * Chooses among the candidate entities of a mention already justified as
   * `chosen`: the entity of the kind its cues give, or null when the cues say
   * it is a thing outside the dataset. Returns `chosen` when there is nothing
   * to decide or no cue.
   */
  choose(chosen: string, candidates: readonly string[], around: () => Surroundings): string | null {
    const kinds = this.kindsAt(candidates);
    if (!kinds) return chosen;
    const kind = this.read(around(), [...kinds.ours.keys(), ...kinds.outside]);
    if (kind === null) return chosen;
    const ours = kinds.ours.get(kind);
    if (ours) return ours.includes(chosen) ? chosen : ours[0]!;
    return kinds.outside.has(kind) ? null : chosen;
  }

  /** Words between the mention and the nearest cue of `kind` in its clause, or Infinity. */
  private cueDistance(kind: string, before: string, after: string): number {
    let best = Infinity;
    for (const cue of this.table.cues[kind] ?? []) {
      const pattern = this.patternOf(cue);
      let last: RegExpExecArray | undefined;
      for (const match of before.matchAll(pattern)) last = match;
      if (last) {
        const words = wordsIn(before.slice(last.index + last[0].length));
        if (words <= MAX_WORDS_BEFORE) best = Math.min(best, words);
      }
      pattern.lastIndex = 0;
      const next = pattern.exec(after);
      pattern.lastIndex = 0;
      if (next) {
        const words = wordsIn(after.slice(0, next.index));
        if (words <= MAX_WORDS_AFTER) best = Math.min(best, words);
      }
    }
    return best;
  }

  private patternOf(cue: string): RegExp {
    let pattern = this.patterns.get(cue);
    if (!pattern) {
      pattern = SHORT_INFLECTED.test(cue) ? shortWordPattern(cue) : contextPattern(cue);
      this.patterns.set(cue, pattern);
    }
    return pattern;
  }
}

/** Does the mention open a dateline: the paragraph's first words, then a place, a date or an agency, and a dash? */
export function isDateline({ mention, after, opensParagraph }: Surroundings): boolean {
  if (!opensParagraph) return false;
  const capitals = mention === mention.toUpperCase() && mention !== mention.toLowerCase();
  return DATELINE_AFTER.test(after) || (capitals && /^,\s/.test(after));
}
