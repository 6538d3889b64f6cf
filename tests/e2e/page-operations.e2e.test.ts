/**
 * Page scripts at work on highlighted text, in the real extension: a
 * read-more wrapper, a wrap, hydration's clone, a glossary rewrite,
 * normalize(), a textContent rewrite, a detach and re-attach, a removal.
 * The reader must see exactly the text the page shows without Backstory,
 * and turning highlights off must leave the page's own DOM.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type LaunchedBrowser } from '../../scripts/lib/chrome';
import { HIGHLIGHT, setHighlights as setHighlightsOf, startHarness, waitForHighlights, type Harness } from './setup';

const PAGE = 'page-operations.html';
/** The operations that can be undone exactly: after highlights are off, the DOM is the page's own. */
const EXACT = ['p-move', 'p-wrap', 'p-clone', 'p-text', 'p-detach', 'p-remove'];
/** Rebuilt from a node's text, or merged: the text is the page's own, the nodes may be split differently. */
const TEXT_ONLY = ['p-rewrite', 'p-normalize'];
/** Longer than the watcher's wait (150 ms) and a pass, on a busy machine. */
const SETTLE_MS = 1_000;
/** The reader's case: the page moves its paragraph this long after load (3 s on the real page). */
const MOVE_DELAY_MS = 2_500;

let harness: Harness;
let clean: LaunchedBrowser;

beforeAll(async () => {
  harness = await startHarness();
  clean = await launchBrowser({ withExtension: false });
});

afterAll(async () => {
  // The clean browser first: its open connections to the harness's server would hold the server open.
  await clean?.close();
  await harness?.teardown();
});

interface Paragraphs {
  text: Record<string, string>;
  html: Record<string, string>;
  visible: string;
}

async function paragraphs(page: Page): Promise<Paragraphs> {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('#story p')];
    return {
      text: Object.fromEntries(all.map((p) => [p.id, p.textContent ?? ''])),
      html: Object.fromEntries(all.map((p) => [p.id, p.innerHTML])),
      visible: document.body.innerText,
    };
  });
}

async function runOperations(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { runPageOperations(): Promise<void> }).runPageOperations());
  await page.waitForTimeout(SETTLE_MS);
}

function setHighlights(on: boolean): Promise<void> {
  return setHighlightsOf(harness, on);
}

async function withoutExtension<T>(path: string, measure: (page: Page) => Promise<T>): Promise<T> {
  const page = await clean.context.newPage();
  try {
    await page.goto(harness.server.url(path));
    return await measure(page);
  } finally {
    await page.close();
  }
}

describe('a page that operates on highlighted text', () => {
  it("the reader's case: the story's paragraph moved into a wrapper after load keeps all its text", async () => {
    const path = `${PAGE}?delay=${MOVE_DELAY_MS}`;
    const expected = await withoutExtension(path, async (page) => {
      await page.waitForFunction(() => 'movedAt' in window);
      return paragraphs(page);
    });
    const page = await harness.open(path);
    await waitForHighlights(page);
    // The highlights must be up before the page moves the paragraph, or this proves nothing.
    expect(await page.evaluate(() => 'movedAt' in window)).toBe(false);
    expect(await page.locator(`#p-move ${HIGHLIGHT}`).count()).toBeGreaterThan(0);
    await page.waitForFunction(() => 'movedAt' in window);
    await page.waitForTimeout(SETTLE_MS);
    const seen = await paragraphs(page);
    expect(seen.text['p-move']).toBe(expected.text['p-move']);
    expect(seen.text['p-move']).toContain('and that NASA agreed to extend the seat swaps.');
    expect(seen.visible).toBe(expected.visible);
    // The moved paragraph still shows its names.
    expect(await page.locator(`#p-move span ${HIGHLIGHT}`).count()).toBeGreaterThan(0);
    await page.close();
  });

  it('every operation leaves the text the page shows without Backstory, and turning off leaves its DOM', async () => {
    const path = `${PAGE}?manual`;
    const expected = await withoutExtension(path, async (page) => {
      await runOperations(page);
      return paragraphs(page);
    });
    const page = await harness.open(path);
    await waitForHighlights(page);
    // Each paragraph the page will operate on is highlighted first.
    for (const id of [...EXACT, ...TEXT_ONLY]) {
      expect(await page.locator(`#${id} ${HIGHLIGHT}`).count(), id).toBeGreaterThan(0);
    }
    await runOperations(page);
    const seen = await paragraphs(page);
    expect(seen.text).toEqual(expected.text);
    expect(seen.visible).toBe(expected.visible);

    await setHighlights(false);
    await expect.poll(() => page.locator(HIGHLIGHT).count()).toBe(0);
    const off = await paragraphs(page);
    expect(off.text).toEqual(expected.text);
    for (const id of EXACT) expect(off.html[id], id).toBe(expected.html[id]);
    expect(off.visible).toBe(expected.visible);
    await setHighlights(true);
    await page.close();
  });
});
