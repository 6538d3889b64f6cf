/**
 * The story's dates in a page's JSON-LD. Pages put their Article next to
 * their WebSite, Organization, BreadcrumbList and WebPage nodes, at the top
 * level, in an array, or in an `@graph`; a WebPage may hold the article as
 * its `mainEntity`. Only article nodes give dates: a WebPage's or a
 * VideoObject's `datePublished` is about something else.
 */
import type { DateCandidate } from './types';

/** schema.org types for one story (Article and its news, blog and report subtypes). */
const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenews',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'asknewsarticle',
  'askpublicnewsarticle',
  'satiricalarticle',
  'advertisercontentarticle',
  'scholarlyarticle',
  'techarticle',
  'report',
  'blogposting',
  'liveblogposting',
]);
/** Types that describe a page of many items: a section front, a search, a list of stories. */
const LISTING_TYPES = new Set(['collectionpage', 'itemlist', 'searchresultspage']);
/** Where an article node may sit below another node (a WebPage's main entity). */
const NESTED_KEYS = ['@graph', 'mainEntity'];
/** How deep the walk goes: real pages nest their article one or two levels down. */
const MAX_DEPTH = 4;

export interface JsonLdDates {
  candidates: DateCandidate[];
  /** An article node was found. */
  article: boolean;
  /** A collection node was found (CollectionPage, ItemList, …). */
  listing: boolean;
}

/** A schema.org type name (`NewsArticle`, `BlogPosting`) is one story. */
export function isArticleType(name: string): boolean {
  return ARTICLE_TYPES.has(name.toLowerCase());
}

function typesOf(node: Record<string, unknown>): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  // "NewsArticle", "schema:NewsArticle", "http://schema.org/NewsArticle"
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:#]/, '').toLowerCase());
}

/** A date property's value: a string, or the first string of an array. */
function dateString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.find((v): v is string => typeof v === 'string');
  return undefined;
}

/** Dates of the article nodes in one parsed JSON-LD block. */
export function jsonLdDates(json: unknown, into: JsonLdDates = { candidates: [], article: false, listing: false }) {
  const visit = (node: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    const record = node as Record<string, unknown>;
    const types = typesOf(record);
    if (types.some((t) => LISTING_TYPES.has(t))) into.listing = true;
    if (types.some((t) => ARTICLE_TYPES.has(t))) {
      into.article = true;
      // dateCreated stands in for datePublished only when there is none.
      const published = dateString(record.datePublished) ?? dateString(record.dateCreated);
      const modified = dateString(record.dateModified);
      if (published) into.candidates.push({ source: 'json-ld', kind: 'published', value: published });
      if (modified) into.candidates.push({ source: 'json-ld', kind: 'modified', value: modified });
    }
    for (const key of NESTED_KEYS) if (key in record) visit(record[key], depth + 1);
  };
  visit(json, 0);
  return into;
}

/** Parses one `<script type="application/ld+json">` text; a block that is not JSON gives nothing. */
export function parseJsonLd(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
