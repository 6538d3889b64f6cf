/**
 * The first stage's only real work on a page: read its text once, cheaply,
 * and let the background say whether any name is in it. Read-only, no
 * pattern on the page's thread.
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

/** A text node long enough for a name, outside code, styles and form fields. */
function mayHoldName(node: Text): boolean {
  return node.data.length >= MIN_TEXT_LENGTH && !NOT_TEXT.has(node.parentNode?.nodeName ?? '');
}

/**
 * The text under `roots`, joined with `separator`: the whole page for the
 * first look, the nodes the page added for later ones. An element is read as
 * the reader sees it, in one native `innerText` read. Walking its text nodes
 * instead makes this isolated world create a wrapper object for every node
 * it touches, the first time it touches it, which was most of the loader's
 * cost on pages without a name (1.7 ms on a 2,000-node page, 13.5 ms on
 * 8,900 nodes, against 0.6 and 2.4 ms for `innerText`; and a page's own
 * script adding a large block after load cost the next look 2.3 ms). The
 * rendered text also leaves out scripts, styles and hidden parts, so less of
 * it is sent. `innerText` lays the page out if it is not already (at
 * document_idle it almost always is; a batch of added nodes is read after a
 * delay, when the page has usually drawn them). An element that is not
 * rendered at all gives its whole text, hidden scripts too: at worst the
 * highlighting stage loads and finds nothing to mark. Where there is no
 * layout (a DOM without rendering, an SVG element) the text nodes are walked.
 */
export function pageText(roots: Iterable<Node>, separator: string): string {
  const parts: string[] = [];
  for (const root of roots) {
    if (root.nodeType === Node.TEXT_NODE) {
      if (mayHoldName(root as Text)) parts.push((root as Text).data);
      continue;
    }
    if (NOT_TEXT.has(root.nodeName)) continue;
    const rendered = (root as { innerText?: unknown }).innerText;
    if (typeof rendered === 'string') {
      if (rendered.length >= MIN_TEXT_LENGTH) parts.push(rendered);
      continue;
    }
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (mayHoldName(node)) parts.push(node.data);
    }
  }
  return parts.join(separator);
}
