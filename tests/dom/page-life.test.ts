// @vitest-environment jsdom
/**
 * A page Chrome prerenders runs our content script before the reader sees
 * it: nothing is read or sent until the page is shown.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { whenShown } from '../../entrypoints/content/page-life';

afterEach(() => {
  delete (document as { prerendering?: boolean }).prerendering;
});

describe('a prerendered page', () => {
  it('waits until the page is shown (prerenderingchange)', async () => {
    Object.defineProperty(document, 'prerendering', { configurable: true, value: true });
    let shown = false;
    const waiting = whenShown(document).then(() => (shown = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shown).toBe(false);
    Object.defineProperty(document, 'prerendering', { configurable: true, value: false });
    document.dispatchEvent(new Event('prerenderingchange'));
    await waiting;
    expect(shown).toBe(true);
  });

  it('goes on at once on a page that is not prerendering', async () => {
    await expect(whenShown(document)).resolves.toBeUndefined();
  });
});
