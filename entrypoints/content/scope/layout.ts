/**
 * Where the page's content is. A news page is mostly not its story: menus,
 * teasers for other stories, comment threads, ads and footers name NASA and
 * SpaceX as often as the story does, and a highlight there is noise. An
 * article page's content is its story; a listing page (a section or front
 * page: many headlines with short teasers, no dominant story) has its main
 * column of headlines and teasers. Read-only DOM queries, nothing here writes.
 */
import { looksLikeStoryBoilerplate } from './boilerplate';
import { findTeasers, isListing, mainColumn, MIN_LISTING_TEASERS } from './listing';
import { findStory, MIN_STORY_CHARS, outermostInOrder } from './story';
import { insideWhere, proseLength, proseTotals, survey } from './survey';

/**
 * A block that holds at least this share of the page's prose is the story's
 * home whatever its markup says: layouts name wrappers "with-sidebar", and
 * ASP.NET pages put the whole page in one `form`.
 */
const STORY_HOME_SHARE = 0.5;

/** An article's story, a listing's main column, or the whole body of a page with too little prose to tell. */
export type PageKind = 'article' | 'listing' | 'body';

export interface ArticleLayout {
  kind: PageKind;
  /** The content roots in document order: the elements to highlight in. */
  roots: Element[];
  /** Is this element a block that is not content (comments, related stories, ads, footers)? */
  isBoilerplate(element: Element): boolean;
}

/** Finds the page's content: its story, or on a listing page its main column of headlines and teasers. */
export function findArticle(doc: Document): ArticleLayout {
  const body = doc.body;
  if (!body) return { kind: 'body', roots: [], isBoilerplate: () => false };
  const { paragraphs, containers, links } = survey(body);
  const lengths = new Map(paragraphs.map((paragraph) => [paragraph, proseLength(paragraph)]));
  const prose = proseTotals(paragraphs, lengths);
  const homeProse = STORY_HOME_SHARE * (prose.get(body) ?? 0);
  const isBoilerplate = (element: Element) =>
    element !== body && looksLikeStoryBoilerplate(element) && (prose.get(element) ?? 0) < homeProse;
  const insideBoilerplate = insideWhere(body, isBoilerplate);

  const storyParagraphs = paragraphs.filter((paragraph) => lengths.get(paragraph) && !insideBoilerplate(paragraph));
  const story = findStory({
    body,
    paragraphs: storyParagraphs,
    lengths,
    containers: containers.filter((element) => !insideBoilerplate(element)),
  });
  const article: ArticleLayout = { kind: story.found ? 'article' : 'body', roots: story.roots, isBoilerplate };

  const listing = findTeasers({ body, links, prose, homeProse });
  if (listing.teasers.length < MIN_LISTING_TEASERS) return article;
  // The story's own prose: its paragraphs that are not a teaser's.
  const inStory = (paragraph: Element) => story.roots.some((root) => root.contains(paragraph));
  let storyProse = 0;
  if (story.found) {
    for (const paragraph of storyParagraphs) {
      if (inStory(paragraph) && !listing.inTeaser(paragraph)) storyProse += lengths.get(paragraph)!;
    }
  }
  if (!isListing(listing, body, storyProse)) return article;
  const column = mainColumn(listing, body);
  // A story too short to dominate (a section's introduction, a brief above a feed) is content as well.
  const roots = storyProse >= MIN_STORY_CHARS ? [column, ...story.roots] : [column];
  return { kind: 'listing', roots: outermostInOrder(roots), isBoilerplate: listing.isBoilerplate };
}

/** The page's content roots: the elements to highlight in. */
export function findArticleRoots(doc: Document): Element[] {
  return findArticle(doc).roots;
}
