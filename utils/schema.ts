import * as v from 'valibot';
import { TOPIC_IDS } from './topics';
import { isPartialDate, isCalendarDate } from './partial-date';

const IsoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)'),
  v.check(isCalendarDate, 'must be a real calendar date'),
);

/** A date known to the year, the month or the day: "2002", "2022-07", "2022-07-15". */
const PartialDate = v.pipe(v.string(), v.check(isPartialDate, 'must be YYYY, YYYY-MM or YYYY-MM-DD, and a real date'));

const EntityId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case entity id'));

const HttpsUrl = v.pipe(v.string(), v.url(), v.startsWith('https://', 'source urls must use https'));

const ShortText = (max: number) => v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(max));

export const SourceSchema = v.strictObject({
  /** "Publisher: headline", so the card can show the publisher and a short title. */
  title: ShortText(160),
  url: HttpsUrl,
});

const Sources = v.pipe(v.array(SourceSchema), v.minLength(1), v.maxLength(3));

/**
 * Which of its topic's essentials a fact answers (data/README.md, "Essentials").
 * The dataset tests check that every entity answers all of its topic's.
 */
export const FACT_TAGS = [
  'founded',
  'predecessor',
  'leader',
  'headquarters',
  'news',
  'first-flight',
  'operator',
  'status',
  'capability',
  'launched',
  'owner',
  'end',
  'founder',
  'products',
  'location',
  'firsts',
  'start',
  'aim',
] as const;
export type FactTag = (typeof FACT_TAGS)[number];

export const FactSchema = v.strictObject({
  /** One short sentence that stands alone on the card. */
  text: ShortText(220),
  /** When it happened (an event) or began or was measured (a state). */
  date: PartialDate,
  /** A state that has ended: when. */
  until: v.optional(PartialDate),
  /**
   * `event`: happened on `date` (the card shows the date).
   * `state`: true from `date` (the card says "as of").
   */
  kind: v.optional(v.picklist(['event', 'state']), 'event'),
  tags: v.optional(v.array(v.picklist(FACT_TAGS))),
  /** When someone last checked the text against its sources. */
  checked: IsoDate,
  sources: Sources,
});

/**
 * An office held over time. On a person: `of` names the organisation's
 * entity (Rogozin: head of Roscosmos). On an organisation: `holder` names who
 * held it (Roscosmos: led by Dmitry Rogozin), with `holderId` when that person
 * has a card. The card derives "at the time of this story" from these.
 */
export const RoleSchema = v.strictObject({
  title: ShortText(80),
  of: v.optional(EntityId),
  holder: v.optional(ShortText(80)),
  holderId: v.optional(EntityId),
  from: PartialDate,
  until: v.optional(PartialDate),
  sources: Sources,
});

export const ALIAS_LANGS = ['en', 'ru', 'de', 'es', 'fr', 'it', 'pt', 'uk', 'zh', 'ja'] as const;

export const AliasSchema = v.strictObject({
  /** The words as they appear in text; spaces match any run of whitespace. */
  text: ShortText(80),
  /**
   * `exact`: only this spelling and capitalisation (acronyms such as ISS, ESA).
   * `any` (the default): any capitalisation ("Space Station", "SPACE STATION").
   */
  case: v.optional(v.picklist(['exact', 'any']), 'any'),
  /** Language of the alias, for matching rules, evaluation and the data guide. */
  lang: v.optional(v.picklist(ALIAS_LANGS), 'en'),
  /**
   * Words that must appear in the same article before an ambiguous alias is
   * highlighted ("Dragon" needs "SpaceX" or "capsule" nearby). An alias with
   * context is ambiguous; one without is not.
   */
  context: v.optional(v.pipe(v.array(ShortText(60)), v.minLength(1))),
  /**
   * Words that, near the mention, say it is something else ("ISS" next to
   * "shareholder" is the proxy adviser): the mention is not highlighted.
   */
  veto: v.optional(v.pipe(v.array(ShortText(60)), v.minLength(1))),
});

export const EntitySchema = v.strictObject({
  id: EntityId,
  name: ShortText(80),
  topic: v.picklist(TOPIC_IDS),
  /** One sentence: who or what this is. */
  summary: ShortText(240),
  aliases: v.pipe(v.array(AliasSchema), v.minLength(1)),
  facts: v.pipe(v.array(FactSchema), v.minLength(3), v.maxLength(8)),
  roles: v.optional(v.pipe(v.array(RoleSchema), v.minLength(1))),
  /** Entities a reader of this card may want next (Rogozin → Roscosmos). */
  related: v.optional(v.pipe(v.array(EntityId), v.maxLength(6))),
  /** When the whole card was last reviewed against current events. */
  reviewed: IsoDate,
});

export type Source = v.InferOutput<typeof SourceSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type Role = v.InferOutput<typeof RoleSchema>;
export type Alias = v.InferOutput<typeof AliasSchema>;
export type AliasLang = (typeof ALIAS_LANGS)[number];
export type Entity = v.InferOutput<typeof EntitySchema>;
export type EntityInput = v.InferInput<typeof EntitySchema>;
