/**
 * Where highlights may go. Read-only DOM queries: nothing here writes.
 */
import { scopeFor } from './article';
import { CARD_HOST_SELECTOR, HIGHLIGHT_SELECTOR } from './dom-contract';

/**
 * Never highlight inside these: editable fields (a reader's own typing),
 * code, scripts and styles, navigation menus, form controls, and our own UI.
 */
export const EXCLUDED_SELECTOR = [
  'textarea',
  'input',
  'select',
  'option',
  'button',
  '[contenteditable]:not([contenteditable="false"])',
  'pre',
  'code',
  'kbd',
  'samp',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'math',
  'nav',
  'head',
  'title',
  '[hidden]',
  '[aria-hidden="true"]',
  // Our highlights, whatever their tag on this page (and a page's look-alikes: nothing to mark in those).
  HIGHLIGHT_SELECTOR,
  CARD_HOST_SELECTOR,
].join(',');

/** Inside these a highlight is hoverable but not a tab stop (no nested interactive controls). */
const INTERACTIVE_ANCESTOR = 'a[href], label, summary, [role="button"], [role="link"]';

export function isExcluded(element: Element): boolean {
  if (element.ownerDocument.designMode === 'on') return true;
  return element.closest(EXCLUDED_SELECTOR) !== null;
}

export function canTakeFocus(textNode: Text): boolean {
  return textNode.parentElement?.closest(INTERACTIVE_ANCESTOR) == null;
}

/**
 * A walker over the text nodes under `root` that skips excluded subtrees
 * wholesale (a rejected element's descendants are never visited), or null
 * when `root` itself sits in an excluded place.
 */
export function createTextWalker(root: Node): TreeWalker | null {
  const start = root.nodeType === Node.TEXT_NODE ? root.parentElement : (root as Element);
  if (!start || isExcluded(start)) return null;
  const doc = root.ownerDocument ?? (root as Document);
  // Only the story: the page's main content, not its menus, teasers, comments and ads (article.ts).
  const scope = scopeFor(start);
  if (!scope) return null;
  return doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        const element = node as Element;
        if (element.matches(EXCLUDED_SELECTOR) || !scope.admits(element)) return NodeFilter.FILTER_REJECT;
        return NodeFilter.FILTER_SKIP;
      }
      return scope.admitsText(node) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
}

/** The walker's nodes in order, including `root` itself when it is a text node. */
export function* eligibleTextNodes(walker: TreeWalker): Generator<Text> {
  if (walker.currentNode.nodeType === Node.TEXT_NODE) yield walker.currentNode as Text;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) yield node as Text;
}
