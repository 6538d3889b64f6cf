// @vitest-environment jsdom
/**
 * A page Chrome prerenders runs our content script before the reader sees
 * it: nothing is read or sent until the page is shown. And on any page the
 * loader waits for the page's first idle moment before it looks.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { whenIdle, whenShown } from '../../entrypoints/content/page-life';

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

describe("the page's first idle moment", () => {
  const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

  it('waits for an idle callback, with the timeout it is given', async () => {
    const callbacks: { run: () => void; timeout: number | undefined }[] = [];
    const win = {
      requestIdleCallback: (run: () => void, options?: { timeout?: number }) => {
        callbacks.push({ run, timeout: options?.timeout });
        return 1;
      },
    } as unknown as Window;
    let idle = false;
    const waiting = whenIdle(win, 1234).then(() => (idle = true));
    await tick();
    expect(idle).toBe(false);
    expect(callbacks.map((callback) => callback.timeout)).toEqual([1234]);
    callbacks[0]!.run();
    await waiting;
    expect(idle).toBe(true);
  });

  it('goes on after the current task where there are no idle callbacks', async () => {
    const win = { setTimeout: (run: () => void, ms: number) => setTimeout(run, ms) } as unknown as Window;
    let idle = false;
    const waiting = whenIdle(win, 1000).then(() => (idle = true));
    expect(idle).toBe(false);
    await waiting;
    expect(idle).toBe(true);
  });
});
