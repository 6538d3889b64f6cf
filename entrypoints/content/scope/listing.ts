/**
 * Listing pages: a science section, a category page, a site's front page.
 * They have no single story but many short, link-led blocks (a headline link
 * with a short teaser each), and their content is the main column of those
 * blocks. Read-only DOM queries; no layout reads.
 */
import {
  isNonContentLandmark,
  isOutsideStory,
  LISTING_BOILERPLATE_WORDS,
  namedAs,
  TEASER_RAIL_WORDS,
} from './boilerplate';
import { insideWhere, visibleText } from './survey';

/** A headline has at least this many words ("Skip to content" and menu entries have fewer)… */
const HEADLINE_MIN_WORDS = 4;
/** …or this many Chinese or Japanese characters, scripts written without spaces. */
const HEADLINE_MIN_CJK = 12;
/** Link text longer than this is not a headline, unless the link wraps a whole card with its heading. */
const HEADLINE_MAX_CHARS = 300;
/** A card wrapped in one link (heading, teaser, byline) is at most this long. */
const CARD_MAX_CHARS = 1000;
/** How far above a link its heading may be (`h3 > span > a`). */
const HEADING_REACH = 3;
/**
 * A teaser is short: a block with one headline and more text than this
 * besides it (a summary, a byline, a photo credit) is a story, not a teaser.
 */
const TEASER_MAX_TEXT = 600;
/**
 * A teaser leads with its headline: before a heading at most this much text
 * (a kicker, a photo credit, a time)…
 */
const HEADED_LEAD_MAX_CHARS = 150;
/** …and before a link that is not a heading's hardly any (a number, a time): further in, it is a link in running text. */
const LINK_LEAD_MAX_CHARS = 20;
/** A page with fewer teasers than this is not a listing (an article's rail of a few headlines). */
export const MIN_LISTING_TEASERS = 6;
/**
 * A story is dominant when the page's loose text (all but teasers, links and
 * boilerplate) is at least this share of the teasers' text: a feature with an
 * unmarked rail of twelve teasers stays an article, a section page with a
 * paragraph of introduction is a listing.
 */
const STORY_DOMINANCE = 1;
/**
 * A page with this much loose text has a story whatever else it holds: a
 * feature above a feed of forty teasers, a story beside a rail of four
 * hundred celebrity headlines. Three or four paragraphs.
 */
const STORY_ALWAYS_CHARS = 1500;
/**
 * A page whose story has this much prose of its own (teasers left out) is an
 * article: a brief of a hundred words with a rail of teasers beside it.
 */
const STORY_MIN_PROSE = 600;
/** A Chinese or Japanese character says about as much as this many characters of a spaced script. */
const CJK_DENSITY = 3;
/** The main column is the smallest block that holds this share of the teasers. */
const COLUMN_SHARE = 0.7;

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6';
/** A word has a letter or a digit ("›" and "|" are not words). */
const WORD = /[\p{L}\p{N}][^\s]*/gu;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/g;

function isHeaded(link: Element): boolean {
  return inHeading(link) || link.querySelector(HEADING_SELECTOR) !== null;
}

function inHeading(link: Element): boolean {
  let node = link.parentElement;
  for (let step = 0; node && step < HEADING_REACH; step++, node = node.parentElement) {
    if (HEADINGS.has(node.localName)) return true;
  }
  return false;
}

interface Headline {
  /** A headline by its words, or by its Chinese or Japanese characters. */
  kind: 'words' | 'cjk';
  /** Its text's length. */
  length: number;
  /** Is it in a heading or around one? */
  headed: boolean;
}

/** Does the link read as a headline: a sentence-long link to another page, under or around a heading, or alone? */
function readHeadline(link: Element): Headline | undefined {
  const href = link.getAttribute('href') ?? '';
  if (!href || href.startsWith('#') || /^javascript:/i.test(href)) return undefined;
  const text = (link.textContent ?? '').trim();
  if (!text || text.length > CARD_MAX_CHARS) return undefined;
  let words = 0;
  WORD.lastIndex = 0;
  while (words < HEADLINE_MIN_WORDS && WORD.exec(text)) words++;
  const kind =
    words >= HEADLINE_MIN_WORDS ? 'words' : (text.match(CJK)?.length ?? 0) >= HEADLINE_MIN_CJK ? 'cjk' : undefined;
  if (!kind) return undefined;
  const headed = isHeaded(link);
  if (text.length > HEADLINE_MAX_CHARS && !headed) return undefined;
  return { kind, length: text.length, headed };
}

/** 'cjk' when the link is a headline by its Chinese or Japanese characters. */
export function headlineKind(link: Element): 'words' | 'cjk' | undefined {
  return readHeadline(link)?.kind;
}

export interface ListingInput {
  body: Element;
  /** Visible links outside paragraphs, in document order. */
  links: readonly Element[];
  /** Prose per element (paragraph text that is not link text), summed up the tree. */
  prose: ReadonlyMap<Element, number>;
  /** An element holding this much prose or more is never boilerplate (the page is in it). */
  homeProse: number;
}

export interface Teaser {
  /** The block of one headline: the highest element above the headline link with no other headline in it. */
  block: Element;
  /** The block's text, headline and teaser, in characters. */
  mass: number;
  /** Is the headline written in Chinese or Japanese characters? */
  cjk: boolean;
}

export interface Listing {
  teasers: Teaser[];
  /** Are most headlines written in Chinese or Japanese characters? */
  cjk: boolean;
  /** The teasers' text, in characters. */
  mass: number;
  /** Is this element one of the teaser blocks? */
  isTeaser(element: Element): boolean;
  /** Is this element (or one above it) one of the teaser blocks? */
  inTeaser(element: Element): boolean;
  /** Not the listing's content: menus, asides, footers, ads, comments, cookie banners, a site header. */
  isBoilerplate(element: Element): boolean;
}

/** Headlines per element, summed up the tree from each link. */
function countUp(elements: Iterable<Element>, body: Element, from: (element: Element) => Element | null) {
  const count = new Map<Element, number>();
  for (const element of elements) {
    for (let node = from(element); node && node !== body; node = node.parentElement) {
      count.set(node, (count.get(node) ?? 0) + 1);
    }
  }
  return count;
}

/** The page's teasers: headline links outside boilerplate, each with the block it leads. */
export function findTeasers({ body, links, prose, homeProse }: ListingInput): Listing {
  // A story linked twice in one card (picture, headline, "read more") is one teaser.
  const seen = new Set<string>();
  const read = new Map<Element, Headline>();
  const candidates = links.filter((link) => {
    const headline = readHeadline(link);
    if (!headline) return false;
    const href = link.getAttribute('href')!;
    if (seen.has(href)) return false;
    seen.add(href);
    read.set(link, headline);
    return true;
  });
  const allCounts = countUp(candidates, body, (link) => link);
  const isBoilerplate = (element: Element): boolean => {
    if (element === body || (prose.get(element) ?? 0) >= homeProse) return false;
    if (isNonContentLandmark(element) || namedAs(element, LISTING_BOILERPLATE_WORDS)) return true;
    // A card named "promo" is a listing's content; a "related stories" rail of several is not.
    if ((allCounts.get(element) ?? 0) > 1 && namedAs(element, TEASER_RAIL_WORDS)) return true;
    // A card's or a section's header leads one headline; the site's header (logo, menu) leads none.
    return element.localName === 'header' && isOutsideStory(element) && allCounts.get(element) !== 1;
  };
  const insideBoilerplate = insideWhere(body, isBoilerplate);
  const headlines = candidates.filter((link) => !insideBoilerplate(link));
  const counts = countUp(headlines, body, (link) => link.parentElement);
  const teasers: Teaser[] = [];
  for (const link of headlines) {
    let block = link;
    for (let up = block.parentElement; up && up !== body && counts.get(up) === 1; up = up.parentElement) block = up;
    // Blocks hold one headline each, so they do not overlap, and each is read only as far as a teaser can go.
    const headline = read.get(link)!;
    const { total, before } = visibleText(block, { mark: link, limit: headline.length + TEASER_MAX_TEXT + 1 });
    const lead = headline.headed ? HEADED_LEAD_MAX_CHARS : LINK_LEAD_MAX_CHARS;
    if (total - headline.length <= TEASER_MAX_TEXT && before <= lead) {
      teasers.push({ block, mass: total, cjk: headline.kind === 'cjk' });
    }
  }
  const blocks = new Set(teasers.map((teaser) => teaser.block));
  return {
    teasers,
    mass: teasers.reduce((sum, teaser) => sum + teaser.mass, 0),
    cjk: teasers.filter((teaser) => teaser.cjk).length * 2 > teasers.length,
    isTeaser: (element) => blocks.has(element),
    inTeaser: insideWhere(body, (element) => blocks.has(element)),
    isBoilerplate,
  };
}

/**
 * Is the page a listing: enough teasers, no story of a few paragraphs (its
 * prose, teasers left out), and no text besides that outweighs the teasers?
 * That text, the loose text, is the page's text that is neither a teaser's,
 * nor a link's (menus, tags), nor in boilerplate: where a story written
 * without paragraphs would be, and the odd label and caption. It is read in
 * one walk over the page, stopped as soon as it decides.
 */
export function isListing(listing: Listing, body: Element, storyProse: number): boolean {
  if (listing.teasers.length < MIN_LISTING_TEASERS || storyProse >= STORY_MIN_PROSE) return false;
  const bound = Math.min(STORY_ALWAYS_CHARS / (listing.cjk ? CJK_DENSITY : 1), STORY_DOMINANCE * listing.mass);
  const loose = visibleText(body, {
    skip: (element) => element.localName === 'a' || listing.isTeaser(element) || listing.isBoilerplate(element),
    limit: bound,
  }).total;
  return loose < bound;
}

/** The listing's main column: the smallest block holding most of its teasers. */
export function mainColumn(listing: Listing, body: Element): Element {
  const counts = countUp(
    listing.teasers.map((teaser) => teaser.block),
    body,
    (block) => block,
  );
  const needed = Math.ceil(COLUMN_SHARE * listing.teasers.length);
  let column = body;
  let held = Infinity;
  for (const [element, count] of counts) {
    // Blocks holding more than half of the teasers are nested in one another: the smallest count is the innermost.
    if (count >= needed && (count < held || (count === held && column.contains(element)))) {
      column = element;
      held = count;
    }
  }
  return column;
}
