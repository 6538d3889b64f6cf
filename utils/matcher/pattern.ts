/**
 * Spellings → one pattern: a trie of character units, emitted as a RegExp
 * source (the engine then tries a few first letters per position instead of
 * hundreds of alternatives), split into chunks that V8 still optimises.
 */
import type { Form } from './forms';
import {
  APOSTROPHES,
  BOUNDARY_AFTER,
  BOUNDARY_BEFORE,
  E_OR_YO,
  GAP,
  HYPHENS,
  NAME_DOTS,
  QUOTES,
  SHY,
  escapeChar,
  isEOrYo,
  isLetter,
} from './text';

/**
 * V8 stops optimising a regular expression whose source is longer than 20 KiB
 * (`kRegExpTooLargeToOptimize`); past it a scan is about twenty times slower
 * (measured on the corpus). Larger alias sets are split into chunks below it.
 */
const CHUNK_LIMIT = 18_000;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
const NAME_DOT = new RegExp(`[${NAME_DOTS}]`);

interface Unit {
  /** Two units with one key match the same characters. */
  key: string;
  source: string;
}

/**
 * The pattern is case-insensitive (flag `i`): one character per letter keeps
 * it small, and small is fast (see CHUNK_LIMIT). Case rules are checked when
 * a match is looked up.
 */
function letterUnit(char: string): Unit {
  let unit = LETTER_UNITS.get(char);
  if (!unit) {
    const lower = char.toLowerCase();
    // Characters whose lower case is not one character (İ) match as written.
    const one = [...lower].length === 1 ? lower : char;
    unit = isEOrYo(char) ? { key: 'е', source: E_OR_YO } : { key: one, source: one };
    LETTER_UNITS.set(char, unit);
  }
  return unit;
}
/** Letters need no escaping; their units are the same every time. */
const LETTER_UNITS = new Map<string, Unit>();

/** The units of a run of characters; `whole` is the spelling the run is part of, `at` where it starts there. */
function charUnits(chars: readonly string[], form: Form, whole = chars, at = 0): Unit[] {
  return chars.map((char, offset) => {
    const index = at + offset;
    const between = index > 0 && index < whole.length - 1;
    if (SPACE.test(char) || (HYPHENS.includes(char) && between && LETTER_OR_DIGIT.test(whole[index - 1]!))) {
      return { key: ' ', source: GAP };
    }
    if (APOSTROPHES.includes(char)) return { key: "'", source: `[${APOSTROPHES}]` };
    if (QUOTES.includes(char)) return { key: '"', source: `[${QUOTES}]` };
    if (NAME_DOT.test(char)) return { key: '\u00B7', source: `[${NAME_DOTS}]` };
    // Its own key: a Russian form sharing this prefix must keep [её].
    if (form.plainE && isEOrYo(char)) return { key: 'е\u0000', source: 'е' };
    if (isLetter(char)) return letterUnit(char);
    return { key: char, source: escapeChar(char) };
  });
}

function commonPrefix(spellings: readonly (readonly string[])[]): number {
  let length = 0;
  while (spellings.every((chars) => chars.length > length && chars[length] === spellings[0]![length])) length += 1;
  return length;
}

/**
 * A declined name as one path per word: the letters its spellings share, then
 * their endings as one group ("Рогозин(?:ым|а|у|е)?"). A phrase's words are
 * spelled apart, so "Международн(?:ая|ой|ую) космическ(?:ая|ой|ую) станци(?:я|и|ю|ей)"
 * also matches a mixture no one writes, which the lookup then rejects; every
 * form spelled out would repeat the phrase once per case and make the pattern
 * several times larger (see CHUNK_LIMIT).
 */
function wordUnits(form: Form, words: readonly (readonly string[])[]): Unit[] {
  const units: Unit[] = [];
  words.forEach((spellings, index) => {
    if (index > 0) units.push({ key: ' ', source: GAP });
    const chars = spellings.map((spelling) => [...spelling]);
    const shared = commonPrefix(chars);
    units.push(...charUnits(chars[0]!.slice(0, shared), form, chars[0], 0));
    const endings = [...new Set(chars.map((spelling) => spelling.slice(shared).join('')))].sort(
      (a, b) => b.length - a.length,
    );
    const spelled = endings
      .filter(Boolean)
      .map((ending) => charUnits([...ending], form, [...chars[0]!.slice(0, shared), ...ending], shared));
    if (!spelled.length) return;
    const group = `(?:${spelled.map((ending) => ending.map((unit) => unit.source).join('')).join('|')})${endings.includes('') ? '?' : ''}`;
    units.push({ key: `\u0001${group}`, source: group });
  });
  return units;
}

function unitsOf(form: Form): Unit[] {
  if (form.words) return wordUnits(form, form.words);
  const units = charUnits([...form.text], form);
  if (form.genitive) units.push({ key: '+s', source: 's?' });
  return units;
}

interface TrieNode extends Unit {
  terminal: boolean;
  /** Length of the longest spelling below: longer branches are tried first. */
  depth: number;
  /** Created on first use: most nodes are leaves or have one child. */
  children: Map<string, TrieNode> | null;
}

function trieNode(unit: Unit): TrieNode {
  return { key: unit.key, source: unit.source, terminal: false, depth: 0, children: null };
}

function childrenOf(node: TrieNode): TrieNode[] {
  return node.children ? [...node.children.values()] : [];
}

function emit(node: TrieNode): string {
  const branches = childrenOf(node)
    .sort((a, b) => b.depth - a.depth)
    .map((child) => child.source + emit(child));
  if (!branches.length) return '';
  const group = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  // Greedy `?`: the longer name is tried first ("Crew Dragon" before "Crew");
  // if the word boundary after it fails, the engine backs off to the shorter.
  return node.terminal ? `(?:${group})?` : group;
}

/** Alternatives for the whole trie, each at most `limit` long where the trie allows. */
function branchesOf(node: TrieNode, prefix: string, limit: number): string[] {
  const whole = prefix + emit(node);
  if (whole.length <= limit || !node.children) return [whole];
  const branches = childrenOf(node).flatMap((child) => branchesOf(child, prefix + child.source, limit));
  return node.terminal && prefix ? [...branches, prefix] : branches;
}

function buildTrie(forms: readonly Form[]): TrieNode {
  const root = trieNode({ key: '', source: '' });
  for (const form of forms) {
    // Spelled through its alias's words (see wordUnits).
    if (form.covered) continue;
    const units = unitsOf(form);
    let node = root;
    for (let index = 0; index < units.length; index += 1) {
      const unit = units[index]!;
      if (node.depth < units.length - index) node.depth = units.length - index;
      node.children ??= new Map();
      let child = node.children.get(unit.key);
      if (!child) {
        child = trieNode(unit);
        node.children.set(unit.key, child);
      }
      node = child;
    }
    if (node !== root) node.terminal = true;
  }
  return root;
}

/**
 * Soft hyphens inside words are not spelled into the trie: an optional
 * character between every two letters makes the scan some twenty times
 * slower. `findMentions` matches a text holding one with the soft hyphens
 * taken out, and the pattern callers test a text with (`Matcher.pattern`)
 * takes a soft hyphen after a letter as a candidate ("Ros\u00ADkos\u00ADmos").
 * A chunk of its own: as an alternative at every word start
 * (`[\p{L}\p{M}]+\u00AD`) it read each word to its end, 40% of a pass.
 */
export const SOFT_HYPHEN_SOURCE = `(?<=[\\p{L}\\p{M}])${SHY}`;

/** The sources of one or more patterns that together match every form between word boundaries. */
export function patternSources(forms: readonly Form[]): string[] {
  const root = buildTrie(forms);
  if (!root.children) return ['(?!)'];
  const wrap = (alternatives: string) => `${BOUNDARY_BEFORE}(?:${alternatives})${BOUNDARY_AFTER}`;
  const chunks: string[][] = [[]];
  let size = 0;
  for (const branch of branchesOf(root, '', CHUNK_LIMIT)) {
    if (size + branch.length > CHUNK_LIMIT && chunks.at(-1)!.length) {
      chunks.push([]);
      size = 0;
    }
    chunks.at(-1)!.push(branch);
    size += branch.length + 1;
  }
  return chunks.map((branches) => wrap(branches.join('|')));
}

/**
 * Several chunk patterns acting as one global RegExp for callers that only
 * `test` or `exec`: each call takes the earliest match of any chunk, the
 * longest at one position.
 */
export class ChunkedPattern extends RegExp {
  constructor(private readonly chunks: readonly RegExp[]) {
    super(chunks[0]!.source, chunks[0]!.flags);
  }

  override exec(text: string): RegExpExecArray | null {
    const match = earliest(this.chunks, text, this.lastIndex);
    this.lastIndex = match ? match.index + match[0].length : 0;
    return match;
  }

  /** Whether any chunk matches: the first that does answers, without the others' search. */
  override test(text: string): boolean {
    const from = this.lastIndex;
    const found = this.chunks.some((chunk) => execFrom(chunk, text, from) !== null);
    this.lastIndex = 0;
    return found;
  }
}

export function earliest(chunks: readonly RegExp[], text: string, from: number): RegExpExecArray | null {
  let best: RegExpExecArray | null = null;
  for (const chunk of chunks) best = better(best, execFrom(chunk, text, from));
  return best;
}

function execFrom(chunk: RegExp, text: string, from: number): RegExpExecArray | null {
  chunk.lastIndex = from;
  return chunk.exec(text);
}

/** The earlier match, or at one position the longer. */
function better(best: RegExpExecArray | null, match: RegExpExecArray | null): RegExpExecArray | null {
  if (!match) return best;
  if (!best || match.index < best.index || (match.index === best.index && match[0].length > best[0].length)) {
    return match;
  }
  return best;
}

/**
 * `earliest` over one text, for a caller that walks it from start to end:
 * each chunk's next match is kept until the walk passes its start. Asking
 * every chunk again from every match made a scan quadratic: a chunk with no
 * match ahead ran to the end of the text once per mention (37 ms on a 37 KB
 * page with 71 mentions, 5 ms with this). A kept match is the one a new
 * search would find: the search from an earlier start saw nothing before it,
 * and a match at a position does not depend on where the search began (the
 * boundary lookbehind reads the text itself).
 */
export function chunkCursor(chunks: readonly RegExp[], text: string) {
  const searchedFrom: number[] = chunks.map(() => -1);
  const found: (RegExpExecArray | null)[] = chunks.map(() => null);
  return (from: number): RegExpExecArray | null => {
    let best: RegExpExecArray | null = null;
    chunks.forEach((chunk, index) => {
      const kept = found[index]!;
      const stale = searchedFrom[index]! < 0 || searchedFrom[index]! > from || (kept !== null && kept.index < from);
      if (stale) {
        found[index] = execFrom(chunk, text, from);
        searchedFrom[index] = from;
      }
      best = better(best, found[index]!);
    });
    return best;
  };
}
