/**
 * The background's checks of every request it gets (utils/protocol.ts has
 * the page's side). Bounds are generous for any real page and stop a
 * compromised page process from making the background hold or scan
 * unbounded text.
 */
import * as v from 'valibot';
import { messageType, type BackgroundKind, type RequestOf } from './protocol';

/** Text nodes in one request: far above the biggest page measured (about 30,000). */
const MAX_TEXTS = 200_000;
/** Characters in one request: a 2 MB text node fits, with room. */
export const MAX_REQUEST_CHARS = 8_000_000;

const Texts = v.pipe(
  v.array(v.string()),
  v.maxLength(MAX_TEXTS),
  v.check((texts) => texts.reduce((sum, text) => sum + text.length, 0) <= MAX_REQUEST_CHARS, 'too much text'),
);

const Text = v.pipe(v.string(), v.maxLength(MAX_REQUEST_CHARS));

const REQUESTS = {
  gate: v.strictObject({
    type: v.literal(messageType('gate')),
    host: v.pipe(v.string(), v.maxLength(255)),
    text: v.optional(Text),
  }),
  scan: v.strictObject({ type: v.literal(messageType('scan')), text: Text }),
  resolve: v.strictObject({
    type: v.literal(messageType('resolve')),
    session: v.pipe(v.string(), v.regex(/^[0-9a-f-]{8,64}$/)),
    texts: Texts,
    append: v.boolean(),
    fresh: v.boolean(),
  }),
} satisfies { [K in BackgroundKind]: v.GenericSchema };

/** The request, checked, or undefined when it is not a well-formed request of this kind. */
export function parseRequest<K extends BackgroundKind>(kind: K, message: unknown): RequestOf<K> | undefined {
  const result = v.safeParse(REQUESTS[kind], message);
  if (!result.success) return undefined;
  const request: Record<string, unknown> = { ...result.output };
  delete request.type;
  return request as RequestOf<K>;
}
