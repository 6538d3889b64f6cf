import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { valueFor, SchemaValueError, type SchemaLike } from '../../scripts/bench/schema-values';
import { syntheticEntities, toCyrillic, wordsOf } from '../../scripts/bench/synthetic';
import { EntitySchema } from '../../utils/schema';

const TAKEN = wordsOf('NASA and Roscosmos sent the ISS crew; Рогозин said so. Balo Kera Tamun astronaut space');

describe('the synthetic dataset', () => {
  const entities = syntheticEntities({ count: 60, schema: EntitySchema, taken: TAKEN, existingIds: new Set(['iss']) });

  it('passes the project’s entity schema', () => {
    for (const entity of entities) expect(v.safeParse(EntitySchema, entity).issues).toBeUndefined();
  });

  it('has unique ids and spreads over every topic', () => {
    const ids = entities.map((entity) => entity.id);
    expect(new Set(ids).size).toBe(ids.length);
    const topics = EntitySchema.entries.topic.options;
    expect(new Set(entities.map((entity) => entity.topic))).toEqual(new Set(topics));
  });

  it('makes up words the pages never use, in Latin and Cyrillic spellings', () => {
    for (const entity of entities) {
      const aliases = (entity.aliases as Array<{ text: string; context?: string[] }>).map((alias) => alias.text);
      const madeUp = aliases.flatMap((text) => [...wordsOf(text)]).filter((word) => !TAKEN.has(word));
      // Every alias carries at least one made-up word, so no alias can occur in the pages.
      for (const text of aliases) expect([...wordsOf(text)].some((word) => madeUp.includes(word))).toBe(true);
    }
    expect(entities.some((entity) => (entity.aliases as Array<{ lang?: string }>).some((a) => a.lang === 'ru'))).toBe(
      true,
    );
    expect(
      entities.some((entity) => (entity.aliases as Array<{ case?: string }>).some((a) => a.case === 'exact')),
    ).toBe(true);
  });

  it('is the same for the same seed', () => {
    expect(syntheticEntities({ count: 5, schema: EntitySchema, taken: TAKEN })).toEqual(
      syntheticEntities({ count: 5, schema: EntitySchema, taken: TAKEN }),
    );
  });

  it('spells made-up names in Cyrillic letter by letter', () => {
    expect(toCyrillic('Velmor')).toBe('Велмор');
  });
});

describe('values from a schema’s required parts', () => {
  it('fills required fields of familiar kinds and leaves optional ones out', () => {
    const schema = v.strictObject({
      title: v.pipe(v.string(), v.nonEmpty(), v.maxLength(80)),
      checked: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
      sources: v.pipe(
        v.array(v.strictObject({ url: v.pipe(v.string(), v.url(), v.startsWith('https://')) })),
        v.minLength(2),
      ),
      ownerId: v.pipe(v.string(), v.regex(/^[a-z]+(-[a-z]+)*$/)),
      kind: v.picklist(['event', 'state']),
      note: v.optional(v.string()),
      count: v.number(),
    });
    const value = valueFor(schema as unknown as SchemaLike) as Record<string, unknown>;
    expect(v.safeParse(schema, value).success).toBe(true);
    expect(value).not.toHaveProperty('note');
    expect((value.sources as unknown[]).length).toBe(2);
  });

  it('names the field it cannot fill', () => {
    const schema = v.strictObject({ when: v.date() });
    expect(() => valueFor(schema as unknown as SchemaLike)).toThrow(SchemaValueError);
    expect(() => valueFor(schema as unknown as SchemaLike)).toThrow(/when/);
  });
});
