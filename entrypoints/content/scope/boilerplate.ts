/**
 * What is never the story or the listing: landmarks (menus, sidebars,
 * footers), and blocks whose class or id says what they are (comments, ads,
 * cookie banners). Read-only DOM queries.
 */

/** Semantic containers a page uses for its story, most specific first. */
export const STORY_SELECTOR = 'article, [itemprop="articleBody"], main, [role="main"]';
/**
 * Landmarks that are never the story, whatever their classes say. Checked by
 * name, not with `matches()`: this runs for every element the scan walks.
 */
const NOT_STORY_TAGS = new Set(['nav', 'aside', 'footer', 'form', 'dialog']);
const NOT_STORY_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'dialog']);

/** Words that mark a block as neither the story nor a listing's headlines, on any page. */
const NEVER_CONTENT_WORDS = [
  'comments?',
  'disqus',
  'outbrain',
  'taboola',
  'ads?',
  'adslot',
  'adunit',
  'adsbygoogle',
  'advert',
  'advertisement',
  'sponsored',
  'newsletter',
  'share',
  'sharing',
  'social',
  'subscribe',
  'cookie',
  'consent',
  'gdpr',
  'breadcrumbs?',
  'sidebar',
  'footer',
  'most-?read',
  'most-?viewed',
  'popular',
  'trending',
];
/**
 * Words for teasers of other stories: noise beside a story, but on a section
 * or front page a card named so is the content ("gs-c-promo" is a front
 * page's card). A block of several headlines named so is a rail, on any page.
 */
const TEASER_WORDS = ['related', 'recommended', 'recommendations?', 'promo'];

/**
 * Matched as whole words of the class and id ("v-article__inline--related"
 * has "related"; "headline" has no "ad").
 */
function wordsPattern(words: readonly string[]): RegExp {
  return new RegExp(String.raw`(?:^|[^a-z])(?:${words.join('|')})(?:$|[^a-z])`, 'i');
}

export const STORY_BOILERPLATE_WORDS = wordsPattern([...NEVER_CONTENT_WORDS, ...TEASER_WORDS]);
export const LISTING_BOILERPLATE_WORDS = wordsPattern(NEVER_CONTENT_WORDS);
export const TEASER_RAIL_WORDS = wordsPattern(TEASER_WORDS);

/** A landmark that is never content: a menu, a sidebar, a footer, a form, a dialog. */
export function isNonContentLandmark(element: Element): boolean {
  if (NOT_STORY_TAGS.has(element.localName)) return true;
  const role = element.getAttribute('role');
  return role !== null && NOT_STORY_ROLES.has(role);
}

/** Does the element's class or id carry one of the words? camelCase names split into words: "footerNav" is a footer. */
export function namedAs(element: Element, words: RegExp): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.id}`;
  return names.length > 1 && words.test(names.replace(/([a-z])([A-Z])/g, '$1 $2'));
}

/** A header outside any story container: the site's (logo, menu, slogan), not a story's header with its headline. */
export function isOutsideStory(header: Element): boolean {
  return !header.parentElement?.closest(STORY_SELECTOR);
}

/** Marked as not the story: by landmark, a site header, or the words in its class and id. */
export function looksLikeStoryBoilerplate(element: Element): boolean {
  if (isNonContentLandmark(element)) return true;
  if (element.localName === 'header' && isOutsideStory(element)) return true;
  return namedAs(element, STORY_BOILERPLATE_WORDS);
}
