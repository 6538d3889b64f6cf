/**
 * The extension's own pages and its toolbar, as a new reader meets them: the
 * welcome page on install, readable text in the popup and options, looking
 * up any name from the popup, the keyboard shortcut and the badge.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR } from '../../scripts/lib/chrome';
import { FOUND_COUNT } from '../../utils/messages';
import { HIGHLIGHT, useHarness, waitForHighlights, welcomePage } from './setup';
import { axeViolations } from './axe';
import { pressShortcut, smallestTextSize, storedSettings, type ExtensionApis } from './extension-pages';

const SCREENSHOTS = resolve(import.meta.dirname, 'screenshots');
/** WCAG sets no minimum, but below 13 px text on these pages was hard to read (issue 16). */
const MIN_TEXT_PX = 13;

// A fresh profile is a fresh install: keep the welcome page it opens for the first test.
const harness = useHarness({ keepWelcome: true, resetSettings: true });

describe('on install', () => {
  it('opens a welcome page that says what Backstory does and how to turn it off', async () => {
    const welcome = await welcomePage(harness.context);
    await welcome.getByRole('heading', { level: 1, name: 'Welcome to Backstory' }).waitFor();
    const text = await welcome.locator('main').innerText();
    expect(text).toMatch(/underlines the names of spaceflight/);
    expect(text).toMatch(/Everywhere: switch off Highlights in the toolbar popup, or press Alt\+Shift\+U\./);
    expect(text).toMatch(/On one site: switch off “On this site”/);
    // The sample name wears the real highlight.
    const sample = welcome.locator('backstory-mark');
    expect(await sample.textContent()).toBe('Roscosmos');
    expect(await sample.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('underline');
    expect(await smallestTextSize(welcome)).toBeGreaterThanOrEqual(MIN_TEXT_PX);
    expect(await axeViolations(welcome)).toEqual([]);
    await welcome.getByRole('link', { name: 'Open the options' }).click();
    await welcome.getByRole('heading', { name: 'Backstory options' }).waitFor();
  });
});

describe('readable text', () => {
  it('the popup’s and the options page’s text is at least 13 px', async () => {
    const popup = await harness.openExtensionPage('popup');
    await popup.getByRole('switch', { name: 'Highlights' }).waitFor();
    expect(await smallestTextSize(popup)).toBeGreaterThanOrEqual(MIN_TEXT_PX);
    expect(await popup.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('14px');
    const options = await harness.openExtensionPage('options');
    await options.getByRole('checkbox', { name: /People/ }).waitFor();
    expect(await smallestTextSize(options)).toBeGreaterThanOrEqual(MIN_TEXT_PX);
  });

  it('"On this site" says what it does, on and off', async () => {
    const story = await harness.open('iss-story.html');
    await waitForHighlights(story);
    const popup = await harness.openExtensionPage('popup');
    await story.bringToFront();
    await popup.reload();
    const site = popup.getByRole('switch', { name: 'On this site' });
    await expect.poll(() => site.getAttribute('aria-describedby')).toBeTruthy();
    const description = popup.locator(`[id="${await site.getAttribute('aria-describedby')}"]`);
    await expect.poll(() => description.textContent()).toBe('Backstory is on for 127.0.0.1');
    await site.click();
    await expect.poll(() => description.textContent()).toBe('Backstory is off for 127.0.0.1');
  });
});

describe('looking up a name from the popup', () => {
  async function openPopup(): Promise<Page> {
    const popup = await harness.openExtensionPage('popup');
    await popup.setViewportSize({ width: 372, height: 600 });
    await popup.getByRole('searchbox', { name: 'Look up a name' }).waitFor();
    return popup;
  }

  /** The card the popup shows, inside its shadow root. */
  function popupCard(popup: Page) {
    return popup.locator('.lookup-card [role="dialog"]');
  }

  it('finds Roscosmos from its Russian name and shows its card in the popup', async () => {
    const popup = await openPopup();
    await popup.getByRole('searchbox', { name: 'Look up a name' }).fill('Роскосмос');
    const first = popup.getByRole('list', { name: 'Matches' }).getByRole('button').first();
    expect(await first.locator('.lookup-name').textContent()).toBe('Roscosmos');
    expect(await first.locator('.lookup-alias').textContent()).toBe('Роскосмос');
    await popup.keyboard.press('Enter');
    const card = popupCard(popup);
    await card.waitFor();
    expect(await card.locator('h2').textContent()).toBe('Roscosmos');
    expect(await card.locator('.line').count()).toBeGreaterThan(0);
    // The card sits in the popup's flow, within its width.
    const box = (await card.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(372);
    await popup.screenshot({ path: resolve(SCREENSHOTS, 'popup-lookup.png'), fullPage: true });
    expect(await axeViolations(popup)).toEqual([]);
    // Closing the card goes back to the match.
    await card.getByRole('button', { name: /Close/ }).click();
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toMatch(/^Roscosmos/);
  });

  it('finds names whatever the accents and case: "agence spatiale europeenne", "петр дубров"', async () => {
    const popup = await openPopup();
    const box = popup.getByRole('searchbox', { name: 'Look up a name' });
    const firstName = () =>
      popup.getByRole('list', { name: 'Matches' }).getByRole('button').first().locator('.lookup-name').textContent();
    await box.fill('agence spatiale europeenne');
    await expect.poll(firstName).toBe('European Space Agency');
    await box.fill('петр дубров');
    await expect.poll(firstName).toBe('Pyotr Dubrov');
    await box.fill('zzqx');
    await popup.getByText('No name matches “zzqx”.').waitFor();
    expect(await axeViolations(popup)).toEqual([]);
  });
});

describe('the keyboard shortcut', () => {
  it('is in the built manifest, and the browser has bound it', async () => {
    const manifest = JSON.parse(await readFile(resolve(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.commands['toggle-highlights']).toEqual({
      suggested_key: { default: 'Alt+Shift+U' },
      description: '__MSG_command_toggleHighlights__',
    });
    const options = await harness.openExtensionPage('options');
    const group = options.getByRole('group', { name: 'Keyboard shortcut' });
    await expect.poll(() => group.locator('kbd').textContent()).toBe('Alt+Shift+U');
  });

  it('turns highlights off and on from any page', async () => {
    const story = await harness.open('iss-story.html');
    await waitForHighlights(story);
    await pressShortcut(story, 'U', { alt: true, shift: true });
    await expect.poll(() => story.locator(HIGHLIGHT).count()).toBe(0);
    const options = await harness.openExtensionPage('options');
    expect((await storedSettings(options))?.enabled).toBe(false);
    await story.bringToFront();
    await pressShortcut(story, 'U', { alt: true, shift: true });
    await expect.poll(() => story.locator(HIGHLIGHT).count()).toBeGreaterThan(0);
  });
});

describe('the toolbar badge', () => {
  /** What a content script reports, sent from an extension page in its own tab (the sender's tab gets the badge). */
  async function reportCount(page: Page, count: number): Promise<void> {
    await page.evaluate(
      ([type, n]) =>
        (globalThis as unknown as { chrome: ExtensionApis }).chrome.runtime.sendMessage({ type, count: n }),
      [FOUND_COUNT, count] as const,
    );
  }

  async function badgeOf(page: Page): Promise<string> {
    return page.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ExtensionApis };
      return chrome.action.getBadgeText({ tabId: (await chrome.tabs.getCurrent())!.id! });
    });
  }

  it('is off by default, and shows the page’s count when the reader turns it on', async () => {
    const page = await harness.openExtensionPage('popup');
    await page.getByRole('switch', { name: 'Highlights' }).waitFor();
    await reportCount(page, 12);
    await page.waitForTimeout(200);
    expect(await badgeOf(page)).toBe('');

    const options = await harness.openExtensionPage('options');
    await options.getByRole('switch', { name: 'Show the number of names on the toolbar button' }).click();
    await expect.poll(async () => (await storedSettings(options))?.showBadge).toBe(true);
    await reportCount(page, 12);
    await expect.poll(() => badgeOf(page)).toBe('12');
    await reportCount(page, 0);
    await expect.poll(() => badgeOf(page)).toBe('');

    // A new document in the tab starts without a count.
    await reportCount(page, 3);
    await expect.poll(() => badgeOf(page)).toBe('3');
    await page.reload();
    await expect.poll(() => badgeOf(page)).toBe('');
  });
});
