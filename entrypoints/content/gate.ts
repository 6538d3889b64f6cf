/**
 * The first stage's only real work on a page: read its text once, cheaply,
 * and let the background say whether any name is in it. Read-only: a
 * TreeWalker over text nodes, no layout, no pattern on the page's thread.
 */

/** Text in these is never a story's (code, styles, data, form fields); XHTML names them in lower case. */
const NOT_TEXT = new Set(
  ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'IFRAME', 'OBJECT'].flatMap((name) => [
    name,
    name.toLowerCase(),
  ]),
);
/** No name is shorter than this (ISS, МКС); shorter text nodes are mostly spaces and punctuation. */
const MIN_TEXT_LENGTH = 2;

/** The text of the nodes under `roots`, joined with `separator`. */
export function pageText(roots: Iterable<Node>, separator: string): string {
  const parts: string[] = [];
  for (const root of roots) {
    if (root.nodeType === Node.TEXT_NODE) {
      const data = (root as Text).data;
      if (data.length >= MIN_TEXT_LENGTH && !NOT_TEXT.has(root.parentNode?.nodeName ?? '')) parts.push(data);
      continue;
    }
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (node.data.length >= MIN_TEXT_LENGTH && !NOT_TEXT.has(node.parentNode!.nodeName)) parts.push(node.data);
    }
  }
  return parts.join(separator);
}
