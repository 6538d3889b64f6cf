/**
 * Messages between the popup and the content script, typed and validated:
 * a message that does not fit the schema is ignored.
 */
import * as v from 'valibot';
import { EntitySchema } from './schema';
import { FOUND_COUNT, GET_ENTITY } from './protocol';

// Their names live with the page's other messages (protocol.ts), which the highlighting stage reads without valibot.
export { FOUND_COUNT, GET_ENTITY };

export const GET_FOUND = 'backstory:get-found';

export const GetFoundRequestSchema = v.strictObject({ type: v.literal(GET_FOUND) });

export const FoundEntrySchema = v.strictObject({
  id: v.string(),
  count: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

export const GetFoundResponseSchema = v.strictObject({
  found: v.array(FoundEntrySchema),
  /** The page's host name, for the popup's "On this site" switch. */
  host: v.string(),
  /** The story's date as the page gives it, and where it was read; absent when it gives none or was not read. */
  storyDate: v.optional(
    v.strictObject({
      date: v.pipe(v.string(), v.isoDate()),
      source: v.picklist(['metadata', 'byline', 'address']),
    }),
  ),
});

export type FoundEntry = v.InferOutput<typeof FoundEntrySchema>;
export type GetFoundResponse = v.InferOutput<typeof GetFoundResponseSchema>;

export function isGetFoundRequest(message: unknown): boolean {
  return v.is(GetFoundRequestSchema, message);
}

export function parseGetFoundResponse(response: unknown): GetFoundResponse | undefined {
  const result = v.safeParse(GetFoundResponseSchema, response);
  return result.success ? result.output : undefined;
}

/** Popup → content script: bring the first mention of an entity into view and open its card. */
export const SHOW_ENTITY = 'backstory:show-entity';

const EntityId = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,80}$/));

export const ShowEntityRequestSchema = v.strictObject({ type: v.literal(SHOW_ENTITY), id: EntityId });

export function parseShowEntityRequest(message: unknown): { id: string } | undefined {
  const result = v.safeParse(ShowEntityRequestSchema, message);
  return result.success ? { id: result.output.id } : undefined;
}

export const GetEntityRequestSchema = v.strictObject({
  type: v.literal(GET_ENTITY),
  id: EntityId,
});

export type GetEntityRequest = v.InferOutput<typeof GetEntityRequestSchema>;

export function parseGetEntityRequest(message: unknown): GetEntityRequest | undefined {
  const result = v.safeParse(GetEntityRequestSchema, message);
  return result.success ? result.output : undefined;
}

/**
 * What a card needs of an entity (everything but its aliases); checked on
 * arrival, since the background is a separate process.
 */
export const CardEntitySchema = v.omit(EntitySchema, ['aliases']);

export type CardEntity = v.InferOutput<typeof CardEntitySchema>;

const RelatedSchema = v.array(v.strictObject({ id: EntityId, name: v.pipe(v.string(), v.maxLength(80)) }));

const GetEntityResponseSchema = v.object({
  entity: v.nullable(CardEntitySchema),
  /** The entity's related names, by name: the content script knows no names. */
  related: v.optional(RelatedSchema, []),
});

export type RelatedName = v.InferOutput<typeof RelatedSchema>[number];

export function parseGetEntityResponse(
  response: unknown,
  id: string,
): { entity: CardEntity; related: RelatedName[] } | undefined {
  const result = v.safeParse(GetEntityResponseSchema, response);
  return result.success && result.output.entity?.id === id
    ? { entity: result.output.entity, related: result.output.related }
    : undefined;
}

/** A page cannot hold more names than the dataset has; the cap only refuses nonsense. */
const MAX_FOUND_COUNT = 10_000;

export const FoundCountMessageSchema = v.strictObject({
  type: v.literal(FOUND_COUNT),
  count: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_FOUND_COUNT)),
});

export function parseFoundCountMessage(message: unknown): { count: number } | undefined {
  const result = v.safeParse(FoundCountMessageSchema, message);
  return result.success ? { count: result.output.count } : undefined;
}
