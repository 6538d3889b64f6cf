/**
 * The pure text matcher: compiles aliases into one pattern, finds entity
 * mentions in strings, and decides which mentions a reader should see
 * highlighted. No DOM here; the content script feeds it text nodes.
 *
 * Two halves:
 * - `compileMatcher` turns the enabled aliases into one Unicode RegExp (a trie,
 *   so the engine tries a few first letters per position instead of hundreds
 *   of alternatives) plus a lookup from matched text back to entities.
 * - `MentionContext` holds what the article says around the mentions (its text,
 *   the entities it names unambiguously, acronyms it defines) and resolves
 *   each mention to an entity or to nothing. Its checks run lazily and cache.
 */
export interface MatcherAlias {
  text: string;
  case: 'exact' | 'any';
  entityId: string;
  /** Present on ambiguous aliases: words that must occur near the mention. */
  context?: readonly string[];
}

export interface AliasEntry {
  entityId: string;
  /** Has context words: highlighted only with support from the article. */
  ambiguous: boolean;
  context: readonly string[];
  /** All capitals (ISS, МКС): the capitals are all that tells it from a word. */
  acronym: boolean;
  /** Written with a capital: in the middle of a sentence, the capital is evidence. */
  capitalised: boolean;
}

export interface Mention {
  start: number;
  end: number;
  text: string;
  /** Every entity this spelling may name; more than one only for ambiguous aliases. */
  entries: readonly AliasEntry[];
  /**
   * An acronym beside another all-capitals word ("ISS DAS statt Bratwurst"):
   * in shouted text capitals say nothing, so the acronym needs support.
   */
  shouted?: boolean;
  /** Starts a sentence, where every word has a capital. */
  initial?: boolean;
  /** Shorter names that start at the same place, longest first: tried when this one is not justified. */
  shorter?: readonly Mention[];
}

export interface Matcher {
  /** Global, Unicode pattern matching any alias between word boundaries. */
  readonly pattern: RegExp;
  /** Number of alias spellings compiled; zero means nothing can match. */
  readonly size: number;
  findMentions(text: string): Mention[];
  /** The alias entries a matched string stands for (empty for unknown text and for not-names). */
  lookup(matched: string): readonly AliasEntry[];
  /** Names that contain an alias but name something else (see MatcherOptions). */
  readonly notNames: readonly string[];
}

export interface MatcherOptions {
  /**
   * Names that contain an alias but name something else ("ISS Dome", an arena).
   * They are matched like aliases, so the longest match swallows the alias
   * inside them, and produce no mention.
   */
  notNames?: readonly string[];
}

/**
 * Names that contain one of our aliases but are something else. Each one has
 * been seen in news text; the ambiguous ones (Unity, Dragon, Progress) also
 * have context words, but an article about a space game built "in the Unity
 * engine" may well mention the ISS.
 */
export const NOT_NAMES: readonly string[] = [
  // The Düsseldorf arena and the Danish facility-services company it is named after.
  'ISS Dome',
  'ISS A/S',
  'ISS World Services',
  'ISS Facility Services',
  // The game engine and its company.
  'Unity Technologies',
  'Unity engine',
  'Unity Editor',
  'Unity Software',
  // A software company, a game and a television show.
  'Progress Software',
  'Dragon Age',
  "Dragons' Den",
  // Russia's card payment system, common in sanctions news next to Roscosmos.
  'Mir card',
  'Mir cards',
  'Mir payment system',
];

/** Letters, digits and combining marks in any script: what a "word" is made of. */
const WORD_CLASS = String.raw`\p{L}\p{N}\p{M}_`;
const WORD_CHAR = `[${WORD_CLASS}]`;
/** Soft hyphen: invisible, inserted by hyphenation tools anywhere inside words. */
const SHY = '\u00AD';
/** Hyphens that join the words of a name the way a space does ("Crew-Dragon-Kapsel"). */
// The ASCII hyphen last: inside a character class it must not form a range.
const HYPHENS = '\u2010\u2011-';
/**
 * Between the words of a multi-word name: whitespace (NBSP and line breaks
 * included, `\s` covers them), soft hyphens and hyphens. Kept short: it is
 * spelled out once per gap of every multi-word alias.
 */
const GAP = `[\\s${SHY}${HYPHENS}]+`;
/**
 * V8 stops optimising a regular expression whose source is longer than 20 KiB
 * (`kRegExpTooLargeToOptimize`); past it a scan is about twenty times slower
 * (measured on the corpus). Larger alias sets are split into chunks below it.
 */
const CHUNK_LIMIT = 18_000;
const APOSTROPHES = "'\u2019\u02BC\u2018";
const QUOTES = '"\u00AB\u00BB\u201C\u201D\u201E\u201F\u2039\u203A';
// Only syntax characters: a `u` pattern rejects needless escapes such as \-.
const SPECIAL = /[.*+?^${}()|[\]\\/]/g;

/**
 * How a spelling's letters may be cased in text.
 * - exact: as written (acronyms: ISS, not "Iss" or "iss").
 * - any: any capitalisation ("International Space Station", "SPACEX").
 * - capitals: the alias's capitals stay capitals, other letters may be either.
 *   Used for ambiguous names that are also common words: "Progress" the ship
 *   but not "progress", "Союз" the spacecraft but not "союз" (union).
 */
export type CaseRule = 'exact' | 'any' | 'capitals';

interface Form {
  /** The spelling, with whitespace collapsed. */
  text: string;
  rule: CaseRule;
  /** Accepts a German genitive -s ("NASAs Budget", "Musks Firma"). */
  genitive: boolean;
  /** Null for a not-name. */
  entry: AliasEntry | null;
}

function isUpper(char: string): boolean {
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

function isLower(char: string): boolean {
  return char !== char.toUpperCase() && char === char.toLowerCase();
}

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

function isLetter(char: string): boolean {
  return LETTER.test(char);
}

/** Two or more letters, all capitals: ISS, NASA, МКС, РС МКС. */
function isAcronym(text: string): boolean {
  const letters = [...text].filter(isLetter);
  return letters.length >= 2 && letters.every(isUpper);
}

/** ё and е are interchangeable in Russian text: most writers drop the dots. */
function foldYo(text: string): string {
  return text.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
}

/** Characters and runs that keyOf changes; most spellings have none. */
const NEEDS_KEYING = new RegExp(`[ёЁ${SHY}${APOSTROPHES}${QUOTES}${HYPHENS}]|\\s\\s|[^\\S ]|^\\s|\\s$`);
const ANY_APOSTROPHE = new RegExp(`[${APOSTROPHES}]`, 'g');
const ANY_QUOTE = new RegExp(`[${QUOTES}]`, 'g');
const ANY_GAP = new RegExp(`(?<=${WORD_CHAR})\\s*[${HYPHENS}]\\s*(?=${WORD_CHAR})|\\s+`, 'gu');

/**
 * The key a spelling and a matched string share: soft hyphens dropped, ё
 * folded, quotes and apostrophes unified, and every gap between words (spaces,
 * line breaks, hyphens) one space. Keeps the length of each kept character,
 * so a key's letters line up with its alias's.
 */
function keyOf(text: string): string {
  // Compiling keys a few thousand spellings, and most need nothing done.
  if (!NEEDS_KEYING.test(text)) return text;
  return foldYo(text.replaceAll(SHY, ''))
    .replace(ANY_APOSTROPHE, "'")
    .replace(ANY_QUOTE, '"')
    .replace(ANY_GAP, ' ')
    .trim();
}

function escapeChar(char: string): string {
  return char.replace(SPECIAL, '\\$&');
}

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
    unit = 'еёЕЁ'.includes(char) ? { key: 'е', source: '[её]' } : { key: one, source: one };
    LETTER_UNITS.set(char, unit);
  }
  return unit;
}
/** Letters need no escaping; their units are the same every time. */
const LETTER_UNITS = new Map<string, Unit>();

function unitsOf(form: Form): Unit[] {
  const units: Unit[] = [];
  const chars = [...form.text];
  chars.forEach((char, index) => {
    const between = index > 0 && index < chars.length - 1;
    if (SPACE.test(char) || (HYPHENS.includes(char) && between && LETTER_OR_DIGIT.test(chars[index - 1]!))) {
      units.push({ key: ' ', source: GAP });
    } else if (APOSTROPHES.includes(char)) {
      units.push({ key: "'", source: `[${APOSTROPHES}]` });
    } else if (QUOTES.includes(char)) {
      units.push({ key: '"', source: `[${QUOTES}]` });
    } else if (isLetter(char)) {
      units.push(letterUnit(char));
    } else {
      units.push({ key: char, source: escapeChar(char) });
    }
  });
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
 * slower. Instead a word holding one matches as a whole, so a text node with
 * "Ros\u00ADkos\u00ADmos" is a candidate, and `findMentions` matches its
 * text with the soft hyphens taken out.
 */
const SOFT_HYPHENATED_WORD = `[\\p{L}\\p{M}]+${SHY}`;

/** The sources of one or more patterns that together match every form between word boundaries. */
function patternSources(forms: readonly Form[]): string[] {
  const root = buildTrie(forms);
  if (!root.children) return ['(?!)'];
  const wrap = (alternatives: string, first: boolean) =>
    `(?<!${WORD_CHAR}${SHY}?)(?:(?:${alternatives})(?!${SHY}?${WORD_CHAR})${first ? `|${SOFT_HYPHENATED_WORD}` : ''})`;
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
  return chunks.map((branches, index) => wrap(branches.join('|'), index === 0));
}

/**
 * Several chunk patterns acting as one global RegExp for callers that only
 * `test` or `exec`: each call takes the earliest match of any chunk, the
 * longest at one position.
 */
class ChunkedPattern extends RegExp {
  constructor(private readonly chunks: readonly RegExp[]) {
    super(chunks[0]!.source, chunks[0]!.flags);
  }

  override exec(text: string): RegExpExecArray | null {
    const match = earliest(this.chunks, text, this.lastIndex);
    this.lastIndex = match ? match.index + match[0].length : 0;
    return match;
  }
}

function earliest(chunks: readonly RegExp[], text: string, from: number): RegExpExecArray | null {
  let best: RegExpExecArray | null = null;
  for (const chunk of chunks) {
    chunk.lastIndex = from;
    const match = chunk.exec(text);
    if (
      match &&
      (!best || match.index < best.index || (match.index === best.index && match[0].length > best[0].length))
    ) {
      best = match;
    }
  }
  return best;
}

/**
 * Latin-script names take the German genitive -s without an apostrophe
 * ("NASAs Budget", "Musks Firma"); names ending in s, x or z do not.
 */
function takesGenitive(text: string): boolean {
  const lastWord = text.split(' ').pop() ?? '';
  return /^[\p{Script=Latin}\p{N} .'-]+$/u.test(text) && /^\p{Lu}/u.test(lastWord) && /[a-rt-wy]$/i.test(lastWord);
}

const HARD_CONSONANTS = 'бвгджзклмнпрстфхцчшщ';
const HUSHING = 'жшчщц';
/** After these, -ы is spelled -и (Наука → Науки) and adjectives take -им (космическим). */
const VELAR_OR_HUSHING = 'гкхжшчщ';

type Gender = 'masculine' | 'feminine' | 'neuter';
/**
 * A word's six oblique forms: genitive, dative, accusative, instrumental (two
 * spellings: surnames take -ым, nouns -ом), prepositional. Accusative of a
 * masculine word is its nominative; the animate one equals the genitive.
 */
type Forms = readonly [string, string, string, string, string, string];

/** A nominative adjective, and its gender: "Российский", "космическая", "Европейское". */
function adjectiveGender(word: string): Gender | null {
  const lower = word.toLowerCase();
  if (/(?:ый|ой|[кгхжшщчн]ий)$/.test(lower)) return 'masculine';
  if (/(?:ая|яя)$/.test(lower)) return 'feminine';
  if (/(?:ое|ее)$/.test(lower)) return 'neuter';
  return null;
}

function declineAdjective(word: string, gender: Gender): Forms {
  const stem = word.slice(0, -2);
  const soft = /(?:[жшщчн]ий|яя|ее)$/.test(word.toLowerCase());
  const i = VELAR_OR_HUSHING.includes(stem.toLowerCase().at(-1) ?? '') || soft ? 'им' : 'ым';
  if (gender === 'feminine') {
    const [ending, accusative] = soft ? ['ей', 'юю'] : ['ой', 'ую'];
    return [stem + ending, stem + ending, stem + accusative, stem + ending, stem + ending, stem + ending];
  }
  const [genitive, dative, prepositional] = soft ? ['его', 'ему', 'ем'] : ['ого', 'ому', 'ом'];
  return [stem + genitive, stem + dative, word, stem + i, stem + i, stem + prepositional];
}

/** A noun's forms, from its ending and (when an adjective told us) its gender; null when unclear. */
function declineNoun(word: string, gender?: Gender): Forms | null {
  const lower = word.toLowerCase();
  const last = lower.at(-1)!;
  const before = lower.at(-2) ?? '';
  const stem = word.slice(0, -1);
  if (HARD_CONSONANTS.includes(last) && gender !== 'feminine' && gender !== 'neuter') {
    // Surnames in -ин/-ов take -ым (Рогозиным), towns and nouns -ом (Королёвом, Союзом).
    const surname = /(?:ин|ын|ов|ев|ёв)$/.test(lower);
    const ins = HUSHING.includes(last) ? 'ем' : 'ом';
    return [`${word}а`, `${word}у`, word, `${word}${surname ? 'ым' : ins}`, `${word}${ins}`, `${word}е`];
  }
  if (last === 'й' && !gender) {
    const prepositional = lower.endsWith('ий') ? 'и' : 'е';
    return [`${stem}я`, `${stem}ю`, word, `${stem}ем`, `${stem}ем`, `${stem}${prepositional}`];
  }
  if (last === 'ь' && gender === 'masculine')
    return [`${stem}я`, `${stem}ю`, word, `${stem}ем`, `${stem}ем`, `${stem}е`];
  if (last === 'ь' && gender === 'feminine')
    return [`${stem}и`, `${stem}и`, word, `${stem}ью`, `${stem}ью`, `${stem}и`];
  if (last === 'а' && gender !== 'neuter') {
    const genitive = VELAR_OR_HUSHING.includes(before) ? 'и' : 'ы';
    const ins = HUSHING.includes(before) ? 'ей' : 'ой';
    return [`${stem}${genitive}`, `${stem}е`, `${stem}у`, `${stem}${ins}`, `${stem}${ins}`, `${stem}е`];
  }
  if (last === 'я' && gender !== 'neuter') {
    const dative = before === 'и' ? 'и' : 'е';
    return [`${stem}и`, `${stem}${dative}`, `${stem}ю`, `${stem}ей`, `${stem}ей`, `${stem}${dative}`];
  }
  if (gender === 'neuter' && last === 'о') return [`${stem}а`, `${stem}у`, word, `${stem}ом`, `${stem}ом`, `${stem}е`];
  if (gender === 'neuter' && last === 'е') {
    const prepositional = before === 'и' ? 'и' : 'е';
    return [`${stem}я`, `${stem}ю`, word, `${stem}ем`, `${stem}ем`, `${stem}${prepositional}`];
  }
  return null;
}

/** Latin script, digits and acronyms do not decline. */
function isForeign(word: string): boolean {
  return !/^[\p{Script=Cyrillic}-]+$/u.test(word) || isAcronym(word);
}

/** Nor do vowel-final foreign names (Кибо, Ванде, Келли) outside an adjective phrase. */
function isFixed(word: string): boolean {
  return isForeign(word) || 'оеиуюыэё'.includes(word.toLowerCase().at(-1)!);
}

/** First names whose vowel drops when they decline: Пётр → Петра. */
const FLEETING: Readonly<Record<string, string>> = { Пётр: 'Петр', Петр: 'Петр', Павел: 'Павл', Лев: 'Льв' };

function sixForms(words: readonly string[], declined: ReadonlyMap<number, Forms>): string[] {
  return Array.from({ length: 6 }, (_, slot) =>
    words.map((word, index) => declined.get(index)?.[slot] ?? word).join(' '),
  );
}

/**
 * The case forms of a Russian name: "Илон Маск" → "Илона Маска", "Илону
 * Маску"…; "Международная космическая станция" → "Международной космической
 * станции"…; "космодром Восточный" → "космодрома Восточный". Readers meet
 * "Рогозину" and "Роскосмосом" as often as the nominative; the dataset need
 * not spell out every form of every name.
 *
 * - Adjectives and the noun they lead decline together, in the adjective's
 *   gender; words after that noun stay as they are.
 * - A lowercase head noun ("космодром", "модуль") declines, a name after it
 *   does not.
 * - Capitalised words without adjectives (a person's names) all decline.
 * A single noun also gets its plural forms ("на «Союзах»").
 */
export function russianForms(text: string): string[] {
  if (!/\p{Script=Cyrillic}/u.test(text)) return [];
  const words = text.split(' ');
  const declined = new Map<number, Forms>();
  const gender = isForeign(words[0]!) ? null : adjectiveGender(words[0]!);
  if (gender) {
    let index = 0;
    while (index < words.length && !isForeign(words[index]!) && adjectiveGender(words[index]!) === gender) {
      declined.set(index, declineAdjective(words[index]!, gender));
      index += 1;
    }
    const head = words[index];
    const forms = head && !isForeign(head) ? declineNoun(head, gender) : null;
    if (!forms) return [];
    declined.set(index, forms);
  } else if (/^\p{Ll}/u.test(words[0]!)) {
    // A lowercase head noun in -ь is most likely masculine here: модуль, корабль.
    const forms = isFixed(words[0]!) ? null : declineNoun(words[0]!, words[0]!.endsWith('ь') ? 'masculine' : undefined);
    if (!forms) return [];
    declined.set(0, forms);
  } else {
    for (const [index, word] of words.entries()) {
      if (isFixed(word)) continue;
      if (adjectiveGender(word)) return [];
      const stem = FLEETING[word];
      const forms = stem ? declineNoun(stem)?.map((form, slot) => (slot === 2 ? word : form)) : declineNoun(word);
      if (!forms) return [];
      declined.set(index, forms as unknown as Forms);
    }
  }
  if (!declined.size) return [];
  const result = new Set(sixForms(words, declined));
  // A single noun also in the plural: "на «Союзах»", "два Прогресса".
  const last = text.toLowerCase().at(-1) ?? '';
  if (words.length === 1 && HARD_CONSONANTS.includes(last)) {
    const nominative = VELAR_OR_HUSHING.includes(last) ? 'и' : 'ы';
    const genitive = 'жшчщ'.includes(last) ? 'ей' : last === 'ц' ? 'ев' : 'ов';
    for (const ending of [nominative, genitive, 'ам', 'ами', 'ах']) result.add(`${text}${ending}`);
  }
  result.delete(text);
  return [...result];
}

function caseRuleOf(alias: MatcherAlias): CaseRule {
  if (alias.case === 'exact') return 'exact';
  return alias.context?.length && [...alias.text].some(isUpper) ? 'capitals' : 'any';
}

function formsOf(alias: MatcherAlias, entry: AliasEntry): Form[] {
  const text = alias.text.trim().replace(/\s+/g, ' ');
  const rule = caseRuleOf(alias);
  const form: Form = { text, rule, genitive: takesGenitive(text), entry };
  // Declined forms keep the name's capitals: "Королева" is Korolev's genitive,
  // "королева" is a queen.
  const declined: CaseRule = rule === 'exact' ? 'exact' : 'capitals';
  return [form, ...russianForms(text).map((spelling) => ({ text: spelling, rule: declined, genitive: false, entry }))];
}

/** Does `matched` (a key) fit the case rule of `form` (whose key is `formKey`)? */
function caseFits(formKey: string, rule: CaseRule, matched: string): boolean {
  if (rule === 'any') return true;
  if (rule === 'exact') return formKey === matched.slice(0, formKey.length);
  const a = [...formKey];
  const b = [...matched];
  return a.every((char, index) => !isUpper(char) || !isLower(b[index] ?? ''));
}

interface Keyed {
  form: Form;
  key: string;
}

const EMPTY: readonly AliasEntry[] = [];

/**
 * The matcher's heavy half as plain data: every spelling (declined Russian
 * forms included) and the pattern sources. The background computes it once
 * and hands it to each page's content script, so the page's main thread only
 * builds maps and compiles the regular expressions (see createMatcher).
 */
export interface PreparedMatcher {
  sources: string[];
  forms: PreparedForm[];
  entries: AliasEntry[];
  /** Forms before this index are aliases; the rest are not-names. */
  aliasForms: number;
}

export interface PreparedForm {
  text: string;
  rule: CaseRule;
  genitive: boolean;
  /** Index into `entries`; -1 for a not-name. */
  entry: number;
}

export function prepareMatcher(aliases: readonly MatcherAlias[], options: MatcherOptions = {}): PreparedMatcher {
  const forms: Form[] = [];
  const entries = new Map<string, AliasEntry>();
  for (const alias of aliases) {
    if (!alias.text.trim()) continue;
    const ambiguous = Boolean(alias.context?.length);
    // One entry per entity, spelling rule and context list: shared by its forms.
    const acronym = isAcronym(alias.text);
    const capitalised = [...alias.text].some(isUpper);
    const id = [alias.entityId, ambiguous ? alias.context!.join('\u0001') : '', acronym, capitalised].join('\u0000');
    let entry = entries.get(id);
    if (!entry) {
      entry = { entityId: alias.entityId, ambiguous, context: alias.context ?? [], acronym, capitalised };
      entries.set(id, entry);
    }
    forms.push(...formsOf(alias, entry));
  }
  const aliasForms = forms.length;
  if (forms.length) {
    for (const text of options.notNames ?? NOT_NAMES) {
      forms.push({ text, rule: 'capitals', genitive: false, entry: null });
    }
  }
  const entryList = [...entries.values()];
  const index = new Map(entryList.map((entry, position) => [entry, position]));
  return {
    sources: patternSources(forms),
    forms: forms.map(({ text, rule, genitive, entry }) => ({
      text,
      rule,
      genitive,
      entry: entry ? index.get(entry)! : -1,
    })),
    entries: entryList,
    aliasForms,
  };
}

export function compileMatcher(aliases: readonly MatcherAlias[], options: MatcherOptions = {}): Matcher {
  return createMatcher(prepareMatcher(aliases, options));
}

/** Builds a working matcher from prepared data: maps and regular expressions, nothing heavy. */
export function createMatcher(prepared: PreparedMatcher): Matcher {
  const { aliasForms } = prepared;
  const forms: Form[] = prepared.forms.map(({ text, rule, genitive, entry }) => ({
    text,
    rule,
    genitive,
    entry: entry >= 0 ? prepared.entries[entry]! : null,
  }));

  // Lookup: by key, lower-cased; the case rule is checked per form.
  const byKey = new Map<string, Keyed[]>();
  const spellings = new Set<string>();
  for (const [index, form] of forms.entries()) {
    const key = keyOf(form.text);
    if (index < aliasForms) spellings.add(`${form.rule}:${key}`);
    const folded = key.toLowerCase();
    const list = byKey.get(folded) ?? [];
    list.push({ form, key });
    byKey.set(folded, list);
  }

  const chunks = prepared.sources.map((source) => new RegExp(source, 'giu'));
  const pattern = chunks.length === 1 ? chunks[0]! : new ChunkedPattern(chunks);

  function fitting(matchedKey: string, genitive: boolean): Keyed[] {
    const lower = matchedKey.toLowerCase();
    const candidates = byKey.get(genitive ? lower.slice(0, -1) : lower) ?? [];
    return candidates.filter(({ form, key }) => (!genitive || form.genitive) && caseFits(key, form.rule, matchedKey));
  }

  /** The entries a matched string stands for, or 'not-a-name' for a not-name. */
  function entriesOf(matched: string): readonly AliasEntry[] | 'not-a-name' {
    const key = keyOf(matched);
    let hits = fitting(key, false);
    if (!hits.length && key.endsWith('s')) hits = fitting(key, true);
    // A not-name wins over an alias with the same spelling.
    if (hits.some(({ form }) => form.entry === null)) return 'not-a-name';
    if (!hits.length) return EMPTY;
    const found: AliasEntry[] = [];
    for (const { form } of hits) {
      const entry = form.entry!;
      const same = found.findIndex((other) => other.entityId === entry.entityId);
      // An entity's unambiguous spelling outranks its ambiguous one.
      if (same < 0) found.push(entry);
      else if (found[same]!.ambiguous && !entry.ambiguous) found[same] = entry;
    }
    // Unambiguous entries first: they win at resolution.
    return found.sort((a, b) => Number(a.ambiguous) - Number(b.ambiguous));
  }

  function lookup(matched: string): readonly AliasEntry[] {
    const entries = entriesOf(matched);
    return entries === 'not-a-name' ? EMPTY : entries;
  }

  /** Shorter names at the start of a multi-word match: "Dragon" inside "Dragon capsule". */
  function shorterAt(start: number, matched: string): Mention[] {
    const shorter: Mention[] = [];
    const ends = [...matched.matchAll(WORD_ENDS)];
    for (const end of ends.reverse()) {
      const piece = matched.slice(0, end.index);
      const pieceEntries = lookup(piece);
      if (pieceEntries.length) shorter.push({ start, end: start + piece.length, text: piece, entries: pieceEntries });
    }
    return shorter;
  }

  function findIn(text: string): Mention[] {
    const mentions: Mention[] = [];
    let from = 0;
    for (let match = earliest(chunks, text, from); match; match = earliest(chunks, text, from)) {
      const matched = match[0];
      const start = match.index;
      const entries = entriesOf(matched);
      if (entries === 'not-a-name') {
        from = start + matched.length;
        continue;
      }
      let mention: Mention = { start, end: start + matched.length, text: matched, entries };
      const multiWord = /[\s\u00AD\u2010\u2011-]/.test(matched);
      const shorter = multiWord ? shorterAt(start, matched) : [];
      if (!mention.entries.length) {
        // The pattern ignores case; the spelling's case rule did not fit
        // ("iss", "progress"): take a shorter name that fits, or look again
        // from the next character.
        if (!shorter.length) {
          from = start + 1;
          continue;
        }
        mention = shorter.shift()!;
      }
      from = mention.end;
      if (mention.entries.some((entry) => entry.acronym) && isShouted(text, mention.start, mention.end, lookup)) {
        mention.shouted = true;
      }
      if (SENTENCE_START.test(text.slice(Math.max(0, mention.start - 12), mention.start))) mention.initial = true;
      if (shorter.length) mention.shorter = shorter;
      mentions.push(mention);
    }
    return mentions;
  }

  function findMentions(text: string): Mention[] {
    if (!text.includes(SHY)) return findIn(text);
    // Match the text without its soft hyphens, then map the spans back.
    const origin: number[] = [];
    let plain = '';
    for (let index = 0; index < text.length; index += 1) {
      if (text[index] === SHY) continue;
      origin.push(index);
      plain += text[index];
    }
    origin.push(text.length);
    const back = (mention: Mention): Mention => {
      const start = origin[mention.start]!;
      const end = origin[mention.end - 1]! + 1;
      return { ...mention, start, end, text: text.slice(start, end) };
    };
    return findIn(plain).map((mention) => {
      const mapped = back(mention);
      if (mention.shorter) mapped.shorter = mention.shorter.map(back);
      return mapped;
    });
  }

  const notNames = forms.filter((form) => form.entry === null).map((form) => form.text);
  return { pattern, size: spellings.size, findMentions, lookup, notNames };
}

/** Where a word ends inside a multi-word match: where a shorter name could end. */
const WORD_ENDS = new RegExp(`(?<=[\\p{L}\\p{N}])(?=[\\s${SHY}${HYPHENS}])`, 'gu');

/**
 * The end of a sentence just before a mention: a full stop, question or
 * exclamation mark, then space and perhaps an opening quote. This looks
 * inside one text; MentionContext also looks across text nodes.
 */
const SENTENCE_START = /[.!?…]["'»”’)]?\s+["'«“„‘(]*$/u;

/**
 * Is the word next to [start, end) written in capitals too, and not a name we
 * know? Then the text is shouting ("ISS DAS statt Bratwurst": German "eat
 * this"), and capitals no longer mark an acronym.
 */
function isShouted(
  text: string,
  start: number,
  end: number,
  lookup: (matched: string) => readonly AliasEntry[],
): boolean {
  const before = /(\p{L}+)[ \t\u00A0]+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  const after = /^[ \t\u00A0]+(\p{L}+)/u.exec(text.slice(end, end + 40))?.[1];
  return [before, after].some((word) => word !== undefined && isAcronym(word) && !lookup(word).length);
}

/**
 * Context words are looked for within this many characters either side of a
 * mention: about two newspaper paragraphs (a paragraph runs 300–700
 * characters), so a word from the same passage counts, one from an unrelated
 * section of a long page does not.
 */
export const CONTEXT_WINDOW = 1200;
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

/** Where in the article text context words count: [from, to], unbounded when undefined. */
type Range = readonly [number | undefined, number | undefined];

/** A mention resolved to the entity it names, with the span to highlight. */
export interface Resolved {
  entityId: string;
  start: number;
  end: number;
  text: string;
}

const STOPWORDS = new Set(
  'of and the for to in on at de du des la le et der die das den dem für und von zur zum im'.split(' '),
);

/** Lower case with ё folded to е: the form the substring prefilter compares in. */
function foldForSearch(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е');
}

/**
 * A piece every match of contextPattern(word) contains: the first word's
 * letters without its last one (endings may replace it: модуль → модуля).
 * Lower case (the prefilter ignores case), ё folded. Empty means "no filter".
 */
function searchPrefix(word: string): string {
  const first = /^[\p{L}\p{N}]+/u.exec(foldForSearch(keyOf(word)))?.[0] ?? '';
  return first.length > 3 ? first.slice(0, -1) : '';
}

/** A context word as a pattern: whole word, any case (capitals kept for acronyms), short endings allowed. */
function contextPattern(word: string): RegExp {
  const acronym = isAcronym(word);
  const spell = (text: string) =>
    [...text]
      .map((char) => {
        if (char === "'") return `[${APOSTROPHES}]`;
        if (char === '"') return `[${QUOTES}]`;
        if (/[её]/i.test(char)) return acronym ? escapeChar(char) : '[её]';
        return escapeChar(char);
      })
      .join('');
  const words = keyOf(word)
    .split(' ')
    .map((part) => {
      // Inflected and plural forms: "astronauts", "Kosmonauten", "космонавтов";
      // a Russian word's own ending goes first: модуль → модуля, станция → станции.
      if (acronym || !/^\p{L}{5,}$/u.test(part)) return spell(part);
      const stem = /\p{Script=Cyrillic}$/u.test(part) ? part.replace(/[аяоеьйыиуюё]$/i, '') : part;
      return `${spell(stem)}\\p{L}{0,3}`;
    });
  return new RegExp(`(?<!${WORD_CHAR})${words.join(GAP)}(?!${WORD_CHAR})`, acronym ? 'gu' : 'giu');
}

/** Do the words' initials spell the acronym? ("Chief of Staff of the Army" → CSA) */
function spells(acronym: string, words: readonly string[]): boolean {
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

/**
 * What the article says around its mentions. Text is appended in reading
 * order (one text node at a time in the content script); mentions are noted
 * once all text of a pass is in, then resolved.
 *
 * A mention is highlighted when:
 * - its spelling names one entity and its capitals mean something (not an
 *   acronym in shouted text, not an acronym the article defines as something
 *   else); or
 * - it is ambiguous, and the article names the entity unambiguously somewhere,
 *   or one of the alias's context words occurs within CONTEXT_WINDOW of it.
 * At the start of a sentence a capital says nothing ("Progress on the talks"),
 * so there a capitalised ambiguous name needs its entity named unambiguously.
 */
export class MentionContext {
  private readonly parts: string[] = [];
  private length = 0;
  private joined: string | undefined;
  private loweredText = '';
  private loweredFor: string | undefined;
  private readonly named = new Set<string>();
  /** Context word → where it occurs, and how far the text has been searched. */
  private readonly occurrences = new Map<string, { pattern: RegExp | null; at: number[]; searched: number }>();
  /** Acronym and entity → the article spells the acronym out, as this entity or as something else. */
  private readonly definitions = new Map<string, { other: boolean; ours: boolean; searched: number }>();
  /** Context word → the alias entries it is a spelling of (most are none). */
  private readonly lookups = new Map<string, readonly AliasEntry[]>();
  /** Lower-cased spelling → a not-name containing it occurs in the article ("Unity engine"). */
  private readonly shadows = new Map<string, { pattern: RegExp | null; found: boolean; searched: number }>();

  constructor(
    private readonly matcher: Matcher,
    private readonly window = CONTEXT_WINDOW,
    private readonly maxChars = MAX_CONTEXT_CHARS,
  ) {}

  /** Entities named by a mention that needs no support. */
  get namedEntities(): ReadonlySet<string> {
    return this.named;
  }

  /** Adds text that follows what was added before; returns where it starts, or undefined past the limit. */
  append(text: string): number | undefined {
    if (this.length >= this.maxChars) return undefined;
    const start = this.length === 0 ? 0 : this.length + 1;
    this.parts.push(text);
    this.length = start + text.length;
    this.joined = undefined;
    return start;
  }

  /** Records the entities that these mentions name without support. */
  note(mentions: readonly Mention[]): void {
    for (const mention of mentions) {
      const entry = mention.entries.find((candidate) => this.standsAlone(candidate, mention));
      if (entry) this.named.add(entry.entityId);
    }
  }

  /**
   * The entity a mention names, or null when the article does not justify one.
   * `at` is the mention's offset in the appended text; without it, context
   * words count anywhere in the article.
   */
  resolve(mention: Mention, at?: number): Resolved | null {
    const entityId = this.entityOf(mention, at);
    if (entityId) return { entityId, start: mention.start, end: mention.end, text: mention.text };
    for (const shorter of mention.shorter ?? []) {
      const offset = at === undefined ? undefined : at + shorter.start - mention.start;
      const id = this.entityOf(shorter, offset);
      if (id) return { entityId: id, start: shorter.start, end: shorter.end, text: shorter.text };
    }
    return null;
  }

  clear(): void {
    this.parts.length = 0;
    this.length = 0;
    this.joined = undefined;
    this.named.clear();
    this.occurrences.clear();
    this.definitions.clear();
    this.shadows.clear();
  }

  private entityOf(mention: Mention, at: number | undefined): string | null {
    const alone = mention.entries.find((entry) => this.standsAlone(entry, mention));
    if (alone) return alone.entityId;
    const open = mention.entries.filter(
      (entry) => !(entry.acronym && this.definedOtherwise(mention.text, entry.entityId)),
    );
    // At the start of a sentence the capital of a one-word name says nothing
    // ("Progress on the talks", "Columbus, Ohio"), even when the article names
    // the entity elsewhere: the sentence itself must hold a context word.
    const initial = !/[\s\u00AD\u2010\u2011-]/.test(mention.text) && (mention.initial || this.startsSentence(at));
    // (An acronym's capitals still count there; shouted text is handled apart.)
    const unproven = (entry: AliasEntry) => initial && entry.capitalised && !entry.acronym;
    const named = open.filter((entry) => this.named.has(entry.entityId) && !unproven(entry));
    if (named.length === 1) return named[0]!.entityId;
    // The article uses this spelling inside a name of something else ("the
    // Unity engine"): only an unambiguous mention of our entity will do.
    if (!named.length && this.shadowed(mention.text)) return null;
    const pool = named.length ? named : open;
    // Several candidates: the one whose context is closest.
    let best: AliasEntry | undefined;
    let bestDistance = Infinity;
    for (const entry of pool) {
      const range: Range =
        at !== undefined && unproven(entry)
          ? [at, this.sentenceEnd(at)]
          : [at === undefined ? undefined : at - this.window, at === undefined ? undefined : at + this.window];
      const distance = this.contextDistance(entry, at, range);
      if (distance < bestDistance) {
        best = entry;
        bestDistance = distance;
      }
    }
    return best?.entityId ?? named[0]?.entityId ?? null;
  }

  /** An unambiguous name, in capitals that mean something, not defined as something else. */
  private standsAlone(entry: AliasEntry, mention: Mention): boolean {
    if (entry.ambiguous) return false;
    if (!entry.acronym) return true;
    return !mention.shouted && !this.definedOtherwise(mention.text, entry.entityId);
  }

  /** Distance from `at` to the nearest of the entry's context words within `range`, or Infinity. */
  private contextDistance(entry: AliasEntry, at: number | undefined, range: Range): number {
    let best = Infinity;
    for (const word of entry.context) {
      if (this.supports(word)) best = Math.min(best, this.distance(word, at, range));
    }
    return best;
  }

  /**
   * A context word that is itself an ambiguous name ("Destiny" for Harmony,
   * "Harmony" for Destiny) supports only once its own entity is named: else
   * a choir called Harmony singing in the Destiny hall would vouch for both.
   */
  private supports(word: string): boolean {
    let entries = this.lookups.get(word);
    if (!entries) {
      entries = this.matcher.lookup(word);
      this.lookups.set(word, entries);
    }
    if (!entries.length || entries.some((entry) => !entry.ambiguous)) return true;
    return entries.some((entry) => this.named.has(entry.entityId));
  }

  /** Where the sentence that starts at `at` ends: the next full stop, or SENTENCE_WINDOW on. */
  private sentenceEnd(at: number): number {
    const text = this.text().slice(at, at + SENTENCE_WINDOW);
    const end = /[.!?…](?:\s|$)/u.exec(text);
    return at + (end ? end.index : text.length);
  }

  private text(): string {
    this.joined ??= this.parts.join(' ');
    return this.joined;
  }

  /** The text lower-cased with ё folded, for quick "is this word here at all?" checks. */
  private lowered(): string {
    const text = this.text();
    if (this.loweredFor !== text) {
      this.loweredText = foldForSearch(text);
      this.loweredFor = text;
    }
    return this.loweredText;
  }

  /** Does the text before `at`, across text nodes, end a sentence (or is `at` the article's start)? */
  private startsSentence(at: number | undefined): boolean {
    if (at === undefined) return false;
    const before = this.text()
      .slice(Math.max(0, at - 200), at)
      .replace(/["'«“„‘(\s]+$/u, '');
    return before ? /[.!?…]["'»”’)]?$/u.test(before) : at <= 200;
  }

  /** Distance from `at` to the nearest occurrence of `word` in `range` (0 anywhere when `at` is unknown). */
  private distance(word: string, at: number | undefined, [from, to]: Range): number {
    const text = this.text();
    let found = this.occurrences.get(word);
    if (!found) {
      found = { pattern: null, at: [], searched: 0 };
      this.occurrences.set(word, found);
    }
    if (found.searched < text.length) {
      // Back up a little: a word may straddle the end of the last search.
      const from = Math.max(0, found.searched - 80);
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
    if (!found.at.length) return Infinity;
    if (at === undefined || from === undefined || to === undefined) return 0;
    // Binary search for the first occurrence at or after at - window.
    let low = 0;
    let high = found.at.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (found.at[mid]! < from) low = mid + 1;
      else high = mid;
    }
    let best = Infinity;
    for (let index = low; index < found.at.length && found.at[index]! <= to; index += 1) {
      best = Math.min(best, Math.abs(found.at[index]! - at));
    }
    return best;
  }

  /** Does a not-name that contains this spelling occur in the article? */
  private shadowed(spelling: string): boolean {
    const text = this.text();
    const key = keyOf(spelling).toLowerCase();
    let state = this.shadows.get(key);
    if (!state) {
      const containing = this.matcher.notNames.filter((name) =>
        new RegExp(`(?<!${WORD_CHAR})${escapeChar(key)}(?!${WORD_CHAR})`, 'iu').test(keyOf(name)),
      );
      const pattern = containing.length
        ? new RegExp(containing.map((name) => contextPattern(name).source).join('|'), 'giu')
        : null;
      state = { pattern, found: false, searched: 0 };
      this.shadows.set(key, state);
    }
    if (state.pattern && !state.found && state.searched < text.length) {
      state.pattern.lastIndex = Math.max(0, state.searched - 80);
      state.found = state.pattern.test(text);
      state.searched = text.length;
    }
    return state.found;
  }

  /**
   * Does the article spell out this acronym as something that is not the
   * entity — "Chief of Staff of the Army (CSA)", "Endangered Species Act
   * (ESA)"? Then every use of it on the page means that.
   */
  private definedOtherwise(acronym: string, entityId: string): boolean {
    const text = this.text();
    const key = `${acronym}\u0000${entityId}`;
    let state = this.definitions.get(key);
    if (!state) {
      state = { other: false, ours: false, searched: 0 };
      this.definitions.set(key, state);
    }
    if (state.searched < text.length) {
      const escaped = escapeChar(acronym);
      const after = new RegExp(`(?<!${WORD_CHAR})${escaped}\\s*\\(([^()]{3,120})\\)`, 'gu');
      // "…words (CSA)": find the parenthesis first, then read back from it. A pattern that starts with
      // the words themselves would try every position of the text (100 ms on a long page).
      const before = new RegExp(`\\(\\s*${escaped}\\s*\\)`, 'gu');
      const from = Math.max(0, state.searched - 200);
      const letterCount = [...acronym].filter(isLetter).length;
      for (const regex of [after, before]) {
        regex.lastIndex = from;
        for (let match = regex.exec(text); match; match = regex.exec(text)) {
          const words = (
            regex === after
              ? match[1]!
              : (/[^()]{3,160}$/u.exec(text.slice(Math.max(0, match.index - 160), match.index))?.[0] ?? '')
          )
            .split(/[^\p{L}\p{N}'’-]+/u)
            .filter(Boolean);
          // Before "(CSA)": the expansion is the last few words.
          const candidates =
            regex === after
              ? [words]
              : Array.from({ length: Math.min(words.length, letterCount * 2 + 2) }, (_, n) => words.slice(-(n + 1)));
          const expansion = candidates.find((list) => spells(acronym, list));
          if (!expansion) continue;
          const ours = this.matcher
            .findMentions(expansion.join(' '))
            .some((mention) => mention.entries.some((entry) => entry.entityId === entityId));
          if (ours) state.ours = true;
          else state.other = true;
        }
      }
      state.searched = text.length;
    }
    return state.other && !state.ours;
  }
}
