/**
 * Where the article is. A news page is mostly not its story: menus, teasers
 * for other stories, comment threads, ads and footers name NASA and SpaceX as
 * often as the story does, and a highlight there is noise. This module picks
 * the page's main content (read-only DOM queries, nothing here writes) and
 * tells the scan what to walk through, what to highlight in and what to skip.
 */

/** Semantic containers a page uses for its story, most specific first. */
const STORY_SELECTOR = 'article, [itemprop="articleBody"], main, [role="main"]';
/**
 * Landmarks that are never the story, whatever their classes say. Checked by
 * name, not with `matches()`: this runs for every element the scan walks.
 */
const NOT_STORY_TAGS = new Set(['nav', 'aside', 'footer', 'form', 'dialog']);
const NOT_STORY_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'dialog']);
/** Text that no reader sees (with `[hidden]` and `[aria-hidden=true]`), not counted as prose. */
const HIDDEN_TAGS = new Set(['script', 'style', 'noscript', 'template']);
/**
 * Words in a class or id that mark a block as something other than the story.
 * Matched as whole words of the attribute ("v-article__inline--related" has
 * "related"; "headline" has no "ad").
 */
const BOILERPLATE_WORDS = new RegExp(
  String.raw`(?:^|[^a-z])(?:` +
    [
      'comments?',
      'disqus',
      'related',
      'recommended',
      'recommendations?',
      'outbrain',
      'taboola',
      'ads?',
      'adslot',
      'adunit',
      'adsbygoogle',
      'advert',
      'advertisement',
      'sponsored',
      'promo',
      'newsletter',
      'share',
      'sharing',
      'social',
      'subscribe',
      'cookie',
      'consent',
      'breadcrumbs?',
      'sidebar',
      'footer',
      'most-?read',
      'trending',
    ].join('|') +
    String.raw`)(?:$|[^a-z])`,
  'i',
);
/**
 * Below this much prose a page has no story to prefer (a search page, an app,
 * a page written without paragraphs): the whole body is the scope. About two
 * short paragraphs.
 */
export const MIN_STORY_CHARS = 250;
/**
 * A story container is kept over the densest block of paragraphs when it
 * holds at least this share of that block's prose: pages wrap the story's
 * paragraphs in several divs, and the container is the better root.
 */
const CONTAINER_SHARE = 0.6;
/** A container nested in the chosen one replaces it when it holds this share of its prose. */
const NESTED_SHARE = 0.7;
/** Other story containers are kept beside the chosen one (live blogs, the next story on scroll) from this share. */
const SIBLING_SHARE = 0.5;

const ELEMENT = 1;
const TEXT = 3;
/** Node.DOCUMENT_POSITION_FOLLOWING */
const FOLLOWING = 4;

/** Marked as not the story: by landmark, or by the words in its class and id. */
function looksLikeBoilerplate(element: Element): boolean {
  if (NOT_STORY_TAGS.has(element.localName)) return true;
  const role = element.getAttribute('role');
  if (role && NOT_STORY_ROLES.has(role)) return true;
  // A site's header (logo, menu, slogan), not a story's header with its headline.
  if (element.localName === 'header' && !element.parentElement?.closest(STORY_SELECTOR)) return true;
  const names = `${element.getAttribute('class') ?? ''} ${element.id}`;
  // camelCase names split into words: "footerNav" is a footer.
  return names.length > 1 && BOILERPLATE_WORDS.test(names.replace(/([a-z])([A-Z])/g, '$1 $2'));
}

/**
 * A block that holds at least this share of the page's prose is the story's
 * home whatever its markup says: layouts name wrappers "with-sidebar", and
 * ASP.NET pages put the whole page in one `form`.
 */
const STORY_HOME_SHARE = 0.5;

/** Visible text of a paragraph that is not link text: prose, not a list of links. */
function proseLength(paragraph: Element): number {
  let length = (paragraph.textContent ?? '').trim().length;
  if (!paragraph.firstElementChild) return length;
  for (const link of paragraph.querySelectorAll('a')) length -= (link.textContent ?? '').length;
  return Math.max(0, length);
}

/** Prose per element, summed up the tree from each paragraph. */
function proseTotals(paragraphs: readonly Element[], lengths: ReadonlyMap<Element, number>): Map<Element, number> {
  const total = new Map<Element, number>();
  for (const paragraph of paragraphs) {
    const length = lengths.get(paragraph) ?? 0;
    for (let node = paragraph.parentElement; node; node = node.parentElement) {
      total.set(node, (total.get(node) ?? 0) + length);
    }
  }
  return total;
}

export interface ArticleLayout {
  /** The story roots in document order: the elements to highlight in. */
  roots: Element[];
  /** Is this element a block that is not the story (comments, related stories, ads, footers)? */
  isBoilerplate(element: Element): boolean;
}

/**
 * The visible paragraphs and the story containers under the body, in
 * document order: one walk that steps over hidden subtrees. (A walk, not
 * `querySelectorAll`: it skips hidden parts whole, and jsdom runs it as fast.)
 */
function survey(body: Element): { paragraphs: Element[]; containers: Element[] } {
  const paragraphs: Element[] = [];
  const containers: Element[] = [];
  let node: Element | null = body.firstElementChild;
  while (node) {
    const name = node.localName;
    const hidden = HIDDEN_TAGS.has(name) || node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true';
    if (!hidden) {
      if (name === 'p') paragraphs.push(node);
      else if (isStoryContainer(node)) containers.push(node);
      if (name !== 'p' && node.firstElementChild) {
        node = node.firstElementChild;
        continue;
      }
    }
    while (node && node !== body && !node.nextElementSibling) node = node.parentElement;
    node = node && node !== body ? node.nextElementSibling : null;
  }
  return { paragraphs, containers };
}

function isStoryContainer(element: Element): boolean {
  const name = element.localName;
  return (
    name === 'article' ||
    name === 'main' ||
    element.getAttribute('role') === 'main' ||
    element.getAttribute('itemprop') === 'articleBody'
  );
}

/**
 * Finds the page's story. Prefers a story container (`article`, `main`,
 * `[role=main]`) that holds most of the prose; else the densest block of
 * paragraphs; else the body.
 */
export function findArticle(doc: Document): ArticleLayout {
  const body = doc.body;
  if (!body) return { roots: [], isBoilerplate: () => false };
  const { paragraphs, containers: allContainers } = survey(body);
  const lengths = new Map(paragraphs.map((paragraph) => [paragraph, proseLength(paragraph)]));
  const raw = proseTotals(paragraphs, lengths);
  const pageProse = raw.get(body) ?? 0;
  const isBoilerplate = boilerplateTest(body, raw, pageProse);
  // Memoised up the tree: paragraphs share their ancestors.
  const inside = new Map<Element, boolean>();
  const insideBoilerplate = (element: Element | null): boolean => {
    if (!element || element === body) return false;
    let answer = inside.get(element);
    if (answer === undefined) {
      answer = isBoilerplate(element) || insideBoilerplate(element.parentElement);
      inside.set(element, answer);
    }
    return answer;
  };

  // The story's paragraphs, and a Readability-style density: a paragraph
  // counts fully for its parent and half for its grandparent.
  const story = paragraphs.filter((paragraph) => lengths.get(paragraph) && !insideBoilerplate(paragraph));
  const total = proseTotals(story, lengths);
  const density = new Map<Element, number>();
  for (const paragraph of story) {
    const length = lengths.get(paragraph)!;
    const parent = paragraph.parentElement;
    const grandparent = parent?.parentElement;
    if (parent) density.set(parent, (density.get(parent) ?? 0) + length);
    if (grandparent) density.set(grandparent, (density.get(grandparent) ?? 0) + length / 2);
  }
  let densest: Element | undefined;
  for (const [element, score] of density) {
    if (!densest || score > density.get(densest)!) densest = element;
  }
  const prose = (element: Element) => total.get(element) ?? 0;
  if (!densest || prose(densest) < MIN_STORY_CHARS) return { roots: [body], isBoilerplate };

  const containers = allContainers.filter(
    (element) => !insideBoilerplate(element) && prose(element) >= MIN_STORY_CHARS,
  );
  let chosen = containers.reduce<Element | undefined>(
    (best, element) => (!best || prose(element) > prose(best) ? element : best),
    undefined,
  );
  if (!chosen || prose(chosen) < CONTAINER_SHARE * prose(densest)) return { roots: [densest], isBoilerplate };
  // The most specific container that still holds nearly all of it: the
  // article inside main, not main with its sidebars.
  for (let narrower = true; narrower;) {
    narrower = false;
    for (const element of containers) {
      if (element !== chosen && chosen.contains(element) && prose(element) >= NESTED_SHARE * prose(chosen)) {
        chosen = element;
        narrower = true;
      }
    }
  }
  const main = chosen;
  const siblings = containers.filter(
    (element) =>
      element !== main &&
      !element.contains(main) &&
      !main.contains(element) &&
      prose(element) >= SIBLING_SHARE * prose(main),
  );
  const roots = [main, ...siblings]
    .filter((element, _, all) => !all.some((other) => other !== element && other.contains(element)))
    .sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
  return { roots, isBoilerplate };
}

/**
 * The layout's boilerplate test, kept with the cached scope. Made out here,
 * so it holds none of findArticle's working maps, and its prose figures
 * weakly: paragraphs the page drops later (a feed's rows, a single-page
 * app's old view) can go.
 */
function boilerplateTest(body: Element, prose: ReadonlyMap<Element, number>, pageProse: number) {
  const kept = new WeakMap(prose);
  return (element: Element) =>
    element !== body && looksLikeBoilerplate(element) && (kept.get(element) ?? 0) < STORY_HOME_SHARE * pageProse;
}

/** The page's story roots: the elements to highlight in. */
export function findArticleRoots(doc: Document): Element[] {
  return findArticle(doc).roots;
}

/** The scope the text walker follows: walk through `above`, highlight inside `roots`, skip the rest. */
export class ArticleScope {
  readonly roots: ReadonlySet<Element>;
  /** Ancestors of the roots: walked through, but their own text is outside the story. */
  readonly above: ReadonlySet<Element>;

  constructor(
    private readonly layout: ArticleLayout,
    /** When it was computed (performance.now()), to look again only so often. */
    readonly computedAt: number,
  ) {
    this.roots = new Set(layout.roots);
    const above = new Set<Element>();
    for (const root of layout.roots) {
      for (let node = root.parentElement; node; node = node.parentElement) above.add(node);
    }
    this.above = above;
  }

  /** Is a walk that starts at `element` inside the story, or on the way to it? */
  reaches(element: Element): boolean {
    for (let node: Element | null = element; node; node = node.parentElement) {
      if (this.roots.has(node)) return true;
      if (this.above.has(node)) return node === element;
      if (this.layout.isBoilerplate(node)) return false;
    }
    return false;
  }

  /**
   * Should the walk go into this element? Called for elements whose parent the
   * walk went into, so the parent is on the way to a root, a root, or inside one.
   */
  admits(element: Element): boolean {
    if (this.roots.has(element) || this.above.has(element)) return true;
    const parent = element.parentElement;
    if (parent && this.above.has(parent)) return false;
    return !this.layout.isBoilerplate(element);
  }

  /** Is this text inside the story (not text of a page element above it)? */
  admitsText(node: Node): boolean {
    const parent = node.parentElement;
    return !parent || !this.above.has(parent);
  }
}

/**
 * A scope is looked at again no more often than this when a walk starts
 * outside it: ads and comment threads that keep changing must not make every
 * pass measure the page. A new story container is looked at at once.
 */
const RECHECK_MS = 250;
/** The whole-body scope of a page without a story yet (still loading) is looked at again this often. */
const FALLBACK_RECHECK_MS = 1000;

const scopes = new WeakMap<Document, ArticleScope>();

/**
 * The document's article scope, computed once and again only when the page
 * has changed under it: a root removed (a single-page app changed story), or
 * `fresh` asked for.
 */
export function articleScope(doc: Document, { fresh = false } = {}): ArticleScope {
  const cached = scopes.get(doc);
  const now = performance.now();
  if (cached && !fresh && [...cached.roots].every((root) => root.isConnected)) {
    const fallback = cached.roots.has(doc.body!);
    if (!fallback || now - cached.computedAt < FALLBACK_RECHECK_MS) return cached;
  }
  const scope = new ArticleScope(findArticle(doc), now);
  scopes.set(doc, scope);
  return scope;
}

/**
 * The scope for a walk that starts at `element`, or null when the element is
 * outside the story. Outside, the page may have grown a story since we last
 * looked (the next article loaded on scroll, a single-page app's new view):
 * look again once, at once for a new story container, else at most every
 * RECHECK_MS.
 */
export function scopeFor(element: Element): ArticleScope | null {
  const doc = element.ownerDocument;
  let scope = articleScope(doc);
  if (scope.reaches(element)) return scope;
  const story = element.matches(STORY_SELECTOR) || element.querySelector(STORY_SELECTOR) !== null;
  if (!story && performance.now() - scope.computedAt < RECHECK_MS) return null;
  scope = articleScope(doc, { fresh: true });
  return scope.reaches(element) ? scope : null;
}

/** Element or text node? Without the global `Node`, so this also runs on a jsdom window in scripts. */
export function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT;
}

export function isText(node: Node): node is Text {
  return node.nodeType === TEXT;
}
