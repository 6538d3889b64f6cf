/**
 * Makes a value that passes a valibot schema from its required parts only:
 * objects get their required keys, arrays their minimum length, picklists
 * their first option, strings the first of a few candidates (text, date,
 * URL, kebab id, ordered by what the key's name suggests) that passes every
 * check in the string's pipe. So the synthetic dataset keeps passing when
 * the schema gains a required field of a familiar kind, and says which field
 * it cannot fill when it gains an unfamiliar one. Pure.
 */
import * as v from 'valibot';

interface Action {
  type: string;
  requirement?: unknown;
}

export interface SchemaLike {
  type: string;
  pipe?: readonly Action[];
  entries?: Record<string, SchemaLike>;
  item?: SchemaLike;
  options?: readonly unknown[];
  wrapped?: SchemaLike;
  literal?: unknown;
  enum?: Record<string, unknown>;
}

function asSchema(schema: SchemaLike): v.GenericSchema {
  return schema as unknown as v.GenericSchema;
}

/** A key the schema may leave out (optional, with or without a default). */
export function isOptional(schema: SchemaLike): boolean {
  return v.safeParse(asSchema(schema), undefined).success;
}

function requirement(schema: SchemaLike, type: string): number | undefined {
  const action = schema.pipe?.find((a) => a.type === type);
  return typeof action?.requirement === 'number' ? action.requirement : undefined;
}

const DATE = '2024-05-17';
const URL = 'https://www.example.org/backstory-synthetic';
const TEXT = 'Synthetic text made up for the benchmark.';
const ID = 'synthetic-value';

function stringCandidates(key: string): string[] {
  if (/date|asof|checked|reviewed|from|until|since|updated|day/i.test(key)) return [DATE, TEXT, URL, ID];
  if (/url|href|link/i.test(key)) return [URL, TEXT, DATE, ID];
  if (/(^|[a-z])(id|Id|ID)$/.test(key) || /^of$|holder/i.test(key)) return [ID, TEXT, DATE, URL];
  return [TEXT, ID, DATE, URL, 'x'];
}

export class SchemaValueError extends Error {}

/** A value for `schema` at `path` (for messages), from its required parts. */
export function valueFor(schema: SchemaLike, path: string[] = []): unknown {
  const key = path[path.length - 1] ?? '';
  const where = path.join('.') || '(root)';
  let value: unknown;
  switch (schema.type) {
    case 'object':
    case 'strict_object':
    case 'loose_object': {
      const out: Record<string, unknown> = {};
      for (const [name, entry] of Object.entries(schema.entries ?? {})) {
        if (!isOptional(entry)) out[name] = valueFor(entry, [...path, name]);
      }
      value = out;
      break;
    }
    case 'array': {
      const length = Math.max(1, requirement(schema, 'min_length') ?? 0);
      value = Array.from({ length }, (_, index) => valueFor(schema.item!, [...path, String(index)]));
      break;
    }
    case 'picklist':
      value = schema.options?.[0];
      break;
    case 'enum':
      value = Object.values(schema.enum ?? {})[0];
      break;
    case 'literal':
      value = schema.literal;
      break;
    case 'union':
    case 'variant':
      value = valueFor(schema.options![0] as SchemaLike, path);
      break;
    case 'optional':
    case 'exact_optional':
    case 'nullable':
    case 'nullish':
    case 'undefinedable':
      value = valueFor(schema.wrapped!, path);
      break;
    case 'string':
      value = stringCandidates(key).find((candidate) => v.is(asSchema(schema), candidate));
      break;
    case 'number':
      value = [1, 0, 2024].find((candidate) => v.is(asSchema(schema), candidate));
      break;
    case 'boolean':
      value = false;
      break;
    default:
      throw new SchemaValueError(`no synthetic value for ${where}: schema type "${schema.type}" is not handled`);
  }
  if (!v.is(asSchema(schema), value)) {
    throw new SchemaValueError(`no synthetic value for ${where} passes its schema (type "${schema.type}")`);
  }
  return value;
}
