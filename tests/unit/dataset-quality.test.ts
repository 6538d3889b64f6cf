/**
 * What makes a card worth showing, as checked rules: the essentials a reader
 * needs first for each topic, two sources for recent events, and aliases that
 * never fire on the wrong thing (data/README.md says why each rule exists).
 */
import { describe, expect, it } from 'vitest';
import englishWords from 'an-array-of-english-words';
import { ENTITIES } from '../../utils/dataset';
import type { AliasLang, Entity, FactTag } from '../../utils/schema';
import type { TopicId } from '../../utils/topics';
import UNAMBIGUOUS from '../../data/unambiguous-names.json';
import SHARED_NAMES from '../../data/shared-names.json';
import SOURCE_HOSTS from '../../data/source-hosts.json';

const TODAY = new Date().toISOString().slice(0, 10);

/** Events this recent are still being reported and corrected: two independent hosts. */
const RECENT_MONTHS = 24;

/**
 * The facts a reader needs first, per topic (the dataset issue). People and
 * organisations also need structured roles: who leads an agency or company now,
 * and what a person held when.
 */
export const ESSENTIALS: Record<TopicId, { tags: FactTag[]; currentLeader?: boolean; roles?: boolean }> = {
  agencies: { tags: ['founded', 'headquarters', 'news'], currentLeader: true },
  companies: { tags: ['founded', 'founder', 'products'], currentLeader: true },
  people: { tags: ['news'], roles: true },
  spacecraft: { tags: ['first-flight', 'operator', 'status', 'capability'] },
  stations: { tags: ['launched', 'owner', 'status', 'end'] },
  'launch-sites': { tags: ['location', 'owner', 'firsts'] },
  programmes: { tags: ['start', 'aim', 'status'] },
};

/**
 * Context words that occur in any news story (ships, crews, the Moon, the
 * Kremlin): as context they would let a shared name fire anywhere.
 */
const GENERIC_CONTEXT = new Set(
  [
    'space',
    'mission',
    'launch',
    'launched',
    'rocket',
    'crew',
    'module',
    'ship',
    'spaceship',
    'moon',
    'lunar',
    'kremlin',
    'station',
    'orbit',
    'satellite',
    'capsule',
    'flight',
    'science',
    'nasa',
    'корабль',
    'экипаж',
    'модуль',
    'ракета',
    'космос',
    'луна',
    'кремль',
    'станция',
    'mond',
    'rakete',
    'besatzung',
    'modul',
    'kreml',
    'raumfahrt',
    // Spanish, French, Italian, Portuguese
    'cohete',
    'misión',
    'nave',
    'tripulación',
    'luna',
    'estación',
    'espacio',
    'espacial',
    'satélite',
    'órbita',
    'módulo',
    'cápsula',
    'lanzamiento',
    'fusée',
    'lanceur',
    'vaisseau',
    'équipage',
    'lune',
    'lunaire',
    'espace',
    'spatial',
    'orbite',
    'lancement',
    'razzo',
    'lanciatore',
    'missione',
    'navicella',
    'equipaggio',
    'lunare',
    'stazione',
    'spazio',
    'spaziale',
    'modulo',
    'capsula',
    'lancio',
    'foguete',
    'missão',
    'tripulação',
    'lua',
    'estação',
    'espaço',
    'lançamento',
    // Ukrainian
    'ракета',
    'місія',
    'корабель',
    'екіпаж',
    'місяць',
    'станція',
    'космос',
    'модуль',
    'кремль',
    'орбіта',
    'супутник',
    // Chinese and Japanese
    '火箭',
    '任务',
    '飞船',
    '乘组',
    '月球',
    '太空',
    '航天',
    '卫星',
    '轨道',
    '发射',
    'ロケット',
    'ミッション',
    '宇宙船',
    '乗組員',
    '月',
    '宇宙',
    '衛星',
    '軌道',
    '打ち上げ',
  ].map((word) => word.toLocaleLowerCase()),
);

const DICTIONARY = new Set(englishWords);
const SHARED = new Set(Object.keys(SHARED_NAMES).map((name) => name.toLocaleLowerCase()));
/** Letters only: model designations with digits (CST-100, MS-22) name one thing. */
const ACRONYM = /^\p{Lu}{2,6}$/u;

const REVIEWED_HOSTS = new Set(Object.values(SOURCE_HOSTS).flat());

/**
 * Who published a source: the most specific reviewed host it is on, so that
 * blogs.nasa.gov and www.nasa.gov count as one publisher, while the listed
 * oig.nasa.gov (NASA's inspector general) stays its own.
 */
function publisherOf(url: string): string {
  const labels = new URL(url).hostname.replace(/^www\./, '').split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const host = labels.slice(i).join('.');
    if (REVIEWED_HOSTS.has(host)) return host;
  }
  return labels.join('.');
}

function monthsBefore(day: string, months: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString().slice(0, 10);
}

function missingEssentials(entity: Entity): string[] {
  const rule = ESSENTIALS[entity.topic];
  const tags = new Set(entity.facts.flatMap((fact) => fact.tags ?? []));
  const missing: string[] = rule.tags.filter((tag) => !tags.has(tag));
  if (rule.currentLeader && !entity.roles?.some((role) => role.holder && !role.until)) missing.push('current leader');
  if (rule.roles && !entity.roles?.some((role) => role.of || role.title)) missing.push('roles');
  return missing;
}

/** Languages written with spaces for which the project has no word list: every single word is reviewed. */
const UNLISTED_SPACED = new Set<AliasLang>(['es', 'fr', 'it', 'pt', 'uk']);
const UNSPACED = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u30FC\u3005]+$/u;
const HIRAGANA = /^[\p{sc=Hiragana}\u30FC]+$/u;
const HAN = /^[\p{sc=Han}\u3005]+$/u;
/** The gaps between a person's names: spaces, hyphens and the dots of Chinese and Japanese (埃隆·马斯克). */
const NAME_GAP = /[\s\-\u00B7\u30FB\uFF65\u2027\u2022]/;

/**
 * Why an alias must carry context words, or undefined when it may stand alone.
 * Beyond the English rules, for the languages added later:
 * - Spanish, French, Italian, Portuguese and Ukrainian have no word list
 *   here, so a single word in them needs context unless
 *   unambiguous-names.json lists it with its reason;
 * - in Chinese and Japanese a name of one or two characters is an ordinary
 *   word as often as a name (神舟, 嫦娥, 天宫), and a word in hiragana is
 *   an ordinary word (きぼう, hope);
 * - a person's names in Chinese or Japanese are written without a space: a
 *   full name in Han characters has three or more (若田光一), a surname alone
 *   one or two, and katakana names are parted by a dot (イーロン・マスク).
 */
function needsContext(entity: Entity, text: string, lang: AliasLang): string | undefined {
  if (Object.hasOwn(UNAMBIGUOUS, text)) return undefined;
  const key = text.toLocaleLowerCase();
  if (ACRONYM.test(text)) return 'an acronym';
  if (SHARED.has(key)) return 'a name shared outside spaceflight (data/shared-names.json)';
  if (UNSPACED.test(text)) {
    if (HIRAGANA.test(text)) return 'a Japanese word in hiragana';
    if ([...text].length <= 2) return 'a Chinese or Japanese word of one or two characters';
    if (entity.topic === 'people' && !(HAN.test(text) || NAME_GAP.test(text))) return 'a surname or given name alone';
    return undefined;
  }
  if (!/\s/.test(text) && DICTIONARY.has(key)) return 'a common English word';
  if (UNLISTED_SPACED.has(lang) && !/[\s-]/.test(text))
    return `a single ${lang} word (no word list: list it in unambiguous-names.json)`;
  if (entity.topic === 'people' && !NAME_GAP.test(text)) return 'a surname or given name alone';
  return undefined;
}

describe('cards a reader can trust', () => {
  it.each(ENTITIES.map((entity) => [entity.id, entity] as const))('%s has its topic’s essentials', (_id, entity) => {
    expect(missingEssentials(entity)).toEqual([]);
  });

  it('confirms every recent event on two independent hosts', () => {
    const since = monthsBefore(TODAY, RECENT_MONTHS);
    const single = ENTITIES.flatMap((entity) =>
      entity.facts
        .filter((fact) => fact.date >= since.slice(0, fact.date.length))
        .filter((fact) => new Set(fact.sources.map((s) => publisherOf(s.url))).size < 2)
        .map((fact) => `${entity.id}: ${fact.text}`),
    );
    expect(single).toEqual([]);
  });
});

describe('aliases that never fire on the wrong thing', () => {
  it('gives context words to every acronym, common word, lone surname and shared name', () => {
    const bare = ENTITIES.flatMap((entity) =>
      entity.aliases
        .filter((alias) => !alias.context)
        .map((alias) => [alias.text, needsContext(entity, alias.text, alias.lang)] as const)
        .filter(([, why]) => why)
        .map(([text, why]) => `${entity.id}: "${text}" is ${why}`),
    );
    expect(bare).toEqual([]);
  });

  it('uses only spaceflight-specific context words', () => {
    const generic = ENTITIES.flatMap((entity) =>
      entity.aliases.flatMap((alias) =>
        (alias.context ?? [])
          .filter((word) => GENERIC_CONTEXT.has(word.toLocaleLowerCase()))
          .map((word) => `${entity.id}: "${alias.text}" ← "${word}"`),
      ),
    );
    expect(generic).toEqual([]);
  });
});
