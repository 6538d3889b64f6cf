/**
 * The story's date: the day a news story was published, read from the page,
 * and where it was read. The card shows facts against it ("since this story").
 */

/** Where on the page the date was read, most trusted first (see SOURCE_TRUST). */
export type StoryDateSource =
  'json-ld' | 'meta-published-time' | 'microdata' | 'meta-name' | 'time-element' | 'byline' | 'url';

export interface StoryDate {
  /** The calendar day where the story was published, `YYYY-MM-DD`. */
  date: string;
  source: StoryDateSource;
}

/**
 * Sources in the order they are trusted. Structured data is written by the
 * publishing system for search engines and is rarely wrong; a date printed in
 * the byline is what readers see but has to be found among other dates; an
 * address only says when the URL was made.
 */
export const SOURCE_TRUST: readonly StoryDateSource[] = [
  'json-ld',
  'meta-published-time',
  'microdata',
  'meta-name',
  'time-element',
  'byline',
  'url',
];

/** Short English for the card's small print: "Story date from …". */
/** How a reader would say where the date came from: the page's data, its byline, or its address. */
export type SourceKind = 'metadata' | 'byline' | 'address';

export function sourceKind(source: StoryDateSource): SourceKind {
  switch (source) {
    case 'json-ld':
    case 'meta-published-time':
    case 'meta-name':
    case 'microdata':
      return 'metadata';
    case 'time-element':
    case 'byline':
      return 'byline';
    case 'url':
      return 'address';
  }
}

export function describeSource(source: StoryDateSource): string {
  switch (source) {
    // Readers need not tell JSON-LD, meta tags and microdata apart: all are data the page carries for machines.
    case 'json-ld':
    case 'meta-published-time':
    case 'meta-name':
    case 'microdata':
      return "the page's metadata";
    case 'time-element':
    case 'byline':
      return "the story's byline";
    case 'url':
      return 'the address';
  }
}

/** Whether a date says when the story came out, or when it was last changed. */
export type DateKind = 'published' | 'modified';

/** One date found on the page, as written there. */
export interface DateCandidate {
  source: StoryDateSource;
  kind: DateKind;
  /** The value as the page wrote it: an attribute, a JSON string, a byline's text, an address. */
  value: string;
}

/** What the page says about itself, for telling one story from a front page or a list of stories. */
export interface PageSignals {
  /** The page's address. */
  url: string;
  /** `og:type`, lower case, if the page has one. */
  ogType?: string;
  /** JSON-LD describes the page as one story (NewsArticle, BlogPosting, …). */
  jsonLdArticle: boolean;
  /** JSON-LD describes the page as a collection (CollectionPage, ItemList, …). */
  jsonLdListing: boolean;
  /** How many `<article>` elements carry a date of their own: teasers on a front page. */
  datedTeasers: number;
}
