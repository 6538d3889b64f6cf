/**
 * The extension is updated (reloaded), disabled or removed while a page is
 * open. Chrome leaves the old content script running, orphaned, and does not
 * put the new one into open tabs: the old one must notice, take its
 * highlights down exactly, and stop, with no dead tab stops and no
 * "Extension context invalidated" errors. (Firefox: scripts/firefox-smoke.ts.)
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { CONTEXT_CHECK_MS } from '../../entrypoints/content/lifeline';
import { HIGHLIGHT, startHarness, waitForHighlights, type Harness } from './setup';

/** The page's check interval, and time for the take-down, on a busy machine. */
const NOTICE_MS = CONTEXT_CHECK_MS + 3_000;
/** A reader's key press is itself a moment to check: the highlights go at once. */
const AT_ONCE_MS = 1_000;
/**
 * The extension's pages close as it unloads, a moment before Chrome tells the
 * open page's script it is orphaned (one run in about thirteen, a key pressed
 * at once still found it valid); the old background's end is a later sign,
 * waited for this long at most.
 */
const UNLOAD_MS = 3_000;

let harness: Harness;
let baseline: string;

beforeAll(async () => {
  const clean = await startHarness({ withExtension: false });
  const page = await clean.open('iss-story.html');
  baseline = await page.evaluate(() => document.body.innerHTML);
  await clean.teardown();
});

// A browser of its own for each case: an extension loaded from the command line stays off after
// it reloads itself here (headless Chromium 156), so no case can follow another.
beforeEach(async () => {
  harness = await startHarness();
});

afterEach(async () => {
  await harness?.teardown();
});

/** Errors and exceptions from every world of the page, ours included. */
async function recordErrors(page: Page): Promise<{ cdp: CDPSession; errors: string[] }> {
  const errors: string[] = [];
  const cdp = await harness.context.newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) =>
    errors.push(exceptionDetails.exception?.description ?? exceptionDetails.text),
  );
  cdp.on('Runtime.consoleAPICalled', ({ type, args }) => {
    if (type === 'error') errors.push(args.map((arg) => String(arg.value ?? arg.description)).join(' '));
  });
  await cdp.send('Runtime.enable');
  return { cdp, errors };
}

async function openStory(): Promise<{ page: Page; errors: string[] }> {
  const page = await harness.open('iss-story.html');
  await waitForHighlights(page);
  const { errors } = await recordErrors(page);
  return { page, errors };
}

/** Reloads the extension, as an update does, from one of its own pages. */
async function reloadExtension(): Promise<void> {
  const background = harness.context
    .serviceWorkers()
    .find((worker) => worker.url().startsWith(`chrome-extension://${harness.extensionId}/`));
  const gone = new Promise<void>((done) => {
    background?.once('close', () => done());
    setTimeout(done, background ? UNLOAD_MS : 0);
  });
  const options = await harness.openExtensionPage('options');
  // After this evaluation returns: the reload closes the page.
  await options.evaluate(() => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { reload(): void } } };
    setTimeout(() => chrome.runtime.reload(), 10);
  });
  // The extension's pages close as it goes, and its background ends: then the old content script is orphaned.
  if (!options.isClosed()) await options.waitForEvent('close');
  await gone;
}

async function expectTakenDown(page: Page, errors: string[], timeout: number): Promise<void> {
  await expect.poll(() => page.locator(HIGHLIGHT).count(), { timeout }).toBe(0);
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(baseline);
  // No dead tab stops: Tab from the top reaches only the page's own controls.
  expect(await page.locator('[tabindex="0"][role="button"]').count()).toBe(0);
  // Hovering and pressing keys where the highlights were wakes nothing that fails.
  await page.locator('#p-offer').hover();
  await page.keyboard.press('Tab');
  await page.waitForTimeout(500);
  expect(errors.filter((error) => /invalidated|Backstory/i.test(error))).toEqual([]);
  expect(errors).toEqual([]);
}

describe('the extension updated under an open page', () => {
  it('the old script takes its highlights down within seconds on its own, without an error', async () => {
    const { page, errors } = await openStory();
    await reloadExtension();
    await expectTakenDown(page, errors, NOTICE_MS);
  });

  it('and at once when the reader presses a key on the page', async () => {
    const { page, errors } = await openStory();
    await reloadExtension();
    await page.keyboard.press('Shift');
    await expectTakenDown(page, errors, AT_ONCE_MS);
  });
});

/** How long Chrome may take to switch the extension on a busy machine. */
const SWITCH_MS = 10_000;

/** What chrome://extensions' own script has (page.evaluate's functions run there, so they cast, not call a helper). */
type ManagerGlobal = {
  chrome: {
    management: {
      setEnabled(id: string, enabled: boolean): Promise<void>;
      get(id: string): Promise<{ enabled: boolean }>;
    };
  };
};

/**
 * Switches the extension as the switch on chrome://extensions does, with the page's own
 * call (chrome.management.setEnabled), and waits until Chrome reports the new state. A
 * click on the switch, and the switch's own state read right after the call, each once
 * lagged the change in a repeated run; Chrome's own record is what the test goes on with.
 */
async function setEnabled(manager: Page, enabled: boolean): Promise<void> {
  await manager.evaluate(([id, on]) => (globalThis as unknown as ManagerGlobal).chrome.management.setEnabled(id, on), [
    harness.extensionId,
    enabled,
  ] as const);
  const reported = (id: string) => (globalThis as unknown as ManagerGlobal).chrome.management.get(id);
  await expect
    .poll(async () => (await manager.evaluate(reported, harness.extensionId)).enabled, { timeout: SWITCH_MS })
    .toBe(enabled);
}

describe('the extension disabled under an open page', () => {
  it('takes its highlights down and stops', async () => {
    const { page, errors } = await openStory();
    const manager = await harness.context.newPage();
    await manager.goto('chrome://extensions');
    await setEnabled(manager, false);
    await page.bringToFront();
    await expectTakenDown(page, errors, NOTICE_MS);
    // Switched on again, it highlights new pages as before.
    await manager.bringToFront();
    await setEnabled(manager, true);
    const again = await harness.open('iss-story.html');
    await waitForHighlights(again);
  });
});
