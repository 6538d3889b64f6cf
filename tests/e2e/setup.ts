/**
 * Shared set-up for the end-to-end tests: a local page server, a browser with
 * the built extension, and a record of every request the browser makes so a
 * test can assert that nothing left 127.0.0.1.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { closeWelcomePage, launchBrowser, type LaunchedBrowser, type LaunchOptions } from '../../scripts/lib/chrome';
import { serveFolder, type HeadersFor, type StaticServer } from '../../scripts/lib/server';

export const PAGES_DIR = resolve(import.meta.dirname, '../fixtures/pages');

export interface Harness extends LaunchedBrowser {
  server: StaticServer;
  /** Every request whose URL is not local or the extension's own. */
  foreignRequests: string[];
  open(path: string): Promise<Page>;
  openExtensionPage(name: 'popup' | 'options' | 'welcome'): Promise<Page>;
  teardown(): Promise<void>;
}

const LOCAL = /^(https?:\/\/127\.0\.0\.1[:/]|chrome-extension:\/\/|data:|blob:|about:)/;

export { isWelcomePage, welcomePage } from '../../scripts/lib/chrome';

export interface HarnessOptions extends LaunchOptions {
  /**
   * The extension opens its welcome page on install, that is at every start
   * of a fresh profile. The harness closes it so that tests start from one
   * known tab; the welcome page's own test keeps it.
   */
  keepWelcome?: boolean;
  /** Extra response headers by path, for a page that needs them (a Content-Security-Policy). */
  headersFor?: HeadersFor;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const server = await serveFolder(PAGES_DIR, {}, options.headersFor);
  const browser = await launchBrowser(options);
  if (options.withExtension !== false && !options.keepWelcome) {
    await closeWelcomePage(browser.context);
  }
  const foreignRequests: string[] = [];
  browser.context.on('request', (request) => {
    if (!LOCAL.test(request.url())) foreignRequests.push(request.url());
  });
  return {
    ...browser,
    server,
    foreignRequests,
    async open(path) {
      const page = await browser.context.newPage();
      await page.goto(server.url(path));
      return page;
    },
    async openExtensionPage(name) {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/${name}.html`);
      return page;
    },
    async teardown() {
      await browser.close();
      await server.close();
    },
  };
}

export interface UseHarnessOptions extends HarnessOptions {
  /** Put the settings back to a new reader's after each test, for files whose tests change them. */
  resetSettings?: boolean;
}

/**
 * The set-up every end-to-end file shares, as hooks: one harness for the
 * file, started before its first test and torn down after its last. After
 * each test the settings go back to defaults (when asked), every tab is
 * closed so the next test starts from none, and no request may have left
 * 127.0.0.1. The returned object stands for the harness once it has started.
 */
export function useHarness(options: UseHarnessOptions = {}): Harness {
  let current: Harness | undefined;
  beforeAll(async () => {
    current = await startHarness(options);
  });
  afterAll(async () => {
    await current?.teardown();
  });
  afterEach(async () => {
    if (!current) return;
    if (options.resetSettings) await resetSettings(current);
    for (const page of current.context.pages()) await page.close();
    expect(current.foreignRequests).toEqual([]);
  });
  return new Proxy({} as Harness, {
    get(_, key) {
      if (!current) throw new Error('The harness is used before it started: call it inside a test or hook.');
      return Reflect.get(current, key);
    },
  });
}

/** The options page's own reset, as a reader would do it. */
export async function resetSettings(harness: Harness): Promise<void> {
  const options = await harness.openExtensionPage('options');
  await options.getByRole('button', { name: 'Reset to defaults' }).click();
  await options.getByText('Settings reset to defaults.').waitFor();
  await options.close();
}

export const HIGHLIGHT = '[data-backstory-entity]';
/** Playwright's CSS engine pierces open shadow roots, as the card's contract requires. */
export const CARD = '[role="dialog"], [role="tooltip"]';

/**
 * The page's highlights, text and entity, read in one evaluation. Playwright's
 * `$$eval` finds the elements in one task and reads them in a later one: on a
 * page that changes all the time, a highlight taken down in between reads as
 * an empty one that is no longer in the page.
 */
export async function highlightsNow(page: Page): Promise<Array<{ text: string; id: string }>> {
  return page.evaluate((selector) => {
    return [...document.querySelectorAll(selector)].map((el) => ({
      text: el.textContent ?? '',
      id: el.getAttribute('data-backstory-entity') ?? '',
    }));
  }, HIGHLIGHT);
}

export async function entityIds(page: Page): Promise<string[]> {
  return (await highlightsNow(page)).map((highlight) => highlight.id);
}

/** Turns highlights on or off everywhere with the popup's switch, as a reader does, and waits until it shows so. */
export async function setHighlights(harness: Harness, on: boolean): Promise<void> {
  const popup = await harness.openExtensionPage('popup');
  const control = popup.getByRole('switch', { name: 'Highlights' });
  if ((await control.isChecked()) !== on) await control.click();
  await expect.poll(() => control.isChecked()).toBe(on);
  await popup.close();
}

export async function waitForHighlights(page: Page): Promise<void> {
  await page.waitForSelector(HIGHLIGHT, { timeout: 10_000 });
}

/** The page's HTML as the page itself made it: the baseline a toggle-off must return to. */
export async function bodyHtml(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerHTML);
}
