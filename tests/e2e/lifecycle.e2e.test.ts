/**
 * Lifecycles a page puts us through: a feed that adds and drops thousands of
 * highlighted rows (our memory must stay bounded), a page that replaces its
 * <body> or rewrites itself with document.open(), the back/forward cache, and a card whose highlight the page removes. The
 * extension's own update, disable or removal is in lifecycle-update.e2e.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../../scripts/lib/chrome';
import { formatRowChurn, measureRowChurn, ROWS_PAGE, writeExtensionSettings } from '../../scripts/bench/row-churn';
import { CARD, HIGHLIGHT, startHarness, waitForHighlights, type Harness } from './setup';

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
  await writeExtensionSettings(harness, change);
}

describe('a feed that adds and drops 10,000 highlighted rows', () => {
  it('ends with our bookkeeping back near zero and our heap bounded', { timeout: 240_000 }, async () => {
    // The measurement `npm run bench -- --rows` prints (scripts/bench/row-churn.ts), here with its bounds.
    const figures = await measureRowChurn(harness, clean, harness.server.url(ROWS_PAGE));
    console.log(formatRowChurn(figures).join('\n'));
    expect(figures.retained).toBeDefined();
    expect(figures.retained!.splits).toBeLessThanOrEqual(5);
    expect(figures.retained!.mentionNodes).toBeLessThanOrEqual(5);
    expect(figures.oursBytes).toBeLessThan(MAX_RETAINED_BYTES);
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
