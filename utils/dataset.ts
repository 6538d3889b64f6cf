import * as v from 'valibot';
import { EntitySchema, type Entity } from './schema';
import { fileId } from './topic-index';

/**
 * The bundled dataset, one JSON file per entity. Vite inlines the files at
 * build time, so nothing is fetched at run time.
 */
const files = import.meta.glob<unknown>('../data/entities/*.json', {
  eager: true,
  import: 'default',
});

/** Raw dataset records keyed by file id, for the dataset's own tests. */
export const RAW_ENTITIES: ReadonlyMap<string, unknown> = new Map(
  Object.entries(files).map(([path, value]) => [fileId(path), value]),
);

/**
 * Parsed entities sorted by id. The schema is checked in the tests; parsing
 * here as well fills in alias defaults (case, lang) in one place.
 */
export const ENTITIES: readonly Entity[] = [...RAW_ENTITIES.values()]
  .map((value) => v.parse(EntitySchema, value))
  .sort((a, b) => a.id.localeCompare(b.id));

export const ENTITY_BY_ID: ReadonlyMap<string, Entity> = new Map(ENTITIES.map((entity) => [entity.id, entity]));
