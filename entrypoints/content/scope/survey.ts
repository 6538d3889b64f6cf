/**
 * One read-only walk over the page: its visible paragraphs, story containers
 * and links, and how much prose (paragraph text that is not link text) each
 * element holds.
 */

/** Text that no reader sees (with `[hidden]` and `[aria-hidden=true]`), not counted as prose. */
const HIDDEN_TAGS = new Set(['script', 'style', 'noscript', 'template']);

export interface Survey {
  /** Visible paragraphs, in document order. */
  paragraphs: Element[];
  /** Visible story containers (`article`, `main`, `[role=main]`, `[itemprop=articleBody]`), in document order. */
  containers: Element[];
  /** Visible links with an address, outside paragraphs (a link inside prose is not a headline), in document order. */
  links: Element[];
}

export function isStoryContainer(element: Element): boolean {
  const name = element.localName;
  return (
    name === 'article' ||
    name === 'main' ||
    element.getAttribute('role') === 'main' ||
    element.getAttribute('itemprop') === 'articleBody'
  );
}

/**
 * The visible paragraphs, story containers and links under the body, in
 * document order: one walk that steps over hidden subtrees. (A walk, not
 * `querySelectorAll`: it skips hidden parts whole, and jsdom runs it as fast.)
 */
export function survey(body: Element): Survey {
  const paragraphs: Element[] = [];
  const containers: Element[] = [];
  const links: Element[] = [];
  let node: Element | null = body.firstElementChild;
  while (node) {
    const name = node.localName;
    if (!isHidden(node)) {
      if (name === 'p') paragraphs.push(node);
      else if (name === 'a') {
        if (node.hasAttribute('href')) links.push(node);
      } else if (isStoryContainer(node)) containers.push(node);
      if (name !== 'p' && node.firstElementChild) {
        node = node.firstElementChild;
        continue;
      }
    }
    while (node && node !== body && !node.nextElementSibling) node = node.parentElement;
    node = node && node !== body ? node.nextElementSibling : null;
  }
  return { paragraphs, containers, links };
}

function isHidden(element: Element): boolean {
  return (
    HIDDEN_TAGS.has(element.localName) ||
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true'
  );
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * How much text a reader sees in the element (script and style sources and
 * hidden parts left out; `textContent` counts them, and pages inline kilobytes
 * of them), and how much of it comes before `mark`. Elements `skip` names are
 * left out with their text. Whitespace around each text node is not counted:
 * it is the page source's indentation. Counting stops once `limit` is
 * reached: a caller that only compares with a bound need not read the rest.
 */
export function visibleText(
  element: Element,
  { mark, skip, limit = Infinity }: { mark?: Element; skip?: (element: Element) => boolean; limit?: number } = {},
): { total: number; before: number } {
  let total = 0;
  let before = -1;
  let node: Node | null = element.firstChild;
  while (node && total < limit) {
    let enter = false;
    if (node.nodeType === TEXT_NODE) total += (node as Text).data.trim().length;
    else if (node.nodeType === ELEMENT_NODE) {
      if (node === mark) before = total;
      enter = !isHidden(node as Element) && !skip?.(node as Element);
    }
    if (enter && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== element && !node.nextSibling) node = node.parentNode;
    node = node && node !== element ? node.nextSibling : null;
  }
  return { total, before: before === -1 ? total : before };
}

/** Visible text of a paragraph that is not link text: prose, not a list of links. */
export function proseLength(paragraph: Element): number {
  let length = (paragraph.textContent ?? '').trim().length;
  if (!paragraph.firstElementChild) return length;
  for (const link of paragraph.querySelectorAll('a')) length -= (link.textContent ?? '').length;
  return Math.max(0, length);
}

/** Prose per element, summed up the tree from each paragraph. */
export function proseTotals(
  paragraphs: readonly Element[],
  lengths: ReadonlyMap<Element, number>,
): Map<Element, number> {
  const total = new Map<Element, number>();
  for (const paragraph of paragraphs) {
    const length = lengths.get(paragraph) ?? 0;
    for (let node = paragraph.parentElement; node; node = node.parentElement) {
      total.set(node, (total.get(node) ?? 0) + length);
    }
  }
  return total;
}

/** Is the element inside (or itself) one for which `test` holds, below `body`? Memoised up the tree. */
export function insideWhere(body: Element, test: (element: Element) => boolean): (element: Element | null) => boolean {
  const inside = new Map<Element, boolean>();
  const check = (element: Element | null): boolean => {
    if (!element || element === body) return false;
    let answer = inside.get(element);
    if (answer === undefined) {
      answer = test(element) || check(element.parentElement);
      inside.set(element, answer);
    }
    return answer;
  };
  return check;
}
