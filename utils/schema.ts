import * as v from 'valibot';
import { TOPIC_IDS } from './topics';

/** YYYY-MM-DD that names a real calendar day (2022-02-30 is rejected). */
function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const IsoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'asOf must be an ISO date (YYYY-MM-DD)'),
  v.check(isCalendarDate, 'asOf must be a real calendar date'),
);

const HttpsUrl = v.pipe(v.string(), v.url(), v.startsWith('https://', 'source urls must use https'));

const ShortText = (max: number) => v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(max));

export const SourceSchema = v.strictObject({
  title: ShortText(160),
  url: HttpsUrl,
});

export const FactSchema = v.strictObject({
  /** One short sentence that was true on `asOf`. */
  text: ShortText(220),
  /** The date the fact was true, or last checked against the source. */
  asOf: IsoDate,
  source: SourceSchema,
});

export const AliasSchema = v.strictObject({
  /** The words as they appear in text; spaces match any run of whitespace. */
  text: ShortText(80),
  /**
   * `exact`: only this spelling and capitalisation (acronyms such as ISS, ESA).
   * `any` (the default): any capitalisation ("Space Station", "SPACE STATION").
   */
  case: v.optional(v.picklist(['exact', 'any']), 'any'),
  /** ISO 639-1 language of the alias, for evaluation and the data guide. */
  lang: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2}$/)), 'en'),
  /**
   * Words that must appear in the same article before an ambiguous alias is
   * highlighted ("Dragon" needs "SpaceX" or "capsule" nearby). An alias with
   * context is ambiguous; one without is not.
   */
  context: v.optional(v.pipe(v.array(ShortText(60)), v.minLength(1))),
});

export const EntitySchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be kebab-case')),
  name: ShortText(80),
  topic: v.picklist(TOPIC_IDS),
  /** One sentence: who or what this is. */
  summary: ShortText(240),
  aliases: v.pipe(v.array(AliasSchema), v.minLength(1)),
  facts: v.pipe(v.array(FactSchema), v.minLength(2), v.maxLength(6)),
});

export type Source = v.InferOutput<typeof SourceSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type Alias = v.InferOutput<typeof AliasSchema>;
export type Entity = v.InferOutput<typeof EntitySchema>;
export type EntityInput = v.InferInput<typeof EntitySchema>;
