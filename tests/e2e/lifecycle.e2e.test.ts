/**
 * Lifecycles a page puts us through: a feed that adds and drops thousands of
 * highlighted rows (our memory must stay bounded), a page that replaces its
 * <body> or rewrites itself with document.open(), the back/forward cache, and a card whose highlight the page removes. The
 * extension's own update, disable or removal is in lifecycle-update.e2e.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launchBrowser, type LaunchedBrowser } from '../../scripts/lib/chrome';
import { CARD, HIGHLIGHT, startHarness, waitForHighlights, type Harness } from './setup';

/** Rows the feed adds and drops in all, and how many at a time. */
const ROWS = 10_000;
const BATCH = 2_000;
/**
 * What our bookkeeping may keep after the feed dropped every row: under a
 * megabyte of working state (measured: about 0.7 MB, mostly the tables our
 * weak maps grew to while 2,000 rows were up), where keeping the dropped rows
 * alive was 5.3 MB (each row a paragraph, its text and our pieces).
 */
const MAX_RETAINED_BYTES = 2_000_000;

let harness: Harness;
let clean: LaunchedBrowser;

beforeAll(async () => {
  // The back/forward cache on, as for a reader (Playwright switches it off by default).
  harness = await startHarness({ backForwardCache: true });
  clean = await launchBrowser({ withExtension: false });
});

afterAll(async () => {
  await clean?.close();
  await harness?.teardown();
});

async function setSettings(change: Record<string, unknown>): Promise<void> {
  const options = await harness.openExtensionPage('options');
  await options.evaluate(async (next) => {
    const { chrome } = globalThis as unknown as {
      chrome: {
        storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
      };
    };
    const stored = (await chrome.storage.local.get('settings')).settings ?? {};
    await chrome.storage.local.set({ settings: { ...(stored as object), ...next } });
  }, change);
  await options.close();
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** Evaluates an expression in our content script's isolated world, through the DevTools protocol. */
async function inOurWorld<T>(cdp: CDPSession, expression: string): Promise<T> {
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  await expect.poll(() => contexts.some((context) => context.origin.startsWith('chrome-extension://'))).toBe(true);
  const ours = contexts.find((context) => context.origin.startsWith(`chrome-extension://${harness.extensionId}`))!;
  const { result } = await cdp.send('Runtime.evaluate', { expression, contextId: ours.id, returnByValue: true });
  await cdp.send('Runtime.disable');
  return result.value as T;
}

/** The feed's whole life: add a batch, wait until it is highlighted (with the extension), drop it. */
async function churn(page: Page, highlighted: boolean): Promise<void> {
  for (let added = 0; added < ROWS; added += BATCH) {
    await page.evaluate((count) => (window as unknown as { addRows(n: number): void }).addRows(count), BATCH);
    if (highlighted) {
      await page.waitForFunction(
        (count) => document.querySelectorAll('#rows [data-backstory-entity]').length >= count,
        BATCH,
        {
          timeout: 20_000,
        },
      );
    }
    await page.evaluate(() => (window as unknown as { dropRows(): void }).dropRows());
  }
}

async function measureChurn(browser: LaunchedBrowser, highlighted: boolean) {
  const page = await browser.context.newPage();
  await page.goto(harness.server.url('rows.html'));
  if (highlighted) await waitForHighlights(page);
  const cdp = await browser.context.newCDPSession(page);
  const before = await heapAfterGc(cdp);
  await churn(page, highlighted);
  await page.waitForTimeout(500);
  const after = await heapAfterGc(cdp);
  return { page, cdp, grew: after - before };
}

describe('a feed that adds and drops 10,000 highlighted rows', () => {
  it('ends with our bookkeeping back near zero and our heap bounded', { timeout: 240_000 }, async () => {
    await setSettings({ firstMentionOnly: false });
    const ours = await measureChurn(harness, true);
    const retained = await inOurWorld<{ splits: number; mentionNodes: number }>(
      ours.cdp,
      "globalThis[Symbol.for('backstory.retained')]?.()",
    );
    const baseline = await measureChurn(clean, false);
    const extra = ours.grew - baseline.grew;
    console.log(
      `memory after ${ROWS} rows: heap grew ${(ours.grew / 1024).toFixed(0)} KB with Backstory, ` +
        `${(baseline.grew / 1024).toFixed(0)} KB without; ours ${(extra / 1024).toFixed(0)} KB; retained ${JSON.stringify(retained)}`,
    );
    expect(retained.splits).toBeLessThanOrEqual(5);
    expect(retained.mentionNodes).toBeLessThanOrEqual(5);
    expect(extra).toBeLessThan(MAX_RETAINED_BYTES);
    await ours.page.close();
    await baseline.page.close();
    await setSettings({ firstMentionOnly: true });
  });
});

describe('a page that replaces itself', () => {
  it('is highlighted again after it replaces its <body>, and its cards open', async () => {
    const page = await harness.open('replace-body.html');
    await waitForHighlights(page);
    await page.evaluate(() => (window as unknown as { replaceBody(): void }).replaceBody());
    await expect.poll(() => page.locator(`#replaced ${HIGHLIGHT}`).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.locator('#replaced [data-backstory-entity="spacex"]').hover();
    await page.locator(CARD).waitFor({ state: 'visible' });
    await page.close();
  });

  it('is highlighted again after document.open() rewrote it, and its cards open', async () => {
    const page = await harness.open('replace-body.html');
    await waitForHighlights(page);
    await page.evaluate(() => (window as unknown as { rewriteDocument(): void }).rewriteDocument());
    await expect.poll(() => page.locator(`#rewritten ${HIGHLIGHT}`).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.locator('#rewritten [data-backstory-entity="roscosmos"]').hover();
    await page.locator(CARD).waitFor({ state: 'visible' });
    await page.close();
  });
});

describe('a card whose highlight the page removes', () => {
  it('closes instead of staying next to nothing', async () => {
    const page = await harness.open('iss-story.html');
    await waitForHighlights(page);
    await page.locator('#p-offer [data-backstory-entity="nasa"]').hover();
    await page.locator(CARD).waitFor({ state: 'visible' });
    await page.evaluate(() => document.getElementById('p-offer')!.remove());
    await page.locator('div[data-backstory-card]').waitFor({ state: 'detached', timeout: 5_000 });
    await page.close();
  });
});

describe('pages the reader comes back to', () => {
  it('a page back from the back/forward cache follows the settings changed while it slept', async () => {
    const page = await harness.context.newPage();
    await page.addInitScript(() => {
      window.addEventListener('pageshow', (event) => {
        (window as unknown as { restored: boolean }).restored = event.persisted;
      });
    });
    await page.goto(harness.server.url('iss-story.html'));
    await waitForHighlights(page);
    await page.goto(harness.server.url('no-names.html'));
    await setSettings({ enabled: false });
    await page.goBack({ waitUntil: 'commit' });
    await page.waitForFunction(() => 'restored' in window);
    expect(await page.evaluate(() => (window as unknown as { restored: boolean }).restored)).toBe(true);
    await expect.poll(() => page.locator(HIGHLIGHT).count()).toBe(0);
    await setSettings({ enabled: true });
    await expect.poll(() => page.locator(HIGHLIGHT).count()).toBeGreaterThan(0);
    await page.close();
  });
});
