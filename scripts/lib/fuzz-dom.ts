/**
 * Round-trip fuzzing of the highlighter: random DOM trees (nested inline and
 * block elements, names split across elements, odd whitespace, RTL text,
 * emoji, <br>, comments, excluded elements, empty and adjacent text nodes)
 * are highlighted and cleared, and must come back exactly: the same HTML and
 * the very same node objects, each text node with its own text.
 *
 * Shared by tests/dom/fuzz.test.ts (a few thousand cases, fixed seed) and
 * `npm run fuzz` (as many as you like). Runs in any DOM with the globals a
 * browser has (jsdom in both). Under jsdom, give it a document of its own
 * (`document.implementation.createHTMLDocument()`): jsdom keeps every
 * NodeIterator mark.js creates on the global document until garbage
 * collection and walks them all on each node removal, so thousands of cases
 * in the global document slow down quadratically. Browsers do not.
 */
import { compileMatcher, localResolver } from '../../utils/matcher';
import { FUZZ_ALIASES, testTopics } from '../../tests/fixtures/aliases';
import { mulberry32 } from './random';
import { PageHighlights } from '../../entrypoints/content/page-highlights';
import { Watcher } from '../../entrypoints/content/watcher';
import { HIGHLIGHT_SELECTOR, HIGHLIGHT_TAG, isHighlightShaped } from '../../entrypoints/content/dom-contract';

const NAMES = [...new Set(FUZZ_ALIASES.map((alias) => alias.text))].concat(['Дмитрий Рогозин', 'Рогозин']);
const NEAR_MISSES = ['mission', 'NASAL', 'ISSUE', 'iss', 'Nasa', 'SpaceXcellent', 'Dragonfly', 'Soyuz2', '_ISS_'];
const WORDS = ['the', 'and', 'launch', 'orbit', 'crew', 'of', 'said', 'on', 'Tuesday', ',', '.', '—', '(', ')', '"'];
const RTL = ['ناسا', 'محطة الفضاء الدولية', 'שלום', 'חללית', '\u200f', '\u202eNASA\u202c', '\u2067ISS\u2069'];
const EMOJI = ['🚀', '👩‍🚀', '🇺🇸', '🛰️', '🧑🏽‍🚀', '🌍', '\u{1F680}NASA', 'ISS\u{1F6F0}'];
const SPACES = [' ', ' ', ' ', '  ', '\u00a0', '\n', '\t', '\u2009', '\u200b', '\r\n', ''];
const SPECIAL = ['<', '>', '&', '&amp;', '"', "'", '<b>NASA</b>', '\u00ad', 'e\u0301'];
const INLINE = ['b', 'i', 'em', 'strong', 'span', 'a', 'small', 'sup', 'sub', 'mark', 'q', 'abbr', 'x-widget', 'font'];
const BLOCK = ['p', 'div', 'li', 'blockquote', 'section', 'article', 'h2', 'td', 'figcaption'];
const EXCLUDED = ['code', 'pre', 'textarea', 'script', 'style', 'nav', 'button', 'kbd', 'noscript', 'template'];

interface Generator {
  rng: () => number;
  /** The rest of a name split by the previous text node: the next text node starts with it. */
  carry: string;
  nodes: number;
}

function pick<T>(rng: () => number, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

function token(gen: Generator): string {
  const roll = gen.rng();
  if (roll < 0.3) {
    const name = pick(gen.rng, NAMES);
    // Split a name so its parts land in different nodes (never to be highlighted).
    if (gen.rng() < 0.2 && name.length > 2) {
      const cut = 1 + Math.floor(gen.rng() * (name.length - 1));
      gen.carry = name.slice(cut);
      return name.slice(0, cut);
    }
    return name;
  }
  if (roll < 0.4) return pick(gen.rng, NEAR_MISSES);
  if (roll < 0.7) return pick(gen.rng, WORDS);
  if (roll < 0.78) return pick(gen.rng, RTL);
  if (roll < 0.86) return pick(gen.rng, EMOJI);
  if (roll < 0.92) return pick(gen.rng, SPECIAL);
  return pick(gen.rng, SPACES);
}

function text(gen: Generator): string {
  let out = gen.carry;
  gen.carry = '';
  const count = Math.floor(gen.rng() * 6);
  for (let i = 0; i < count && !gen.carry; i++) out += (i || out ? pick(gen.rng, SPACES) : '') + token(gen);
  return out;
}

function fill(doc: Document, parent: Node, gen: Generator, depth: number): void {
  const children = 1 + Math.floor(gen.rng() * (depth === 0 ? 8 : 4));
  for (let i = 0; i < children && gen.nodes < 120; i++) {
    gen.nodes++;
    const roll = gen.rng();
    if (roll < 0.4 || depth >= 4) {
      parent.appendChild(doc.createTextNode(text(gen)));
    } else if (roll < 0.62) {
      const element = doc.createElement(pick(gen.rng, INLINE));
      if (element.localName === 'a') element.setAttribute('href', 'https://example.invalid/story');
      if (gen.rng() < 0.1) element.setAttribute('dir', 'rtl');
      fill(doc, element, gen, depth + 1);
      parent.appendChild(element);
    } else if (roll < 0.75) {
      const element = doc.createElement(pick(gen.rng, BLOCK));
      if (gen.rng() < 0.1) element.setAttribute('lang', 'ru');
      fill(doc, element, gen, depth + 1);
      parent.appendChild(element);
    } else if (roll < 0.81) {
      parent.appendChild(doc.createElement('br'));
    } else if (roll < 0.86) {
      parent.appendChild(doc.createComment(` ${text(gen).replace(/--/g, '- -')} `));
    } else if (roll < 0.94) {
      const element = doc.createElement(pick(gen.rng, EXCLUDED));
      if (element.localName === 'script') element.setAttribute('type', 'text/plain');
      // Valid CSS in <style> (a name in a comment), so jsdom has nothing to complain about.
      const content =
        element.localName === 'style'
          ? `/* ${pick(gen.rng, NAMES)} */ p { color: red; }`
          : `${pick(gen.rng, NAMES)} ${text(gen)}`;
      element.appendChild(doc.createTextNode(content));
      parent.appendChild(element);
    } else if (roll < 0.97) {
      // Editable or hidden regions, and the page's own empty text node.
      const element = doc.createElement('div');
      const kind = pick(gen.rng, ['contenteditable', 'hidden', 'aria-hidden', 'input', 'empty']);
      if (kind === 'input') {
        const input = doc.createElement('input');
        input.setAttribute('value', 'NASA');
        parent.appendChild(input);
        continue;
      }
      if (kind === 'empty') {
        parent.appendChild(doc.createTextNode(''));
        continue;
      }
      element.setAttribute(kind, kind === 'aria-hidden' ? 'true' : kind === 'contenteditable' ? 'true' : '');
      element.appendChild(doc.createTextNode(`NASA ${text(gen)}`));
      parent.appendChild(element);
    } else {
      // Two adjacent text nodes: serialised as one, so only node identity tells them apart.
      parent.appendChild(doc.createTextNode(text(gen)));
      parent.appendChild(doc.createTextNode(`${pick(gen.rng, NAMES)}${text(gen)}`));
    }
  }
}

/** Builds a random tree under `container` from `seed`. */
export function buildRandomTree(doc: Document, container: Element, seed: number): void {
  const gen: Generator = { rng: mulberry32(seed), carry: '', nodes: 0 };
  fill(doc, container, gen, 0);
  if (gen.carry) container.appendChild(doc.createTextNode(gen.carry));
}

function allNodes(root: Node): Node[] {
  const nodes: Node[] = [];
  const walker = root.ownerDocument!.createTreeWalker(root, 0xffffffff);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
  return nodes;
}

/** Where a highlight must never be (the brief's list; the content script excludes more). */
const MUST_NOT_HOLD =
  'textarea, input, [contenteditable]:not([contenteditable="false"]), pre, code, script, style, nav';

export interface FuzzCase {
  seed: number;
  /** Highlights made; a fuzz run that never highlights proves nothing. */
  highlights: number;
  /** What went wrong, or an empty list. */
  problems: string[];
  html: string;
}

const matcher = compileMatcher(FUZZ_ALIASES);

/**
 * One case: build, highlight, check, clear, check; then once more (highlighting
 * again after a clear must round-trip too). Leaves the document as it found it.
 */
export async function roundTrip(
  doc: Document,
  seed: number,
  /** Runs between highlighting and clearing: lets the checker's own test damage the page. */
  meddle?: (container: Element) => void,
): Promise<FuzzCase> {
  const rng = mulberry32(seed ^ 0x5eed);
  const container = doc.createElement('div');
  container.id = `fuzz-${seed}`;
  buildRandomTree(doc, container, seed);
  doc.body.appendChild(container);
  const html = container.innerHTML;
  const text = container.textContent;
  const nodes = allNodes(container);
  const data = nodes.map((node) => (node.nodeType === 3 ? (node as Text).data : null));
  const problems: string[] = [];
  let highlights = 0;
  const page = new PageHighlights(localResolver(matcher), testTopics, {
    firstMentionOnly: rng() < 0.5,
    // Half the cases with the tag a page gets when it claimed the usual one (dom-contract.ts).
    tag: rng() < 0.5 ? HIGHLIGHT_TAG : `${HIGHLIGHT_TAG}-5eed`,
  });

  for (const round of [1, 2]) {
    const result = await page.highlightWithin(container);
    const marks = [...container.querySelectorAll(HIGHLIGHT_SELECTOR)];
    if (round === 1) highlights = marks.length;
    if (result.highlights !== marks.length) {
      problems.push(`round ${round}: reported ${result.highlights} highlights, the DOM has ${marks.length}`);
    }
    if (container.textContent !== text) problems.push(`round ${round}: highlighting changed the text`);
    for (const mark of marks) {
      const id = mark.getAttribute('data-backstory-entity')!;
      const markText = mark.textContent ?? '';
      if (!matcher.lookup(markText).some((entry) => entry.entityId === id)) {
        problems.push(`round ${round}: ${JSON.stringify(markText)} highlighted as ${id}`);
      }
      const holder = mark.parentElement?.closest(MUST_NOT_HOLD);
      if (holder) problems.push(`round ${round}: highlight inside <${holder.localName}>`);
      if (mark.querySelector('*')) problems.push(`round ${round}: a highlight holds elements`);
    }
    meddle?.(container);
    page.clear();
    if (container.innerHTML !== html) problems.push(`round ${round}: innerHTML differs after clearing`);
    const after = allNodes(container);
    if (after.length !== nodes.length || after.some((node, i) => node !== nodes[i])) {
      problems.push(`round ${round}: not the same node objects after clearing (${nodes.length} → ${after.length})`);
    } else if (after.some((node, i) => node.nodeType === 3 && (node as Text).data !== data[i])) {
      problems.push(`round ${round}: a text node's text changed after clearing`);
    }
    if (problems.length) break;
  }
  container.remove();
  return { seed, highlights, problems, html };
}

/**
 * What page scripts do to text that may hold our highlights: each takes the
 * page's own text node (one we may have split) and the paragraph it sits in.
 * `exact`: after highlights are turned off, the page's DOM must be exactly
 * what the same operation makes without Backstory; otherwise the text must
 * be the same (a script that rebuilt content from a node's text cannot be
 * undone exactly).
 */
export const PAGE_OPERATIONS: {
  name: string;
  exact: boolean;
  run: (node: Text, doc: Document) => void | Promise<void>;
}[] = [
  {
    name: 'move the parent’s children into a wrapper',
    exact: true,
    run(node, doc) {
      const parent = parentOf(node);
      const wrapper = doc.createElement('span');
      while (parent.firstChild) wrapper.append(parent.firstChild);
      parent.append(wrapper);
    },
  },
  {
    name: 'wrap the node',
    exact: true,
    run(node, doc) {
      const wrapper = doc.createElement('em');
      node.before(wrapper);
      wrapper.append(node);
    },
  },
  {
    name: 'move the node to the end of the tree',
    exact: true,
    run(node) {
      const top = topOf(node);
      top.append(node);
    },
  },
  {
    name: 'replace the node with a clone',
    exact: true,
    run(node) {
      node.replaceWith(node.cloneNode());
    },
  },
  {
    name: 'replace the node with an element built from its text',
    exact: false,
    run(node, doc) {
      const built = doc.createElement('span');
      built.textContent = node.data;
      node.replaceWith(built);
    },
  },
  {
    name: 'insert a rewrite before the node, then remove it',
    exact: false,
    run(node, doc) {
      const built = doc.createElement('font');
      built.textContent = node.data;
      node.parentNode!.insertBefore(built, node);
      node.remove();
    },
  },
  {
    name: 'normalize the parent',
    exact: false,
    run(node) {
      parentOf(node).normalize();
    },
  },
  {
    name: 'rewrite the parent’s textContent from itself',
    exact: true,
    run(node) {
      const parent = parentOf(node);
      const text = parent.textContent;
      parent.textContent = text;
    },
  },
  {
    name: 'detach the parent and attach it again later',
    exact: true,
    async run(node) {
      const parent = parentOf(node);
      const holder = parent.parentNode!;
      const next = parent.nextSibling;
      parent.remove();
      await new Promise((resolve) => setTimeout(resolve, 0));
      holder.insertBefore(parent, next);
    },
  },
  {
    name: 'detach the node and put it back later',
    exact: true,
    async run(node, doc) {
      // A placeholder marks the spot, as frameworks keep comment anchors.
      const anchor = doc.createComment('anchor');
      node.before(anchor);
      node.remove();
      await new Promise((resolve) => setTimeout(resolve, 0));
      anchor.replaceWith(node);
    },
  },
  {
    name: 'remove the node',
    exact: true,
    run(node) {
      node.remove();
    },
  },
  {
    name: 'rewrite every text node of the parent in place',
    exact: false,
    run(node, doc) {
      const walker = doc.createTreeWalker(parentOf(node), NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let text = walker.nextNode(); text; text = walker.nextNode()) nodes.push(text as Text);
      for (const text of nodes) text.data = text.data.toUpperCase();
    },
  },
];

/**
 * The element a page script works on: scripts find paragraphs by selector,
 * so they see the page's element, not our highlight around a name.
 */
function parentOf(node: Node): Element {
  let parent = node.parentElement!;
  while (isHighlightShaped(parent)) parent = parent.parentElement!;
  return parent;
}

function topOf(node: Node): Element {
  let top = parentOf(node);
  while (top.parentElement && !top.parentElement.id.startsWith('fuzz-')) top = top.parentElement;
  return top.parentElement ?? top;
}

function textNodesOf(root: Node): Text[] {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/**
 * One case of a page operating on highlighted text: the same random tree
 * twice, one highlighted and watched, the other without Backstory; the same
 * operation on the same page node of each; then the reader's text must be the
 * same, and, after highlights are turned off, the DOM too (for operations
 * that can be undone exactly).
 */
export async function operationRoundTrip(
  doc: Document,
  seed: number,
  /** Runs on our tree right after the page's operation: lets the checker's own test do what the old bug did. */
  meddle?: (container: Element) => void,
): Promise<FuzzCase & { operation: string }> {
  const rng = mulberry32(seed ^ 0x0b5e);
  const ours = doc.createElement('div');
  const twin = doc.createElement('div');
  ours.id = `fuzz-${seed}`;
  twin.id = `fuzz-twin-${seed}`;
  buildRandomTree(doc, ours, seed);
  buildRandomTree(doc, twin, seed);
  doc.body.append(ours, twin);
  const html = ours.innerHTML;
  const ourTexts = textNodesOf(ours);
  const twinTexts = textNodesOf(twin);
  const problems: string[] = [];
  let watcher: Watcher | undefined = undefined;
  const page: PageHighlights = new PageHighlights(localResolver(matcher), testTopics, {
    firstMentionOnly: rng() < 0.5,
    write: (write) => watcher!.mutate(write),
  });
  watcher = new Watcher(ours, page);
  watcher.start();
  await page.highlightWithin(ours);
  const highlights = ours.querySelectorAll(HIGHLIGHT_SELECTOR).length;
  // Prefer a node we split: that is where text can be lost.
  const split = ourTexts.map((node, index) => [node, index] as const).filter(([node]) => page.isSplit(node));
  const candidates = split.length ? split : ourTexts.map((node, index) => [node, index] as const);
  const operation = pick(rng, PAGE_OPERATIONS);
  const usable = candidates.filter(([node]) => node.parentNode && node.parentNode !== ours);
  if (usable.length) {
    const [node, index] = pick(rng, usable);
    await operation.run(twinTexts[index]!, doc);
    await operation.run(node, doc);
    meddle?.(ours);
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (ours.textContent !== twin.textContent) problems.push(`${operation.name}: the text differs from the page's own`);
    watcher.mutate(() => page.clear());
    if (ours.textContent !== twin.textContent) problems.push(`${operation.name}: the text differs after clearing`);
    if (ours.querySelector(HIGHLIGHT_SELECTOR)) problems.push(`${operation.name}: a highlight is left after clearing`);
    if (operation.exact && ours.innerHTML !== twin.innerHTML) {
      problems.push(`${operation.name}: the DOM differs from the page's own after clearing`);
    }
  }
  watcher.stop();
  ours.remove();
  twin.remove();
  return { seed, highlights, problems, html, operation: operation.name };
}

export interface FuzzRun {
  cases: number;
  failed: number;
  /** Cases that made at least one highlight. */
  highlighted: number;
  highlights: number;
  /** The first few failures, each with its seed (to run it again) and its tree. */
  failures: string[];
}

/**
 * `cases` cases of one kind from consecutive seeds, in `doc`, tallied. The
 * unit test and `npm run fuzz` both run their cases through here.
 */
export async function runFuzz<Case extends FuzzCase>(
  doc: Document,
  run: (doc: Document, seed: number) => Promise<Case>,
  options: { firstSeed: number; cases: number; keepFailures?: number; onCase?: (result: Case, index: number) => void },
): Promise<FuzzRun> {
  const { firstSeed, cases, keepFailures = 10, onCase } = options;
  const tally: FuzzRun = { cases, failed: 0, highlighted: 0, highlights: 0, failures: [] };
  for (let index = 0; index < cases; index++) {
    const result = await run(doc, firstSeed + index);
    if (result.highlights) tally.highlighted++;
    tally.highlights += result.highlights;
    if (result.problems.length) {
      tally.failed++;
      if (tally.failures.length < keepFailures) {
        tally.failures.push(`seed ${result.seed}: ${result.problems.join('; ')}\n  ${result.html}`);
      }
    }
    onCase?.(result, index);
  }
  return tally;
}
