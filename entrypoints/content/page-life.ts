/**
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
