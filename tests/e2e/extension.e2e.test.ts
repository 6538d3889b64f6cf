import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { CARD, HIGHLIGHT, bodyHtml, entityIds, startHarness, useHarness, waitForHighlights } from './setup';
import { EXTENSION_DIR } from '../../scripts/lib/chrome';
import { buildSizes } from '../../scripts/bench/manifest';
import { STAGE_FILES } from '../../entrypoints/content/stage-files';

const STORY = 'iss-story.html';
const STORY_ENTITIES = [
  'cady-coleman',
  'crew-dragon',
  'dmitry-rogozin',
  'elon-musk',
  'iss',
  'mark-vande-hei',
  'nasa',
  'roscosmos',
  'russian-orbital-segment',
  'sanctions-2022',
  'scott-kelly',
  'soyuz',
  'spacex',
  'us-orbital-segment',
];

/** Screenshots the README shows; the tests make them, so they always show the current build. */
const SCREENSHOTS = resolve(import.meta.dirname, 'screenshots');

let baselineStoryHtml: string;

beforeAll(async () => {
  // The page as it is without the extension: what turning highlights off must give back.
  const clean = await startHarness({ withExtension: false });
  const page = await clean.open(STORY);
  baselineStoryHtml = await bodyHtml(page);
  await clean.teardown();
});

const harness = useHarness();

async function setSwitch(page: Page, name: string, on: boolean): Promise<void> {
  const control = page.getByRole('switch', { name });
  if ((await control.isChecked()) !== on) await control.click();
  await expect.poll(() => control.isChecked()).toBe(on);
}

describe('reading a news story with Backstory', () => {
  it('highlights the names the story mentions, and nothing where a reader types or reads code', async () => {
    const page = await harness.open(STORY);
    await waitForHighlights(page);
    expect([...new Set(await entityIds(page))].sort()).toEqual(STORY_ENTITIES);
    const misplaced = await page.$$eval(
      HIGHLIGHT,
      (els) => els.filter((el) => el.closest('nav, pre, code, textarea, [contenteditable="true"], form')).length,
    );
    expect(misplaced).toBe(0);
    expect(await page.inputValue('#comment-name')).toBe('Elon Musk fan');
    expect(await page.textContent('#draft')).toBe('Draft note: ask Roscosmos for comment.');
  });

  it('opens the card after hovering a highlight, keeps it while the pointer is on it, and closes it after leaving', async () => {
    const page = await harness.open(STORY);
    await waitForHighlights(page);
    const rogozin = page.locator('#p-threat [data-backstory-entity="dmitry-rogozin"]').first();
    await rogozin.hover();
    const card = page.locator(CARD);
    await card.waitFor({ state: 'visible' });
    await expect.poll(() => card.getAttribute('role')).toBe('dialog');
    expect(await card.locator('h2').textContent()).toBe('Dmitry Rogozin');
    // Short: the summary and the most relevant facts, the rest behind a disclosure, within 300 px.
    expect(
      await card
        .getByRole('button', { name: /^\d+ more$/ })
        .first()
        .getAttribute('aria-expanded'),
    ).toBe('false');
    expect((await card.boundingBox())!.height).toBeLessThanOrEqual(300);
    const links = card.locator('a');
    expect(await links.count()).toBeGreaterThanOrEqual(2);
    for (const link of await links.all()) {
      expect(await link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(await rogozin.getAttribute('aria-expanded')).toBe('true');
    await page.screenshot({ path: resolve(SCREENSHOTS, 'card.png') });

    // From the highlight onto the card: it stays.
    const box = (await card.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 20, { steps: 4 });
    await page.waitForTimeout(700);
    expect(await card.isVisible()).toBe(true);

    // The card is inside the viewport.
    const viewport = page.viewportSize()!;
    const placed = (await card.boundingBox())!;
    expect(placed.x).toBeGreaterThanOrEqual(0);
    expect(placed.y).toBeGreaterThanOrEqual(0);
    expect(placed.x + placed.width).toBeLessThanOrEqual(viewport.width);
    expect(placed.y + placed.height).toBeLessThanOrEqual(viewport.height);

    // Away from both: it closes after the hide delay.
    await page.mouse.move(5, viewport.height - 5, { steps: 4 });
    await card.waitFor({ state: 'detached' });
    expect(await rogozin.getAttribute('aria-expanded')).toBe('false');
  });

  it('does not open a card when the pointer only sweeps across a highlight', async () => {
    const page = await harness.open(STORY);
    await waitForHighlights(page);
    const box = (await page.locator('#p-offer [data-backstory-entity="spacex"]').first().boundingBox())!;
    await page.mouse.move(box.x - 40, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width + 40, box.y + box.height / 2, { steps: 3 });
    await page.waitForTimeout(600);
    expect(await page.locator(CARD).count()).toBe(0);
  });

  it('opens the card on keyboard focus, Enter goes into it and Tab reaches its links, Escape returns focus', async () => {
    const page = await harness.open(STORY);
    await waitForHighlights(page);
    const first = page.locator(`${HIGHLIGHT}[tabindex="0"]`).first();
    await first.focus();
    const card = page.locator(CARD);
    await card.waitFor({ state: 'visible' });
    const entity = await first.getAttribute('data-backstory-entity');
    // Tab from a name goes to the next name; Enter (or Space, or Down) goes into its card.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const focusedHref = await page.evaluate(() => {
      const host = document.activeElement;
      return host?.shadowRoot?.activeElement?.getAttribute('href') ?? host?.shadowRoot?.activeElement?.tagName ?? null;
    });
    expect(focusedHref).not.toBeNull();
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-backstory-entity'))).toBe(entity);
  });

  it('the popup switch removes every highlight, restores the page exactly, and brings them back', async () => {
    const story = await harness.open(STORY);
    await waitForHighlights(story);
    expect(await bodyHtml(story)).not.toBe(baselineStoryHtml);

    const popup = await harness.openExtensionPage('popup');
    await setSwitch(popup, 'Highlights', false);
    await expect.poll(() => story.locator(HIGHLIGHT).count()).toBe(0);
    expect(await bodyHtml(story)).toBe(baselineStoryHtml);

    await setSwitch(popup, 'Highlights', true);
    await expect.poll(async () => new Set(await entityIds(story)).size).toBe(STORY_ENTITIES.length);
  });

  it('the popup lists the names found on the page, grouped by topic, with counts', async () => {
    const story = await harness.open(STORY);
    await waitForHighlights(story);
    const popup = await harness.openExtensionPage('popup');
    // The popup asks the active tab: make the story active, then load the popup again.
    await story.bringToFront();
    await popup.reload();
    const people = popup.getByRole('region', { name: 'People' });
    await people.waitFor();
    expect(await people.getByText('Dmitry Rogozin').count()).toBe(1);
    // The story names NASA twice in its text (the nav, the code block and the aside outside the
    // story do not count); first-mention mode marks one of them, and the popup counts both.
    expect(await story.locator('[data-backstory-entity="nasa"]').count()).toBe(1);
    const agencies = popup.getByRole('region', { name: 'Space agencies' });
    // The count reads "NASA, 2 mentions" to a screen reader.
    expect(await agencies.getByRole('button', { name: /^NASA\W+2 mentions$/ }).count()).toBe(1);
    await popup.setViewportSize({ width: 360, height: 640 });
    await popup.screenshot({ path: resolve(SCREENSHOTS, 'popup.png') });
  });

  it('the popup says so honestly when a page has no names from the dataset', async () => {
    const empty = await harness.open('no-names.html');
    const popup = await harness.openExtensionPage('popup');
    await empty.bringToFront();
    await popup.reload();
    await popup.getByText('No names from the dataset on this page.').waitFor();
  });

  it('an options change re-highlights open tabs live', async () => {
    const story = await harness.open(STORY);
    await waitForHighlights(story);
    const options = await harness.openExtensionPage('options');
    const people = options.getByRole('checkbox', { name: /People/ });
    await people.uncheck();
    await expect.poll(() => story.locator('[data-backstory-entity="dmitry-rogozin"]').count()).toBe(0);
    await expect.poll(() => story.locator('[data-backstory-entity="iss"]').count()).toBeGreaterThan(0);
    await people.check();
    await expect.poll(() => story.locator('[data-backstory-entity="dmitry-rogozin"]').count()).toBeGreaterThan(0);
  });

  it("shows a framework page's own new text when it rewrites a highlighted text node", async () => {
    const page = await harness.open('rewrite.html');
    await waitForHighlights(page);
    expect(await entityIds(page)).toEqual(['nasa', 'soyuz', 'iss']);
    await page.evaluate(() =>
      (window as unknown as { rewriteStatus(text: string): void }).rewriteStatus(
        'Roscosmos reports the hatch is open.',
      ),
    );
    await expect.poll(() => page.textContent('#status')).toBe('Roscosmos reports the hatch is open.');
    expect(
      await page.evaluate(() => (window as unknown as { statusTextIsAttached(): boolean }).statusTextIsAttached()),
    ).toBe(true);
    await expect.poll(() => entityIds(page)).toEqual(['roscosmos']);
  });
});

describe('the script every page runs', () => {
  /** Most pages have no name for us: what they all pay stays small (the performance issue's budget). */
  const INJECTED_BUDGET_GZIP_BYTES = 10 * 1024;
  /** A line of webextension-polyfill's own, in every copy of it. */
  const POLYFILL_MARK = 'This script should only be loaded in a browser extension';
  /** mark.js's attribute, and a prop name Preact's renderer spells out: the highlighter's and the card's code. */
  const MARKJS_MARK = 'data-markjs';
  const PREACT_MARK = 'dangerouslySetInnerHTML';
  /** The event WXT's content-script context announces each start with: its code is not in the loader. */
  const WXT_CONTEXT_MARK = 'wxt:content-script-started';
  const WXT_CONTEXT_SOURCE = resolve(
    import.meta.dirname,
    '../../node_modules/wxt/dist/utils/content-script-context.mjs',
  );

  it('is within its budget, and the polyfill, WXT’s context, the highlighter and the card load only where used', () => {
    const { injected } = buildSizes(EXTENSION_DIR);
    const files = injected.flatMap((group) => group.files);
    expect(files.map((file) => file.file)).toEqual(['loader.js']);
    // Declared by wxt.config.ts itself: on every http(s) page, once it is idle, in the top frame only.
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      content_scripts: unknown[];
    };
    expect(manifest.content_scripts).toEqual([
      { matches: ['http://*/*', 'https://*/*'], run_at: 'document_idle', js: ['loader.js'] },
    ]);
    expect(files[0]!.gzipBytes).toBeLessThanOrEqual(INJECTED_BUDGET_GZIP_BYTES);
    const loader = readFileSync(join(EXTENSION_DIR, files[0]!.file), 'utf8');
    expect(loader).not.toContain(POLYFILL_MARK);
    expect(loader).not.toContain(MARKJS_MARK);
    expect(loader).not.toContain(PREACT_MARK);
    expect(loader).not.toContain(WXT_CONTEXT_MARK);
    expect(readFileSync(WXT_CONTEXT_SOURCE, 'utf8')).toContain(WXT_CONTEXT_MARK);
    // What it loads where there is a name has them, so the marks would find them in the loader too.
    const stage = (file: string) => readFileSync(join(EXTENSION_DIR, file), 'utf8');
    expect(stage(STAGE_FILES.highlights)).toContain(POLYFILL_MARK);
    expect(stage(STAGE_FILES.highlights)).toContain(MARKJS_MARK);
    expect(stage(STAGE_FILES.cardUi)).toContain(PREACT_MARK);
  });
});
