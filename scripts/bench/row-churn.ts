/**
 * The memory a feed costs us: `tests/fixtures/pages/rows.html` adds 10,000
 * highlighted rows, 2,000 at a time, and drops each batch (a live blog, a
 * virtual list, a single-page app's recycled rows). Measured with the DevTools
 * protocol: the page's heap after garbage collection, before and after the
 * churn, in a browser with the built extension and in one without; what we
 * keep is the difference. Our isolated world's counters say what our
 * bookkeeping still holds (split nodes, nodes with mentions).
 *
 *   npm run bench -- --rows [--json]
 *
 * The end-to-end test (tests/e2e/lifecycle.e2e.test.ts) runs the same
 * measurement and asserts its bounds; this prints the figures.
 */
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchBrowser, type LaunchedBrowser } from '../lib/chrome';
import { serveFolder } from '../lib/server';

export const ROWS_PAGES = resolve(import.meta.dirname, '../../tests/fixtures/pages');
export const ROWS_PAGE = 'rows.html';
/** Rows the feed adds and drops in all, and how many at a time. */
export const ROWS = 10_000;
export const BATCH = 2_000;
/** What the built extension marks. */
const HIGHLIGHT = '[data-backstory-entity]';
/** Garbage collections before reading the heap: one pass can leave what the next would free. */
const GC_PASSES = 3;
/** After the last drop, time for our watcher to hear of it and let go (it reacts within a frame or two). */
const SETTLE_MS = 500;
/** A batch of 2,000 rows is highlighted in a few seconds on a busy 2-core machine. */
const BATCH_TIMEOUT_MS = 20_000;
/** Our content script's world appears within this after the page loads. */
const WORLD_TIMEOUT_MS = 10_000;
/** Where the content script lets the DevTools protocol read its counters (entrypoints/content/session.ts). */
const RETAINED_EXPRESSION = "globalThis[Symbol.for('backstory.retained')]?.()";

/** What our bookkeeping holds: text nodes we split, text nodes whose mentions the popup counts. */
export interface Retained {
  splits: number;
  mentionNodes: number;
}

export interface RowChurnFigures {
  rows: number;
  batch: number;
  /** Heap growth over the churn, after GC, with the built extension. */
  withBackstoryBytes: number;
  /** The same without any extension: what the page itself keeps. */
  withoutBytes: number;
  /** withBackstoryBytes − withoutBytes: what we keep. */
  oursBytes: number;
  /** Our world's counters after the churn; undefined when the content script did not answer. */
  retained: Retained | undefined;
}

/**
 * Writes settings into the extension's storage from its options page, as a
 * reader's change would land; returns what the changed keys held before.
 */
export async function writeExtensionSettings(
  browser: LaunchedBrowser,
  change: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const previous = await options.evaluate(async (next) => {
    const { chrome } = globalThis as unknown as {
      chrome: {
        storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
      };
    };
    const stored = ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
    await chrome.storage.local.set({ settings: { ...stored, ...next } });
    return Object.fromEntries(Object.keys(next).map((key) => [key, stored[key]]));
  }, change);
  await options.close();
  return previous;
}

export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  for (let pass = 0; pass < GC_PASSES; pass++) await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** Evaluates an expression in the extension's isolated world of a page, through the DevTools protocol. */
export async function inExtensionWorld<T>(cdp: CDPSession, extensionId: string, expression: string): Promise<T> {
  const origin = `chrome-extension://${extensionId}`;
  const contexts: { id: number; origin: string }[] = [];
  const listener = ({ context }: { context: { id: number; origin: string } }) => contexts.push(context);
  cdp.on('Runtime.executionContextCreated', listener);
  try {
    // Enabling reports every context that exists already.
    await cdp.send('Runtime.enable');
    const deadline = Date.now() + WORLD_TIMEOUT_MS;
    let ours = contexts.find((context) => context.origin === origin);
    while (!ours && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 50));
      ours = contexts.find((context) => context.origin === origin);
    }
    if (!ours) throw new Error(`no ${origin} world in the page`);
    const { result } = await cdp.send('Runtime.evaluate', { expression, contextId: ours.id, returnByValue: true });
    return result.value as T;
  } finally {
    cdp.off('Runtime.executionContextCreated', listener);
    await cdp.send('Runtime.disable');
  }
}

/** The feed's whole life: add a batch, wait until it is highlighted (with the extension), drop it. */
async function churn(page: Page, highlighted: boolean): Promise<void> {
  for (let added = 0; added < ROWS; added += BATCH) {
    await page.evaluate((count) => (window as unknown as { addRows(n: number): void }).addRows(count), BATCH);
    if (highlighted) {
      await page.waitForFunction(
        ({ selector, count }) => document.querySelectorAll(`#rows ${selector}`).length >= count,
        { selector: HIGHLIGHT, count: BATCH },
        { timeout: BATCH_TIMEOUT_MS },
      );
    }
    await page.evaluate(() => (window as unknown as { dropRows(): void }).dropRows());
  }
}

/** Loads the feed in `browser`, churns it, and returns the open page and how much its heap grew. */
export async function measureChurn(
  browser: LaunchedBrowser,
  url: string,
  highlighted: boolean,
): Promise<{ page: Page; cdp: CDPSession; grew: number }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  if (highlighted) await page.waitForSelector(HIGHLIGHT);
  const cdp = await browser.context.newCDPSession(page);
  const before = await heapAfterGc(cdp);
  await churn(page, highlighted);
  await page.waitForTimeout(SETTLE_MS);
  const after = await heapAfterGc(cdp);
  return { page, cdp, grew: after - before };
}

/**
 * The whole measurement on two running browsers: `withBackstory` has the
 * built extension, with every mention marked (first-mention mode would mark
 * one row per name), `without` has none. The extension's settings are left as
 * they were found.
 */
export async function measureRowChurn(
  withBackstory: LaunchedBrowser,
  without: LaunchedBrowser,
  url: string,
): Promise<RowChurnFigures> {
  const previous = await writeExtensionSettings(withBackstory, { firstMentionOnly: false });
  try {
    const ours = await measureChurn(withBackstory, url, true);
    const retained = await inExtensionWorld<Retained | undefined>(
      ours.cdp,
      withBackstory.extensionId,
      RETAINED_EXPRESSION,
    );
    await ours.page.close();
    const baseline = await measureChurn(without, url, false);
    await baseline.page.close();
    return {
      rows: ROWS,
      batch: BATCH,
      withBackstoryBytes: ours.grew,
      withoutBytes: baseline.grew,
      oursBytes: ours.grew - baseline.grew,
      retained,
    };
  } finally {
    await writeExtensionSettings(withBackstory, previous);
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0).padStart(7)} KB`;

export function formatRowChurn(figures: RowChurnFigures): string[] {
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  // The page's standing paragraph above the rows names NASA: one split node and one node with mentions are its.
  const retained = figures.retained
    ? `${count(figures.retained.splits, 'split text node')}, ` +
      `${count(figures.retained.mentionNodes, 'text node')} with mentions (the page keeps one of each above the rows)`
    : '(our content script did not answer)';
  return [
    `a feed that adds and drops ${figures.rows.toLocaleString('en')} highlighted rows, ${figures.batch.toLocaleString('en')} at a time (${ROWS_PAGE}); heap after GC:`,
    `  heap grew with Backstory     ${kb(figures.withBackstoryBytes)}`,
    `  heap grew without            ${kb(figures.withoutBytes)}`,
    `  ours (with − without)        ${kb(figures.oursBytes)}`,
    `  our bookkeeping still holds  ${retained}`,
  ];
}

/** `npm run bench -- --rows [--json]`: the built extension, whatever `.output/chrome-mv3` holds. */
export async function printRowChurn(json: boolean): Promise<void> {
  const server = await serveFolder(ROWS_PAGES);
  const withBackstory = await launchBrowser();
  const without = await launchBrowser({ withExtension: false });
  try {
    const figures = await measureRowChurn(withBackstory, without, server.url(ROWS_PAGE));
    if (json) console.log(JSON.stringify({ mode: 'rows', ...figures }, null, 2));
    else for (const line of formatRowChurn(figures)) console.log(line);
  } finally {
    await withBackstory.close();
    await without.close();
    await server.close();
  }
}
