/**
 * Tells the loader when the page replaced its <body> (`document.body = …`,
 * a framework swapping the whole page) or rewrote the document
 * (`document.open()`, which also drops every event listener on the document
 * and the window, ours included). Only the document's and the root element's
 * own children are observed: a page's ordinary changes never reach here.
 */
export function watchRoots(doc: Document, onChange: () => void, signal: AbortSignal): void {
  let root: Element | null = null;
  let body = doc.body;
  const observer = new MutationObserver(() => {
    if (doc.documentElement !== root) observeRoot();
    if (doc.body !== body) {
      body = doc.body;
      onChange();
    }
  });
  function observeRoot(): void {
    observer.disconnect();
    observer.observe(doc, { childList: true });
    root = doc.documentElement;
    if (root) observer.observe(root, { childList: true });
  }
  observeRoot();
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
