/**
 * Reads when the story on the page was published: the dates the page states
 * (JSON-LD, meta tags, microdata, the `<time>` and the date printed by the
 * headline, the address) go to utils/story-date, which decides. Read-only
 * and cheap, as it runs on every page with a name on it: a few
 * querySelectorAll calls and attribute and textContent reads, no layout
 * (no getBoundingClientRect, no innerText, no computed style).
 */
import {
  decideStoryDate,
  isArticleType,
  jsonLdDates,
  kindFromLabel,
  parseJsonLd,
  readBylineDates,
  type DateCandidate,
  type BylineDate,
  type DateKind,
  type JsonLdDates,
  type PageSignals,
  type StoryDate,
} from '@/utils/story-date';

/** `property` values of Open Graph's article dates (and the variants pages write). */
const PUBLISHED_PROPERTIES = new Set([
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'og:published_time',
]);
const MODIFIED_PROPERTIES = new Set([
  'article:modified_time',
  'og:article:modified_time',
  'article:modified',
  'og:updated_time',
]);
/** Meta names that carry the publication date, as CMSs, Dublin Core and analytics tags write them. */
const PUBLISHED_NAMES = new Set([
  'date',
  'pubdate',
  'og:pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'pub_date',
  'publication_date',
  'publication-date',
  'datepublished',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dc.date.created',
  'dcterms.created',
  'parsely-pub-date',
  'sailthru.date',
  'article.published',
  'article_date_original',
  'original-publish-date',
  'cxenseparse:recs:publishtime',
  'epoch-publish-date',
  'pdate',
]);
const MODIFIED_NAMES = new Set([
  'dc.date.modified',
  'dcterms.modified',
  'last-modified',
  'lastmod',
  'article.updated',
  'datemodified',
  'utime',
]);
/** Parse.ly's page tag: JSON with the publication date in `pub_date`. */
const PARSELY_PAGE = 'parsely-page';

/** Microdata's date properties (`itemprop` may hold several names; some pages write them in lower case). */
const MICRODATA_SELECTOR = ['datePublished', 'dateCreated', 'dateModified']
  .flatMap((name) => [`[itemprop~="${name}"]`, `[itemprop~="${name.toLowerCase()}"]`])
  .join(',');
/** Elements that hold a byline or a dateline, by their class or id. */
const BYLINE_SELECTOR = ['date', 'time', 'byline', 'publish', 'posted', 'author', 'dateline', 'meta']
  .flatMap((word) => [`[class*="${word}" i]`, `[id*="${word}" i]`])
  .join(',');
/** Longer than this, an element is a block of the story (or a teaser list), not a byline. */
const MAX_BYLINE_CHARS = 160;
/** Longer than this, microdata text is not a date. */
const MAX_MICRODATA_TEXT = 80;
/** How many levels above the headline the byline is looked for: pages wrap the headline in its header, then a column. */
const HEADER_REACH = 3;
/** JSON-LD larger than this is a data dump, not a description of the page; not parsed. */
const MAX_JSON_LD_CHARS = 300_000;
/** A byline is a line or two: an element with more children than this is a block of the page. */
const MAX_BYLINE_CHILDREN = 12;
/** Shorter than this, an `<h1>` is a logo or a section name, not a headline. */
const MIN_HEADLINE_CHARS = 10;
/** Blocks where a date near the headline is another story's: asides, menus, footers. */
const NOT_STORY_TAGS = new Set(['aside', 'nav', 'footer']);
/** Class words of blocks where a date is another story's: teasers, related links, promotions. */
const NOT_STORY_CLASS = /related|teaser|promo/i;
const NO_TEXT_TAGS = new Set(['script', 'style', 'noscript', 'template']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
/** Node.DOCUMENT_POSITION_PRECEDING and _FOLLOWING */
const PRECEDING = 2;
const FOLLOWING = 4;
/** Class, id or itemprop words that mark a `<time>` as the last change, not the publication. */
const MODIFIED_ATTRIBUTE = /updat|modif|edited|(?:^|[^a-z])lm(?:$|[^a-z])/i;

export interface PageDates {
  candidates: DateCandidate[];
  signals: PageSignals;
}

function readJsonLd(doc: Document): JsonLdDates {
  const found: JsonLdDates = { candidates: [], article: false, listing: false };
  for (const script of doc.querySelectorAll('script[type]')) {
    if (!/ld\+json/i.test(script.getAttribute('type')!)) continue;
    const text = script.textContent;
    if (text && text.length <= MAX_JSON_LD_CHARS) jsonLdDates(parseJsonLd(text), found);
  }
  return found;
}

function readMeta(doc: Document, candidates: DateCandidate[]): string | undefined {
  let ogType: string | undefined;
  for (const meta of doc.querySelectorAll('meta')) {
    const key = (meta.getAttribute('property') || meta.getAttribute('name') || '').trim().toLowerCase();
    // Some pages write the value in `value` instead of `content`.
    const value = meta.getAttribute('content') ?? meta.getAttribute('value');
    if (!key || !value) continue;
    if (key === 'og:type') ogType ??= value.trim().toLowerCase();
    else if (PUBLISHED_PROPERTIES.has(key))
      candidates.push({ source: 'meta-published-time', kind: 'published', value });
    else if (MODIFIED_PROPERTIES.has(key)) candidates.push({ source: 'meta-published-time', kind: 'modified', value });
    else if (PUBLISHED_NAMES.has(key)) candidates.push({ source: 'meta-name', kind: 'published', value });
    else if (MODIFIED_NAMES.has(key)) candidates.push({ source: 'meta-name', kind: 'modified', value });
    else if (key === PARSELY_PAGE) {
      const pubDate = (parseJsonLd(value) as { pub_date?: unknown } | undefined)?.pub_date;
      if (typeof pubDate === 'string') candidates.push({ source: 'meta-name', kind: 'published', value: pubDate });
    }
  }
  return ogType;
}

/** The schema.org type of the item an element's property belongs to, lower case, or undefined. */
function itemTypeOf(element: Element): string | undefined {
  const type = element.parentElement?.closest('[itemscope]')?.getAttribute('itemtype');
  return type
    ?.trim()
    .split(/\s+/)[0]
    ?.replace(/^.*[/:#]/, '');
}

/**
 * The story's own microdata dates: the first datePublished (else the first
 * dateCreated) and the first dateModified of an Article item, or of an
 * untyped or WebPage item. A VideoObject's or a Comment's dates are not the
 * story's.
 */
function readMicrodata(doc: Document, candidates: DateCandidate[]): void {
  const first = new Map<string, string>();
  for (const element of doc.querySelectorAll(MICRODATA_SELECTOR)) {
    const type = itemTypeOf(element);
    if (type && !isArticleType(type) && !/^(?:web|item)page$/i.test(type)) continue;
    const text = element.textContent?.trim() ?? '';
    const value =
      element.getAttribute('content') ??
      element.getAttribute('datetime') ??
      element.getAttribute('value') ??
      (text.length <= MAX_MICRODATA_TEXT ? text : '');
    if (!value) continue;
    for (const name of element.getAttribute('itemprop')!.toLowerCase().split(/\s+/)) {
      if (!first.has(name)) first.set(name, value);
    }
  }
  const published = first.get('datepublished') ?? first.get('datecreated');
  const modified = first.get('datemodified');
  if (published) candidates.push({ source: 'microdata', kind: 'published', value: published });
  if (modified) candidates.push({ source: 'microdata', kind: 'modified', value: modified });
}

/** The story's headline: the first `<h1>` with words in an `<article>`, else in the page. */
function findHeadline(doc: Document): Element | undefined {
  const isHeadline = (h1: Element) => visibleText(h1).length >= MIN_HEADLINE_CHARS;
  return [...doc.querySelectorAll('article h1')].find(isHeadline) ?? [...doc.querySelectorAll('h1')].find(isHeadline);
}

/** Up to 32 characters of text just before an element in its parent ("Updated: "). */
function textBefore(element: Element): string {
  let text = '';
  for (let node = element.previousSibling; node && text.length < 32; node = node.previousSibling) {
    text = (node.textContent ?? '') + text;
  }
  return text.slice(-32);
}

function timeKind(time: Element): DateKind {
  const attributes = [
    time.getAttribute('class'),
    time.getAttribute('itemprop'),
    time.parentElement?.getAttribute('class'),
  ].join(' ');
  if (MODIFIED_ATTRIBUTE.test(attributes)) return 'modified';
  // The label may sit before the element ("Updated: <time>") or start its text ("<time>Updated …").
  const ownLabel = /^[^\d]*/.exec(time.textContent ?? '')![0];
  return kindFromLabel(`${textBefore(time)} ${ownLabel}`);
}

/**
 * The text a reader sees in a small element: its text nodes in order, not
 * the source of its scripts and styles, stopping once it is too long for a
 * byline.
 */
function visibleText(element: Element): string {
  let text = '';
  let node: Node | null = element.firstChild;
  while (node && text.length <= MAX_BYLINE_CHARS) {
    if (node.nodeType === TEXT_NODE) text += (node as Text).data;
    else if (node.nodeType === ELEMENT_NODE) {
      text += ' ';
      if (node.firstChild && !NO_TEXT_TAGS.has((node as Element).localName)) {
        node = node.firstChild;
        continue;
      }
    }
    let next: Node | null = node;
    while (next && next !== element && !next.nextSibling) next = next.parentNode;
    node = next && next !== element ? next.nextSibling : null;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The element nearest the headline in reading order: the first one after it,
 * else the last one before it (a dateline above the headline).
 */
function nearest<T extends Element>(headline: Element, elements: T[]): T | undefined {
  const after = elements.find((e) => headline.compareDocumentPosition(e) & FOLLOWING);
  return after ?? elements.filter((e) => headline.compareDocumentPosition(e) & PRECEDING).at(-1);
}

/**
 * The dates by the headline: the `<time datetime>` and the byline or dateline
 * nearest to it. Looked for up to HEADER_REACH levels above the headline (or
 * up to the story's `<article>`), and taken from the closest level that has
 * any: the headline's parent, else its grandparent, and so on. Only the
 * nearest of each is read; further away are the story's own dates in its
 * text, teasers and related links. Dates inside another `<article>`, an
 * aside or a list of related stories are not the story's.
 */
function readHeader(doc: Document, headline: Element | undefined, candidates: DateCandidate[]): void {
  if (!headline) return;
  const story = headline.closest('article');
  // The headline's ancestors the search may reach, by how many levels up they are.
  const levels = new Map<Element, number>();
  let top: Element | undefined;
  for (let reach = 1, e = headline.parentElement; e && e !== doc.body && e !== doc.documentElement; reach++) {
    if (reach > HEADER_REACH && !story?.contains(e)) break;
    levels.set(e, reach);
    top = e;
    e = e.parentElement;
  }
  if (!top) return;
  const levelOf = (element: Element): number => {
    for (let e: Element | null = element; e; e = e.parentElement) {
      const level = levels.get(e);
      if (level !== undefined) return level;
    }
    return Infinity;
  };
  // In the story's own <article> (or in none), and not in an aside or a teaser between it and the search's top.
  const belongsToStory = (element: Element) => {
    if (element.closest('article') !== story) return false;
    for (let e: Element | null = element; e && e !== top; e = e.parentElement) {
      if (NOT_STORY_TAGS.has(e.localName) || NOT_STORY_CLASS.test(e.getAttribute('class') ?? '')) return false;
    }
    return true;
  };

  const times = [...top.querySelectorAll('time[datetime]')].filter(belongsToStory);
  const bylines = new Map<Element, BylineDate[]>();
  for (const element of top.querySelectorAll(BYLINE_SELECTOR)) {
    if (element.childElementCount > MAX_BYLINE_CHILDREN || !belongsToStory(element)) continue;
    const text = visibleText(element);
    const dates = text.length <= MAX_BYLINE_CHARS ? readBylineDates(text) : [];
    if (dates.length) bylines.set(element, dates);
  }
  const closest = Math.min(...times.map(levelOf), ...[...bylines.keys()].map(levelOf));
  const time = nearest(
    headline,
    times.filter((e) => levelOf(e) === closest),
  );
  const byline = nearest(
    headline,
    [...bylines.keys()].filter((e) => levelOf(e) === closest),
  );
  if (time) candidates.push({ source: 'time-element', kind: timeKind(time), value: time.getAttribute('datetime')! });
  for (const { date, kind } of byline ? bylines.get(byline)! : [])
    candidates.push({ source: 'byline', kind, value: date });
}

/**
 * `<article>` elements, other than the one around the headline, with a
 * `<time datetime>` of their own: many of them make a front page.
 */
function countDatedTeasers(doc: Document, headline: Element | undefined): number {
  const story = headline?.closest('article');
  let count = 0;
  for (const article of doc.querySelectorAll('article')) {
    if (article !== story && article.querySelector('time[datetime]')) count++;
  }
  return count;
}

/** Every date the page states about itself, and what kind of page it is. */
export function readPageDates(doc: Document, url: string): PageDates {
  const jsonLd = readJsonLd(doc);
  const candidates = [...jsonLd.candidates];
  const ogType = readMeta(doc, candidates);
  readMicrodata(doc, candidates);
  const headline = findHeadline(doc);
  readHeader(doc, headline, candidates);
  candidates.push({ source: 'url', kind: 'published', value: url });
  const signals: PageSignals = {
    url,
    jsonLdArticle: jsonLd.article,
    jsonLdListing: jsonLd.listing,
    datedTeasers: countDatedTeasers(doc, headline),
    ...(ogType ? { ogType } : {}),
  };
  return { candidates, signals };
}

/** When the story on the page was published, and where that was read; undefined when the page does not say clearly. */
export function readStoryDate(doc: Document, url: string, now?: Date): StoryDate | undefined {
  const { candidates, signals } = readPageDates(doc, url);
  return decideStoryDate(candidates, signals, now);
}
