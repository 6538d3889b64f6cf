import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { ENTITIES, RAW_ENTITIES } from '../../utils/dataset';
import { EntitySchema } from '../../utils/schema';
import { TOPIC_IDS } from '../../utils/topics';

/** Ids the product promises (issue 2 and the dataset issue). */
const REQUIRED_IDS = [
  'iss',
  'russian-orbital-segment',
  'us-orbital-segment',
  'roscosmos',
  'dmitry-rogozin',
  'nasa',
  'spacex',
  'elon-musk',
  'scott-kelly',
  'cady-coleman',
  'mark-vande-hei',
  'soyuz',
  'crew-dragon',
];

const TODAY = new Date().toISOString().slice(0, 10);

describe('the bundled dataset', () => {
  it.each([...RAW_ENTITIES.entries()])('%s passes the schema and is named for its id', (id, raw) => {
    const result = v.safeParse(EntitySchema, raw);
    expect(
      result.issues?.map((issue) => `${issue.path?.map((p) => p.key).join('.')}: ${issue.message}`),
    ).toBeUndefined();
    expect((raw as { id: string }).id).toBe(id);
  });

  it('holds every required entity', () => {
    const ids = new Set(ENTITIES.map((entity) => entity.id));
    expect(REQUIRED_IDS.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('uses only known topics', () => {
    expect(ENTITIES.filter((e) => !TOPIC_IDS.includes(e.topic)).map((e) => e.id)).toEqual([]);
  });

  it('dates no fact in the future', () => {
    const future = ENTITIES.flatMap((e) => e.facts.filter((f) => f.asOf > TODAY).map((f) => `${e.id}: ${f.asOf}`));
    expect(future).toEqual([]);
  });

  it('gives every unambiguous alias to one entity only', () => {
    const owners = new Map<string, string[]>();
    for (const entity of ENTITIES) {
      for (const alias of entity.aliases) {
        if (alias.context) continue;
        const key = alias.text.toLocaleLowerCase().replaceAll('ё', 'е');
        owners.set(key, [...(owners.get(key) ?? []), entity.id]);
      }
    }
    const clashes = [...owners].filter(([, ids]) => ids.length > 1);
    expect(clashes).toEqual([]);
  });
});
