/**
 * Every string the card shows. Each label is a template: `{name}`-style
 * placeholders are filled by the card, so a locale's messages.json carries
 * them literally (no WebExtension `$1` placeholders needed). The message key
 * of a label is `card_` + its name: `card_asOf`, `card_sinceStory`, …
 */
export interface CardLabels {
  /** The close button's accessible name. `{name}`: the entity. */
  close: string;
  /** Under the name, when the page wrote it differently. `{name}`: the page's form. */
  pageName: string;
  /** Lead-in for offices held when the story was written. `{roles}`: one or two role phrases. */
  atTheTime: string;
  /** The same without a story date: offices held today. `{roles}`. */
  now: string;
  /** Between two role phrases. */
  listSeparator: string;
  /** A person's office. `{title}`, `{date}`: since when. */
  roleSince: string;
  /** An organisation's leader. `{holder}`, `{title}`, `{date}`. */
  ledBySince: string;
  /** Date label of a fact describing a state. `{date}`. */
  asOf: string;
  /** A state that ended. `{from}`, `{until}`. */
  dateRange: string;
  /** The disclosure that shows the rest of a list in place. `{count}`. */
  more: string;
  /** The same disclosure, open. */
  fewer: string;
  /** Heading of what changed after the story. `{date}`: the story's date. */
  sinceStory: string;
  /** A person took an office after the story. `{title}`. */
  roleBegan: string;
  /** A person left an office after the story. `{title}`. */
  roleEnded: string;
  /** Someone took the organisation's office after the story. `{holder}`, `{title}`. */
  holderBegan: string;
  /** Someone left the organisation's office after the story. `{holder}`, `{title}`. */
  holderEnded: string;
  /** Small print: the story's date and where it was read. `{date}`, `{source}` (given by the host). */
  storyDated: string;
  /** Lead-in of the related names. */
  related: string;
  /** The control back to the previous card. `{name}`. */
  back: string;
  /** A source link's accessible name when the fact has several sources. `{title}`, `{others}`. */
  sourceWithOthers: string;
  /** Between the other sources' titles in that name. */
  sourceSeparator: string;
  /** Shown after a source link when the fact has more sources. `{count}`. */
  otherSources: string;
  /** BCP 47 tag for month names in dates ("en" keeps "15 Jul 2022"). */
  dateLocale: string;
}

export const DEFAULT_CARD_LABELS: CardLabels = {
  close: 'Close {name} card',
  pageName: 'On this page: {name}',
  atTheTime: 'At the time: {roles}',
  now: 'Now: {roles}',
  listSeparator: '; ',
  roleSince: '{title} since {date}',
  ledBySince: 'Led by {holder} ({title}) since {date}',
  asOf: 'as of {date}',
  dateRange: '{from}–{until}',
  more: '{count} more',
  fewer: 'Show fewer',
  sinceStory: 'Since this story ({date})',
  roleBegan: 'Became {title}',
  roleEnded: 'Left as {title}',
  holderBegan: '{holder} became {title}',
  holderEnded: '{holder} left as {title}',
  storyDated: 'Story dated {date}, from {source}',
  related: 'Related:',
  back: 'Back to {name}',
  sourceWithOthers: '{title}. Also: {others}',
  sourceSeparator: '; ',
  otherSources: '+{count}',
  dateLocale: 'en',
};

export type CardLabelName = keyof CardLabels;

export const CARD_LABEL_NAMES = Object.keys(DEFAULT_CARD_LABELS) as CardLabelName[];

/** The `_locales/*\/messages.json` key of a label: `card_asOf`. */
export function cardMessageKey(name: CardLabelName): string {
  return `card_${name}`;
}

/**
 * Labels from a message lookup (the host passes `browser.i18n.getMessage`);
 * a missing message falls back to English rather than showing nothing.
 */
export function cardLabelsFrom(getMessage: (key: string) => string | undefined): CardLabels {
  const labels = { ...DEFAULT_CARD_LABELS };
  for (const name of CARD_LABEL_NAMES) {
    const message = getMessage(cardMessageKey(name));
    if (message) labels[name] = message;
  }
  return labels;
}
