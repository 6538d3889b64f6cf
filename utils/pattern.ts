/**
 * Builds the one regular expression that finds every alias, as a trie: the
 * aliases' shared beginnings are spelled once ("Soyuz", "Soyuz MS-19",
 * "Soyuz capsule" share "Soyuz"), so the engine tries a handful of first
 * letters at each position instead of hundreds of alternatives. On the real
 * dataset this compiles several times faster and scans an order of magnitude
 * faster than a flat alternation (see `npm run bench`).
 */

export interface PatternAlias {
  text: string;
  case: 'exact' | 'any';
}

/** Whitespace between the words of a multi-word name: spaces, NBSP, line breaks. */
export const GAP = String.raw`[\s\u00A0]+`;
/** Letters, digits and combining marks in any script: what a "word" is made of. */
export const WORD_CHAR = String.raw`[\p{L}\p{N}\p{M}_]`;
// Only syntax characters: a `u` pattern rejects needless escapes such as \-.
const SPECIAL = /[.*+?^${}()|[\]\\/]/g;

interface Unit {
  /** Two units with one key match the same characters. */
  key: string;
  source: string;
}

interface TrieNode {
  terminal: boolean;
  children: Map<string, TrieNode & Unit>;
}

function escapeChar(char: string): string {
  return char.replace(SPECIAL, '\\$&');
}

function charUnit(char: string, caseRule: 'exact' | 'any'): Unit {
  // ё and е are interchangeable in Russian text: most writers drop the dots.
  if (char === 'е' || char === 'ё') return caseRule === 'exact' ? { key: 'е~', source: '[её]' } : { key: 'е*', source: '[еЕёЁ]' };
  if (char === 'Е' || char === 'Ё') return caseRule === 'exact' ? { key: 'Е~', source: '[ЕЁ]' } : { key: 'е*', source: '[еЕёЁ]' };
  if (caseRule === 'exact') return { key: char, source: escapeChar(char) };
  const lower = char.toLowerCase();
  const upper = char.toUpperCase();
  // Characters whose case forms are not single characters (ß → SS) match as written.
  if (lower === upper || lower.length !== 1 || upper.length !== 1) return { key: char, source: escapeChar(char) };
  return { key: `${lower}*`, source: `[${lower}${upper}]` };
}

function unitsOf(alias: PatternAlias): Unit[] {
  const units: Unit[] = [];
  const words = alias.text.trim().split(/[\s\u00A0]+/);
  words.forEach((word, index) => {
    if (index > 0) units.push({ key: ' ', source: GAP });
    for (const char of word) units.push(charUnit(char, alias.case));
  });
  return units;
}

function emit(node: TrieNode): string {
  const branches = [...node.children.values()].map((child) => child.source + emit(child));
  if (!branches.length) return '';
  const group = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  // Greedy `?`: the longer name is tried first ("Crew Dragon" before "Crew").
  return node.terminal ? `(?:${group})?` : group;
}

/** The source of a global Unicode pattern matching any alias between word boundaries. */
export function aliasPatternSource(aliases: readonly PatternAlias[]): string {
  const root: TrieNode = { terminal: false, children: new Map() };
  for (const alias of aliases) {
    let node = root;
    for (const unit of unitsOf(alias)) {
      let child = node.children.get(unit.key);
      if (!child) {
        child = { ...unit, terminal: false, children: new Map() };
        node.children.set(unit.key, child);
      }
      node = child;
    }
    if (node !== root) node.terminal = true;
  }
  if (!root.children.size) return '(?!)';
  return `(?<!${WORD_CHAR})${emit(root)}(?!${WORD_CHAR})`;
}
