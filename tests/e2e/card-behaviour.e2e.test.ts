/**
 * The card as a reader uses it, in Chromium at 1280×800: short on every name
 * of the sample story, one Tab per name, the next name's card when the
 * pointer moves straight on to it, no card from scrolling alone, and the
 * popup's list complete from its first look.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CARD, HIGHLIGHT, entityIds, useHarness, waitForHighlights } from './setup';

const STORY = 'iss-story.html';
/** The bar: the sample story's names in at most this many Tab presses. */
const MAX_TAB_PRESSES = 15;
/** The card's height budget at 1280×800 (components/Card.tsx). */
const MAX_CARD_HEIGHT_PX = 300;
/** Longer than the default hover delay (350 ms) and the hide delay, with room for a loaded machine. */
const LONGER_THAN_HOVER_MS = 1200;

const harness = useHarness({ viewport: { width: 1280, height: 800 } });

async function openStory(): Promise<Page> {
  const page = await harness.open(STORY);
  await waitForHighlights(page);
  // The first pass is done when the last paragraph's names are marked.
  await page.waitForSelector('#p-return [data-backstory-entity]');
  return page;
}

function activeEntity(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-backstory-entity') ?? null);
}

describe('the card on the sample story', () => {
  it(`stays within ${MAX_CARD_HEIGHT_PX} px on every name`, async () => {
    const page = await openStory();
    const names = page.locator(HIGHLIGHT);
    const count = await names.count();
    expect(count).toBeGreaterThanOrEqual(10);
    const heights: [string, number][] = [];
    for (let i = 0; i < count; i++) {
      const name = names.nth(i);
      await name.scrollIntoViewIfNeeded();
      await name.focus();
      const card = page.locator(CARD);
      await card.waitFor({ state: 'visible' });
      const box = (await card.boundingBox())!;
      heights.push([(await name.getAttribute('data-backstory-entity'))!, Math.round(box.height)]);
      await page.keyboard.press('Escape');
      await card.waitFor({ state: 'detached' });
    }
    expect(heights.filter(([, height]) => height > MAX_CARD_HEIGHT_PX)).toEqual([]);
  });

  it(`reaches every name with Tab, one press each (at most ${MAX_TAB_PRESSES}), and Enter goes into the card`, async () => {
    const page = await openStory();
    const focusable = await page.$$eval(`${HIGHLIGHT}[tabindex="0"]`, (els) =>
      els.map((el) => el.getAttribute('data-backstory-entity')),
    );
    await page.locator(`${HIGHLIGHT}[tabindex="0"]`).first().focus();
    const visited = [await activeEntity(page)];
    let presses = 0;
    while (visited.length < focusable.length && presses < MAX_TAB_PRESSES * 2) {
      await page.keyboard.press('Tab');
      presses++;
      const entity = await activeEntity(page);
      if (entity) visited.push(entity);
    }
    expect(visited).toEqual(focusable);
    expect(presses + 1).toBeLessThanOrEqual(MAX_TAB_PRESSES);

    // Enter moves into the open card; Escape brings the reader back to the name.
    const last = visited.at(-1);
    await page.locator(CARD).waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('role')))
      .toBe('dialog');
    await page.keyboard.press('Escape');
    await expect.poll(() => activeEntity(page)).toBe(last);
  });

  it('shows a related name’s card in place from the keyboard, and goes back', async () => {
    const page = await openStory();
    await page.locator('[data-backstory-entity="dmitry-rogozin"]').first().focus();
    const card = page.locator(CARD);
    const heading = card.locator('h2.name');
    await expect.poll(() => heading.textContent()).toBe('Dmitry Rogozin');
    const related = card.getByRole('group', { name: 'Related:' });
    // A full card keeps its related names for when the reader opens "N more"; room left shows them at once.
    if ((await related.count()) === 0) {
      await card.locator('button.more').first().focus();
      await page.keyboard.press('Enter');
    }
    await related.getByRole('button', { name: 'Roscosmos' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => heading.textContent()).toBe('Roscosmos');
    const back = card.getByRole('button', { name: 'Back to Dmitry Rogozin' });
    // Focus goes to the new card, so a keyboard reader can carry on from there.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('role')))
      .toBe('dialog');
    await back.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => heading.textContent()).toBe('Dmitry Rogozin');
    expect(await page.locator(CARD).count()).toBe(1);
  });

  it('opens the next name’s card when the pointer moves straight on to it', async () => {
    const page = await openStory();
    const musk = page.locator('#p-offer [data-backstory-entity="elon-musk"]');
    const spacex = page.locator('#p-offer [data-backstory-entity="spacex"]');
    await musk.hover();
    const card = page.locator(CARD);
    await expect.poll(() => card.locator('h2').textContent()).toBe('Elon Musk');
    await spacex.hover();
    await expect.poll(() => card.locator('h2').textContent(), { timeout: 5000 }).toBe('SpaceX');
  });

  it('opens no card when scrolling brings a name under a resting pointer, and does once the pointer moves', async () => {
    const page = await openStory();
    const name = page.locator('#p-return [data-backstory-entity]').first();
    const box = (await name.boundingBox())!;
    // Rest the pointer where the name will be after scrolling down by 200 px.
    await page.evaluate(() => window.scrollTo(0, 0));
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2 - 200;
    await page.mouse.move(x, y);
    await page.waitForTimeout(LONGER_THAN_HOVER_MS);
    await page.keyboard.press('Escape');
    await page.locator(CARD).waitFor({ state: 'detached' });
    await page.mouse.wheel(0, 200);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(200);
    await page.waitForTimeout(LONGER_THAN_HOVER_MS);
    expect(await page.locator(CARD).count()).toBe(0);
    // A real move on the name: its card opens.
    await page.mouse.move(x + 2, y);
    await page.locator(CARD).waitFor({ state: 'visible' });
  });

  it('the popup lists every name the page shows, with its mentions, from its first look', async () => {
    const page = await openStory();
    const shown = new Set(await entityIds(page));
    const popup = await harness.openExtensionPage('popup');
    await page.bringToFront();
    await popup.reload();
    const list = popup.locator('.found-item');
    await list.first().waitFor();
    const listed = await popup.$$eval('.found-item', (items) =>
      items.map((item) => [
        item.querySelector('.found-name')?.textContent ?? '',
        Number(item.querySelector('.found-count')?.textContent),
      ]),
    );
    expect(listed.length).toBe(shown.size);
    // Every mention counts, marked or not: the story's text names NASA twice (code, menus and asides do not count).
    expect(listed.find(([name]) => name === 'NASA')?.[1]).toBe(2);
    expect(listed.find(([name]) => name === 'International Space Station')?.[1]).toBe(4);
  });
});
