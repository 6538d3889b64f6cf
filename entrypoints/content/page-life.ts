/**
 * When the loader may start: not while the page is still loading, nor before
 * the reader sees it.
 *
 * Pages the reader has not seen yet: Chrome runs content scripts in pages it
 * prerenders for a likely next click. Nothing is read or sent before the
 * page is shown.
 */
export function isPrerendering(doc: Document): boolean {
  return (doc as { prerendering?: boolean }).prerendering === true;
}

export function whenShown(doc: Document): Promise<void> {
  if (!isPrerendering(doc)) return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('prerenderingchange', () => resolve(), { once: true }));
}

/**
 * The page's next idle moment (`requestIdleCallback`), or `timeoutMs` at the
 * latest on a page that keeps its main thread busy. A browser without idle
 * callbacks goes on after the current task.
 */
export function whenIdle(win: Window, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else win.setTimeout(resolve, 0);
  });
}
