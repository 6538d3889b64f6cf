/**
 * The story of an article page: the story container that holds most of the
 * prose, or the densest block of paragraphs.
 */

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

/** Node.DOCUMENT_POSITION_FOLLOWING */
const FOLLOWING = 4;

export interface StoryInput {
  body: Element;
  /** The story's paragraphs: visible, with prose, outside boilerplate. */
  paragraphs: readonly Element[];
  lengths: ReadonlyMap<Element, number>;
  /** Story containers outside boilerplate. */
  containers: readonly Element[];
}

export interface Story {
  /** The story roots in document order, or the body when the page has too little prose to tell. */
  roots: Element[];
  /** Did the page have a story (or only the body)? */
  found: boolean;
}

/**
 * Prefers a story container (`article`, `main`, `[role=main]`) that holds
 * most of the prose; else the densest block of paragraphs; else the body.
 */
export function findStory({ body, paragraphs, lengths, containers: candidates }: StoryInput): Story {
  const total = new Map<Element, number>();
  for (const paragraph of paragraphs) {
    const length = lengths.get(paragraph)!;
    for (let node = paragraph.parentElement; node; node = node.parentElement) {
      total.set(node, (total.get(node) ?? 0) + length);
    }
  }
  // A Readability-style density: a paragraph counts fully for its parent and half for its grandparent.
  const density = new Map<Element, number>();
  for (const paragraph of paragraphs) {
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
  if (!densest || prose(densest) < MIN_STORY_CHARS) return { roots: [body], found: false };

  const containers = candidates.filter((element) => prose(element) >= MIN_STORY_CHARS);
  let chosen = containers.reduce<Element | undefined>(
    (best, element) => (!best || prose(element) > prose(best) ? element : best),
    undefined,
  );
  if (!chosen || prose(chosen) < CONTAINER_SHARE * prose(densest)) return { roots: [densest], found: true };
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
  return { roots: outermostInOrder([main, ...siblings]), found: true };
}

/** The elements none of the others contains, in document order. */
export function outermostInOrder(elements: readonly Element[]): Element[] {
  return elements
    .filter((element, index, all) => all.indexOf(element) === index)
    .filter((element, _, all) => !all.some((other) => other !== element && other.contains(element)))
    .sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
}
