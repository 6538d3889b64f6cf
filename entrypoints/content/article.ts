/**
 * The article scope the text walk follows: the page's content roots (its
 * story, or a listing page's main column: scope/layout.ts), cached per
 * document and looked at again when the page changes under them. Read-only
 * DOM queries, nothing here writes.
 */
import { STORY_SELECTOR } from './scope/boilerplate';
import type { ArticleLayout, PageKind } from './scope/layout';
import { findArticle } from './scope/layout';

export { findArticle, findArticleRoots, type ArticleLayout, type PageKind } from './scope/layout';
export { MIN_STORY_CHARS } from './scope/story';

const ELEMENT = 1;
const TEXT = 3;

/** The scope the text walker follows: walk through `above`, highlight inside `roots`, skip the rest. */
export class ArticleScope {
  readonly roots: ReadonlySet<Element>;
  /** An article's story, a listing page's main column, or the whole body. */
  readonly kind: PageKind;
  /** Ancestors of the roots: walked through, but their own text is outside the story. */
  readonly above: ReadonlySet<Element>;

  constructor(
    private readonly layout: ArticleLayout,
    /** When it was computed (performance.now()), to look again only so often. */
    readonly computedAt: number,
  ) {
    this.roots = new Set(layout.roots);
    this.kind = layout.kind;
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
