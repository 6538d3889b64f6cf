/**
 * Messages between the popup and the content script, typed and validated:
 * a message that does not fit the schema is ignored.
 */
import * as v from 'valibot';

export const GET_FOUND = 'backstory:get-found';

export const GetFoundRequestSchema = v.strictObject({ type: v.literal(GET_FOUND) });

export const FoundEntrySchema = v.strictObject({
  id: v.string(),
  count: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

export const GetFoundResponseSchema = v.strictObject({
  found: v.array(FoundEntrySchema),
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
