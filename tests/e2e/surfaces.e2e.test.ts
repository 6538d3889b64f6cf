/**
 * The card, the popup and the options page as a reader meets them: looks on
 * light and dark pages and at the window's edges, accessibility (axe-core),
 * the per-site switch, jumping to a name from the popup, and the options.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CARD, HIGHLIGHT, entityIds, useHarness, waitForHighlights } from './setup';
import { axeViolations } from './axe';

const SCREENSHOTS = resolve(import.meta.dirname, 'screenshots');
// Each test starts with the settings a new reader has.
const harness = useHarness({ resetSettings: true });

async function hoverAndWait(page: Page, selector: string) {
  await page.locator(selector).first().hover();
  const card = page.locator(CARD);
  await card.waitFor({ state: 'visible' });
  return card;
}

/** Opens the popup and makes it talk to `page` (the popup asks the active tab). */
async function popupFor(page: Page): Promise<Page> {
  const popup = await harness.openExtensionPage('popup');
  await page.bringToFront();
  await popup.reload();
  await popup.getByRole('switch', { name: 'Highlights' }).waitFor();
  return popup;
}

describe('the card', () => {
  it('has no accessibility violations, nor do the highlights', async () => {
    const page = await harness.open('iss-story.html');
    await waitForHighlights(page);
    await hoverAndWait(page, '#p-threat [data-backstory-entity="roscosmos"]');
    expect(await axeViolations(page, [['div[data-backstory-card]'], ['backstory-mark']])).toEqual([]);
  });

  it('is dark on a dark page and light on a light one', async () => {
    const dark = await harness.open('dark-story.html');
    await waitForHighlights(dark);
    const card = await hoverAndWait(dark, '#p1 [data-backstory-entity="roscosmos"]');
    expect(await card.getAttribute('class')).toContain('dark');
    const background = await card.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(31, 36, 43)');
    await dark.screenshot({ path: resolve(SCREENSHOTS, 'card-dark.png') });

    const light = await harness.open('iss-story.html');
    await waitForHighlights(light);
    const lightCard = await hoverAndWait(light, '#p-threat [data-backstory-entity="roscosmos"]');
    expect(await lightCard.getAttribute('class')).toContain('light');
    expect(await lightCard.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
  });

  it.each([
    ['top-left', 'nasa'],
    ['top-right', 'roscosmos'],
    ['bottom-left', 'spacex'],
    ['bottom-right', 'soyuz'],
    ['clip', 'iss'],
  ])('stays inside the window, off its name and above fixed bars, for a name at %s', async (corner, entity) => {
    const page = await harness.open('edges.html');
    await page.setViewportSize({ width: 900, height: 600 });
    await waitForHighlights(page);
    const name = page.locator(`#${corner} [data-backstory-entity="${entity}"]`);
    const card = await hoverAndWait(page, `#${corner} [data-backstory-entity="${entity}"]`);
    const box = (await card.boundingBox())!;
    const nameBox = (await name.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(900);
    expect(box.y + box.height).toBeLessThanOrEqual(600);
    const overlaps =
      box.x < nameBox.x + nameBox.width &&
      nameBox.x < box.x + box.width &&
      box.y < nameBox.y + nameBox.height &&
      nameBox.y < box.y + box.height;
    expect(overlaps).toBe(false);
    // Whatever the page pins on top, the card's middle is the card's.
    const onTop = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.hasAttribute('data-backstory-card'),
      [box.x + box.width / 2, box.y + box.height / 2],
    );
    expect(onTop).toBe(true);
    await page.screenshot({ path: resolve(SCREENSHOTS, `card-${corner}.png`) });
  });
});

describe('the popup', () => {
  it('has no accessibility violations', async () => {
    const story = await harness.open('iss-story.html');
    await waitForHighlights(story);
    const popup = await popupFor(story);
    await popup.getByRole('region', { name: 'People' }).waitFor();
    expect(await axeViolations(popup)).toEqual([]);
  });

  it('"On this site" turns Backstory off for this host only, and the options page can turn it back on', async () => {
    const story = await harness.open('iss-story.html');
    await waitForHighlights(story);
    const popup = await popupFor(story);
    const site = popup.getByRole('switch', { name: 'On this site' });
    expect(await site.isChecked()).toBe(true);
    await site.click();
    await expect.poll(() => story.locator(HIGHLIGHT).count()).toBe(0);
    await popup.getByText('Highlights are off on 127.0.0.1.').waitFor();

    const again = await harness.open('iss-story.html');
    await again.waitForTimeout(500);
    expect(await again.locator(HIGHLIGHT).count()).toBe(0);

    const options = await harness.openExtensionPage('options');
    await options.getByRole('button', { name: 'Turn Backstory back on for 127.0.0.1' }).click();
    await expect.poll(() => again.locator(HIGHLIGHT).count()).toBeGreaterThan(0);
  });

  it('picking a name scrolls the page to it and opens its card', async () => {
    const story = await harness.open('iss-story.html');
    await story.setViewportSize({ width: 1000, height: 400 });
    await waitForHighlights(story);
    const popup = await popupFor(story);
    await popup.getByRole('button', { name: /Crew Dragon/ }).click();
    const card = story.locator(CARD);
    await card.waitFor({ state: 'visible' });
    expect(await card.locator('h2').textContent()).toBe('Crew Dragon');
    const target = story.locator('[data-backstory-entity="crew-dragon"]').first();
    expect(await target.evaluate((el) => el.getAttribute('aria-expanded'))).toBe('true');
    const box = (await target.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(400);
  });
});

describe('the options page', () => {
  it('has no accessibility violations', async () => {
    const options = await harness.openExtensionPage('options');
    await options.getByRole('checkbox', { name: /People/ }).waitFor();
    expect(await axeViolations(options)).toEqual([]);
    await options.screenshot({ path: resolve(SCREENSHOTS, 'options.png'), fullPage: true });
  });

  it('first-mention mode and highlight style apply live', async () => {
    const story = await harness.open('iss-story.html');
    await waitForHighlights(story);
    const firstOnly = (await entityIds(story)).filter((id) => id === 'nasa').length;
    expect(firstOnly).toBe(1);
    const options = await harness.openExtensionPage('options');
    await options.getByRole('switch', { name: 'Only the first mention of each name' }).click();
    await expect.poll(async () => (await entityIds(story)).filter((id) => id === 'nasa').length).toBe(2);
    await options.getByRole('radio', { name: /Soft background/ }).check();
    // The style is chosen by the stylesheet, not written on the highlights for the page to read.
    const look = () =>
      story
        .locator(HIGHLIGHT)
        .first()
        .evaluate((el) => [getComputedStyle(el).textDecorationLine, getComputedStyle(el).backgroundColor]);
    await expect.poll(async () => (await look())[0]).toBe('none');
    expect((await look())[1]).not.toBe('rgba(0, 0, 0, 0)');
    expect(await story.locator('[data-backstory-style]').count()).toBe(0);
    await story.screenshot({ path: resolve(SCREENSHOTS, 'style-background.png') });
  });

  it('exports the settings as JSON and imports them back', async () => {
    const options = await harness.openExtensionPage('options');
    await options.getByRole('radio', { name: /Only when I linger/ }).check();
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export settings…' }).click(),
    ]);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(exported).toMatchObject({ app: 'backstory', settings: { hoverDelay: 'long' } });

    await options.getByRole('button', { name: 'Reset to defaults' }).click();
    await expect.poll(() => options.getByRole('radio', { name: /After a moment/ }).isChecked()).toBe(true);

    await options.locator('input[type="file"]').setInputFiles({
      name: 'backstory-settings.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(exported)),
    });
    await options.getByText('Settings imported.').waitFor();
    expect(await options.getByRole('radio', { name: /Only when I linger/ }).isChecked()).toBe(true);
  });

  it('refuses a bad settings file with a clear message and changes nothing', async () => {
    const options = await harness.openExtensionPage('options');
    await options.getByRole('checkbox', { name: /People/ }).uncheck();
    await options.locator('input[type="file"]').setInputFiles({
      name: 'evil.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ app: 'backstory', settings: { enabled: 'yes please' } })),
    });
    const alert = options.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/not a Backstory settings file.*enabled.*Nothing was changed/);
    expect(await options.getByRole('checkbox', { name: /People/ }).isChecked()).toBe(false);
    expect(await options.getByRole('switch', { name: 'Highlights' }).isChecked()).toBe(true);
  });
});
