/**
 * Name candidates in a passage of news text, for `npm run gaps`: capitalised
 * word sequences ("Jim Bridenstine", "Jet Propulsion Laboratory"), with the
 * designator a craft or a crew carries ("Soyuz MS-22", "Chang'e 6",
 * "Expedition 68", "Artemis II"); names in «…» quotes («Прогресс МС-21»);
 * Chinese names before 号/空间站/航天局 (神舟十五号) and Japanese katakana
 * names and agencies (イプシロン, 宇宙航空研究開発機構). Pure: strings in,
 * candidates out.
 */
import {
  BOILERPLATE,
  CALENDAR_WORDS,
  FUNCTION_WORDS,
  GENERIC_NAMES,
  PLACES,
  SPACE_WORDS,
  TITLES,
  type Language,
} from './words';

export interface NameCandidate {
  text: string;
  /** Where it is in the passage. */
  start: number;
  end: number;
  /** Does it start a sentence (where every word has a capital)? */
  initial: boolean;
}

export interface ExtractOptions {
  lang: Language;
  /**
   * Is this word (lower case) written in lower case somewhere in the pages
   * read? Then, capitalised at a sentence's start, it is a common word, not a
   * name ("Scientists say…").
   */
  isCommonWord?: (lower: string) => boolean;
}

/** A language's function words, with English's (names and quotes bring English into any page). */
const functionWords = new Map(
  Object.entries(FUNCTION_WORDS).map(([lang, words]) => [lang, new Set([...words, ...FUNCTION_WORDS.en!])]),
);
const CALENDAR = new Set(CALENDAR_WORDS);
const TITLE_WORDS = new Set(TITLES);
/** Never a name of spaceflight, whatever its capital: boilerplate, places, planets, and the spaceflight words themselves. */
const NOT_NAMES = new Set([...BOILERPLATE, ...PLACES, ...GENERIC_NAMES, ...Object.values(SPACE_WORDS).flat()]);

/**
 * A word of a name: a capital, then letters, digits, apostrophes, hyphens and
 * inner dots ("Chang'e", "MS-22", "Soyuz-2.1a"), or initials ("U.S."). A dot
 * that ends a sentence is not part of it, so no name runs into the next
 * sentence.
 */
const TOKEN = String.raw`(?:(?:\p{Lu}\.){2,}|\p{Lu}(?:[\p{L}\p{M}\p{N}'’\-]|\.(?=[\p{L}\p{N}]))*)`;
/** Small words inside names ("Department of Defense", "Agencia de Exploración"). */
const CONNECTOR = String.raw`(?:of|for|de|del|della|di|da|do|dos|das|du|des|van|von|der|den|la|le|y)`;
/** A craft's or a crew's number after its name ("Falcon 9", "Expedition 68", "Artemis II", "Chang'e 6"). */
const DESIGNATOR = String.raw`(?:\d+[\p{L}]?|[IVX]{1,4})(?![\p{L}\p{N}])`;
/** Not inside a word of a spaced script (a Chinese character before a Latin name is fine). */
const WORD_START = String.raw`(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}'’])`;
const SEQUENCE = new RegExp(
  `${WORD_START}${TOKEN}(?: (?:${CONNECTOR} )?${TOKEN})*(?: ${DESIGNATOR})?(?![\\p{L}\\p{N}])`,
  'gu',
);
const QUOTED = /«\s*(\p{Lu}[^«»]{0,58}?)\s*»/gu;
/**
 * A Chinese name: two characters (神舟, 天宫, 长征), a number, then what it is
 * (号, 空间站, 航天局). Not 飞船 or 探测器: "载人飞船" is any crewed craft.
 */
const CHINESE = /\p{Script=Han}{2}(?:[零〇一二两三四五六七八九十百]+|\d+)?(?:号|空间站|航天局)/gu;
/** A Japanese katakana name (ソユーズ, イプシロン), with a number (H3 is Latin), and an agency's full name. */
const KATAKANA = /[\p{Script=Katakana}ー・]{3,}(?:[0-9０-９]+号?)?/gu;
const JAPANESE_AGENCY = /\p{Script=Han}{2,12}(?:機構|研究所|宇宙局|宇宙庁)/gu;
/** Katakana loanwords of news about space that are not names. */
const KATAKANA_WORDS = new Set(
  'ロケット|ミッション|ステーション|モジュール|カプセル|エンジン|システム|データ|ニュース|センター|プロジェクト|チーム|サービス|ビジネス|テクノロジー|メディア|ページ|ドル|ユーロ|スペース|ミサイル|シャトル|ブースター|クルー|ロボット|アーム|ドッキング|パネル|ソーラー|アンテナ|カメラ|コスト|トップ|リスト|サイト|メール|ログイン|シェア'.split(
    '|',
  ),
);

/** Sentence ends, for where a capital says nothing. */
const SENTENCE_START = /(?:^|[.!?…:;|•·]\s+|[.!?…]["'”»’)]\s+|\n)["'“«„‘(\-–—\s]*$/u;

function isInitial(text: string, at: number): boolean {
  return SENTENCE_START.test(text.slice(Math.max(0, at - 12), at));
}

/** Lower case, for the word lists. */
const lower = (word: string) => word.toLocaleLowerCase();

/** A possessive or a trailing dot or dash is not part of the name ("NASA's", "Roscosmos.", "Musk’s"). */
function trimToken(token: string): string {
  return token.replace(/(?:['’]s?|[.-])+$/u, (tail) =>
    /^\.$/.test(tail) && /\..+$/.test(token.slice(0, -1)) ? tail : '',
  );
}

/** Strong shapes: an acronym (NASA, ROSS), a capital inside (SpaceX), a digit (H3, MS-22). */
function strongShape(token: string): boolean {
  return /^\p{Lu}{2,}/u.test(token) || /\p{Ll}\p{Lu}/u.test(token) || /\p{N}/u.test(token);
}

/** A word that starts no name and ends none: a function word, a month, a title. */
function isFiller(token: string, lang: Language): boolean {
  const word = lower(token);
  return (functionWords.get(lang) ?? functionWords.get('en')!).has(word) || CALENDAR.has(word) || TITLE_WORDS.has(word);
}

/** Words of four letters or more a passage needs to be judged title case, and the share of them with a capital. */
const TITLE_CASE_MIN_WORDS = 5;
const TITLE_CASE_SHARE = 0.85;

/**
 * A passage whose words are nearly all capitalised is a headline in title
 * case ("NASA Receives $18 Billion In Omnibus Spending Bill"): its capitals say
 * nothing, and only names of strong shape are taken from it. Not in German,
 * where every noun has a capital.
 */
function isTitleCase(sentence: string, lang: Language): boolean {
  if (lang === 'de') return false;
  const words = sentence.match(/[\p{L}][\p{L}'’-]{3,}/gu) ?? [];
  if (words.length < TITLE_CASE_MIN_WORDS) return false;
  return words.filter((word) => /^\p{Lu}/u.test(word)).length >= TITLE_CASE_SHARE * words.length;
}

/** Cleans a capitalised sequence into a name, or nothing. */
function clean(
  tokens: string[],
  initial: boolean,
  options: ExtractOptions,
): { tokens: string[]; dropped: number } | undefined {
  let dropped = 0;
  const words = tokens.map(trimToken);
  while (words.length && isFiller(words[0]!, options.lang)) {
    words.shift();
    dropped++;
  }
  while (
    words.length &&
    (isFiller(words.at(-1)!, options.lang) ||
      /^(?:of|for|de|del|della|di|da|do|dos|das|du|des|van|von|der|den|la|le|y)$/.test(words.at(-1)!))
  ) {
    words.pop();
  }
  if (!words.length || !/^\p{Lu}/u.test(words[0]!)) return undefined;
  const name = words.join(' ');
  if (NOT_NAMES.has(lower(name)) || words.every((word) => NOT_NAMES.has(lower(word)) || /^[\dIVX]+$/.test(word)))
    return undefined;
  if (words.length === 1) {
    const [word] = words as [string];
    if (word.length < 2) return undefined;
    if (options.lang === 'de' && !strongShape(word)) return undefined;
    // A sentence's first word is a common word when the pages write it in lower case too ("Scientists", "Later");
    // before another capitalised word it may start a name ("Weather Underground", "Mission Control").
    if (initial && dropped === 0 && !strongShape(word) && options.isCommonWord?.(lower(word))) return undefined;
  }
  return { tokens: words, dropped };
}

/**
 * What is left of a name once the dataset's aliases are cut out of it, tidied
 * as a name ("ISS Expedition 68" less "ISS" is "Expedition 68"; "NASA
 * Administrator" less "NASA" is nothing).
 */
export function tidyName(piece: string, lang: Language): string | undefined {
  const tokens = piece
    .replace(/^[\s\-–—,.:;'’"“”«»()/]+|[\s\-–—,:;'’"“”«»()/]+$/gu, '')
    .split(/\s+/)
    .filter(Boolean);
  if (!tokens.length) return undefined;
  if (/\p{Script=Han}|\p{Script=Katakana}/u.test(piece) && !/[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(piece))
    return tokens.join('');
  const cleaned = clean(tokens, false, { lang });
  return cleaned?.tokens.join(' ');
}

/** The tokens in runs of one script (Latin, Cyrillic…), by each token's first letter. */
function scriptRuns(tokens: readonly string[]): string[][] {
  const runs: string[][] = [];
  let script = '';
  for (const token of tokens) {
    const next = /^\p{Script=Cyrillic}/u.test(token)
      ? 'cyrillic'
      : /^\p{Script=Greek}/u.test(token)
        ? 'greek'
        : 'latin';
    if (next !== script || !runs.length) runs.push([]);
    runs.at(-1)!.push(token);
    script = next;
  }
  return runs;
}

/** Name candidates in one passage (a paragraph, a headline), in order. */
export function extractNames(text: string, options: ExtractOptions): NameCandidate[] {
  const found: NameCandidate[] = [];
  const taken: [number, number][] = [];
  const overlaps = (start: number, end: number) => taken.some(([from, to]) => start < to && end > from);
  const add = (name: string, start: number, initial: boolean) => {
    const end = start + name.length;
    if (overlaps(start, end)) return;
    taken.push([start, end]);
    found.push({ text: name, start, end, initial });
  };

  for (const match of text.matchAll(QUOTED)) {
    const inner = match[1]!.trim();
    if (inner.split(/\s+/).length <= 6 && !NOT_NAMES.has(lower(inner)))
      add(inner, match.index + match[0].indexOf(inner), false);
  }
  const titleCase = isTitleCase(text, options.lang);
  for (const match of text.matchAll(SEQUENCE)) {
    const initial = isInitial(text, match.index);
    const tokens = match[0].split(' ');
    if (titleCase) {
      // A headline's capitals say nothing: its acronyms and other strong shapes, one by one.
      let at = match.index;
      for (const token of tokens) {
        const word = trimToken(token);
        if (strongShape(word) && !/^[\dIVX]+$/.test(word) && !NOT_NAMES.has(lower(word))) add(word, at, false);
        at += token.length + 1;
      }
      continue;
    }
    // A name does not change script: "Ракета Falcon 9" is a word and a name.
    let at = match.index;
    for (const run of scriptRuns(tokens)) {
      const first = at === match.index;
      const cleaned = clean(run, initial && first, options);
      if (cleaned) {
        const skipped = run.slice(0, cleaned.dropped).reduce((sum, token) => sum + token.length + 1, 0);
        add(cleaned.tokens.join(' '), at + skipped, initial && first && cleaned.dropped === 0);
      }
      at += run.reduce((sum, token) => sum + token.length + 1, 0);
    }
  }
  if (/\p{Script=Han}|\p{Script=Katakana}/u.test(text)) {
    for (const pattern of [CHINESE, JAPANESE_AGENCY, KATAKANA]) {
      for (const match of text.matchAll(pattern)) {
        const name = match[0];
        if (pattern === KATAKANA && (KATAKANA_WORDS.has(name.replace(/[0-9０-９号]+$/u, '')) || NOT_NAMES.has(name)))
          continue;
        if (NOT_NAMES.has(name)) continue;
        add(name, match.index, false);
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
