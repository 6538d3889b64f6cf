/**
 * The interface in the reader's language: Chromium started in German shows
 * the popup, the options page and the welcome page in German (from
 * public/_locales/de), with the pages' lang set to match.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useHarness, waitForHighlights, welcomePage } from './setup';
import { axeViolations } from './axe';
import { smallestTextSize } from './extension-pages';

const SCREENSHOTS = resolve(import.meta.dirname, 'screenshots');
const harness = useHarness({ lang: 'de', keepWelcome: true });

describe('in a German browser', () => {
  it('the welcome page is German', async () => {
    const welcome = await welcomePage(harness.context);
    await welcome.getByRole('heading', { level: 1, name: 'Willkommen bei Backstory' }).waitFor();
    expect(await welcome.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await welcome.locator('backstory-mark').textContent()).toBe('Roskosmos');
    expect(await axeViolations(welcome)).toEqual([]);
    await welcome.close();
  });

  it('the popup is German, and counts in German', async () => {
    const story = await harness.open('iss-story.html');
    await waitForHighlights(story);
    const popup = await harness.openExtensionPage('popup');
    await story.bringToFront();
    await popup.reload();
    await popup.setViewportSize({ width: 372, height: 600 });
    await popup.getByRole('switch', { name: 'Hervorhebungen' }).waitFor();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('de');
    await popup.getByRole('switch', { name: 'Auf dieser Website' }).waitFor();
    await popup.getByText('Backstory ist auf 127.0.0.1 aktiviert').waitFor();
    const agencies = popup.getByRole('region', { name: 'Raumfahrtagenturen' });
    expect(await agencies.getByRole('button', { name: /^NASA\W+2 Erwähnungen$/ }).count()).toBe(1);
    await popup.getByRole('searchbox', { name: 'Namen nachschlagen' }).fill('Roskosmos');
    await popup
      .getByRole('status')
      .filter({ hasText: /Treffer/ })
      .waitFor({ state: 'attached' });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.screenshot({ path: resolve(SCREENSHOTS, 'popup-de.png'), fullPage: true });
  });

  it('the options page is German, and no text is below 13 px', async () => {
    const options = await harness.openExtensionPage('options');
    await options.getByRole('heading', { level: 1, name: 'Backstory-Einstellungen' }).waitFor();
    expect(await options.title()).toBe('Backstory-Einstellungen');
    await options.getByRole('checkbox', { name: /Personen/ }).waitFor();
    await options.getByRole('switch', { name: 'Anzahl der Namen auf der Schaltfläche zeigen' }).waitFor();
    await options.getByRole('group', { name: 'Tastenkürzel' }).getByText('Alt+Shift+U').waitFor();
    expect(await options.getByRole('radio', { name: /Nach einem Moment/ }).isChecked()).toBe(true);
    expect(await smallestTextSize(options)).toBeGreaterThanOrEqual(13);
    expect(await axeViolations(options)).toEqual([]);
    await options.screenshot({ path: resolve(SCREENSHOTS, 'options-de.png'), fullPage: true });
  });
});
