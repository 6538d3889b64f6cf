/**
 * A synthetic dataset for `--synthetic N`: N made-up entities with plausible
 * names and aliases (people, companies, spacecraft, sites, …; some Russian,
 * some acronyms, some ambiguous with context words) whose made-up words never
 * occur in the benchmarked pages. Added to the real dataset, they leave every
 * highlight as it was and show what a bigger dataset costs on every page.
 * Generation is pure and seeded; building is in synthetic-build.ts.
 */
import * as v from 'valibot';
import { mulberry32 } from '../lib/random';
import { valueFor, type SchemaLike } from './schema-values';

const ONSETS = ['b', 'd', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'kr', 'st', 'tr', 'vl'];
const VOWELS = ['a', 'e', 'i', 'o', 'u'];
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 'k'];

/** Latin to Cyrillic, letter by letter, for the Russian spelling of a made-up name. */
const CYRILLIC: Record<string, string> = {
  a: 'а',
  b: 'б',
  d: 'д',
  e: 'е',
  i: 'и',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  z: 'з',
};

export function toCyrillic(word: string): string {
  return [...word]
    .map((char) => {
      const lower = char.toLowerCase();
      const mapped = CYRILLIC[lower] ?? lower;
      return char === lower ? mapped : mapped.toUpperCase();
    })
    .join('');
}

/** Lower-case words of a text, letters and digits in any script. */
export function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

type Kind = 'person' | 'company' | 'agency' | 'spacecraft' | 'site' | 'station' | 'programme';

/** Each topic's kind of name (topics the generator does not know get company-like names). */
const KIND_OF_TOPIC: Record<string, Kind> = {
  people: 'person',
  companies: 'company',
  agencies: 'agency',
  spacecraft: 'spacecraft',
  'launch-sites': 'site',
  stations: 'station',
  programmes: 'programme',
};

interface AliasPlan {
  text: string;
  exact?: boolean;
  lang?: string;
  context?: string[];
}

interface NamePlan {
  name: string;
  kind: Kind;
  aliases: AliasPlan[];
}

function capitalise(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

export interface SyntheticOptions {
  count: number;
  /** The entity schema (utils/schema.ts `EntitySchema`). */
  schema: v.GenericSchema;
  /** Words that must not be made up: every word of the pages benchmarked (lower case). */
  taken: ReadonlySet<string>;
  /** Ids already in the real dataset. */
  existingIds?: ReadonlySet<string>;
  seed?: number;
}

export function syntheticEntities(options: SyntheticOptions): Record<string, unknown>[] {
  const random = mulberry32(options.seed ?? 2024);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const used = new Set<string>();
  const acronyms = new Set<string>();
  const fresh = (syllables: number): string => {
    for (;;) {
      let word = '';
      for (let i = 0; i < syllables; i += 1)
        word += pick(ONSETS) + pick(VOWELS) + (i === syllables - 1 ? pick(CODAS) : '');
      const cyrillic = toCyrillic(word);
      if (used.has(word) || options.taken.has(word) || options.taken.has(cyrillic)) continue;
      used.add(word);
      return capitalise(word);
    }
  };

  const entity = options.schema as unknown as SchemaLike;
  const topics = (entity.entries?.topic?.options ?? ['companies']) as string[];
  const aliasSchema = entity.entries?.aliases?.item;
  const aliasKeys = new Set(Object.keys(aliasSchema?.entries ?? {}));
  const langs = (aliasSchema?.entries?.lang?.wrapped?.options ?? []) as string[];

  const plan = (kind: Kind): NamePlan => {
    const a = fresh(2 + Math.floor(random() * 2));
    switch (kind) {
      case 'person': {
        const last = fresh(3);
        const name = `${a} ${last}`;
        const aliases: AliasPlan[] = [{ text: name }, { text: last, exact: true, context: ['astronaut', 'space'] }];
        if (random() < 0.4) aliases.push({ text: toCyrillic(name), lang: 'ru' });
        return { name, kind, aliases };
      }
      case 'company': {
        const name = `${a} ${pick(['Aerospace', 'Orbital', 'Space Systems', 'Launch'])}`;
        return { name, kind, aliases: [{ text: name }, { text: `${a} Space` }] };
      }
      case 'agency': {
        const name = `${a} Space Agency`;
        const acronym = `${a.slice(0, 2).toUpperCase()}SA`;
        const aliases: AliasPlan[] = [{ text: name }];
        if (!options.taken.has(acronym.toLowerCase()) && !acronyms.has(acronym)) {
          acronyms.add(acronym);
          aliases.push({ text: acronym, exact: true });
        }
        if (random() < 0.5) aliases.push({ text: `${toCyrillic(a)} космическое агентство`, lang: 'ru' });
        return { name, kind, aliases };
      }
      case 'spacecraft': {
        const name = `${a} ${pick(['capsule', 'spacecraft', 'rocket'])}`;
        return {
          name: capitalise(name),
          kind,
          aliases: [{ text: name }, { text: a, exact: true, context: ['launch', 'orbit', 'spacecraft'] }],
        };
      }
      case 'site': {
        const name = `${a} ${pick(['Cosmodrome', 'Spaceport', 'Launch Complex'])}`;
        return { name, kind, aliases: [{ text: name }, { text: `космодром ${toCyrillic(a)}`, lang: 'ru' }] };
      }
      case 'station': {
        const name = `${a} Station`;
        return { name, kind, aliases: [{ text: name }, { text: `${a} module` }] };
      }
      case 'programme': {
        const name = `${a} programme`;
        return { name: capitalise(name), kind, aliases: [{ text: name }, { text: `${a} program` }] };
      }
    }
  };

  const out: Record<string, unknown>[] = [];
  for (let index = 0; index < options.count; index += 1) {
    const topic = topics[index % topics.length]!;
    const names = plan(KIND_OF_TOPIC[topic] ?? 'company');
    const value = valueFor(entity, []) as Record<string, unknown>;
    let id = names.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    if (options.existingIds?.has(id)) id = `synthetic-${id}`;
    value.id = id;
    value.name = names.name;
    value.topic = topic;
    if ('summary' in value)
      value.summary = `A made-up ${names.kind} for the benchmark; its names occur in no test page.`;
    value.aliases = names.aliases.map((alias) => {
      const base = aliasSchema ? (valueFor(aliasSchema, ['aliases', '0']) as Record<string, unknown>) : {};
      base.text = alias.text;
      if (aliasKeys.has('case') && alias.exact) base.case = 'exact';
      if (aliasKeys.has('lang') && alias.lang && (langs.length === 0 || langs.includes(alias.lang)))
        base.lang = alias.lang;
      if (aliasKeys.has('context') && alias.context) base.context = alias.context;
      return base;
    });
    if (Array.isArray(value.facts)) {
      value.facts = value.facts.map((fact, n) =>
        fact && typeof fact === 'object' && 'text' in fact
          ? { ...fact, text: `Made-up fact ${n + 1} about ${names.name}, for the benchmark only.` }
          : fact,
      );
    }
    const checked = v.safeParse(options.schema, value);
    if (!checked.success) {
      const issue = checked.issues[0];
      throw new Error(
        `synthetic entity ${id} fails the schema at ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`,
      );
    }
    out.push(value);
  }
  return out;
}
