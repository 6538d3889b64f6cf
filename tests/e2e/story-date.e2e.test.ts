/**
 * Cards that know when the story was written: a 2022 story shows what changed
 * since (Rogozin's dismissal), a 2026 story shows no such section, and a page
 * with no date shows the plain card. The popup says which date it found.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CARD, useHarness, waitForHighlights } from './setup';
import { axeViolations } from './axe';

const SCREENSHOTS = resolve(import.meta.dirname, 'screenshots');
const harness = useHarness();

async function rogozinCard(page: Page) {
  await waitForHighlights(page);
  await page.locator('[data-backstory-entity="dmitry-rogozin"]').first().hover();
  const card = page.locator(CARD);
  await card.waitFor({ state: 'visible' });
  await expect.poll(() => card.locator('h2').textContent()).toBe('Dmitry Rogozin');
  return card;
}

describe('a card placed against the story’s date', () => {
  it('on a 2022 story: who he was then, and "Since this story" with his dismissal', async () => {
    const page = await harness.open('iss-story.html');
    const card = await rogozinCard(page);
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('At the time: Head of Roscosmos since May 2018');
    const since = card.locator('section.since');
    expect(await since.locator('h3').textContent()).toBe('Since this story (2 Apr 2022)');
    // What changed for him since: he left Roscosmos in July 2022 (said by a fact or by his role's end).
    expect(await since.textContent()).toMatch(/July 2022|Jul 2022/);
    expect(await since.textContent()).toMatch(/dismiss|Left as Head of Roscosmos/i);
    expect(text).toContain("Story dated 2 Apr 2022, from the page's metadata");
    await page.screenshot({ path: resolve(SCREENSHOTS, 'card-since.png') });
    expect(await axeViolations(page, [['div[data-backstory-card]']])).toEqual([]);
  });

  it('on a 2026 story: no "Since this story" section, the story’s date in small print', async () => {
    const page = await harness.open('story-2026.html');
    const card = await rogozinCard(page);
    expect(await card.locator('section.since').count()).toBe(0);
    expect(await card.textContent()).toContain('Story dated 20 Nov 2026');
  });

  it('on a page with no date: the plain card', async () => {
    const page = await harness.open('story-undated.html');
    const card = await rogozinCard(page);
    const text = (await card.textContent()) ?? '';
    expect(await card.locator('section.since').count()).toBe(0);
    expect(text).not.toContain('Story dated');
    expect(text).not.toContain('At the time');
  });

  it('the popup says which date the cards are placed against, or that there is none', async () => {
    for (const [path, expected] of [
      ['iss-story.html', "Story dated 2 Apr 2022, from the page's metadata."],
      ['story-undated.html', 'No date found for this story'],
    ] as const) {
      const page = await harness.open(path);
      await waitForHighlights(page);
      const popup = await harness.openExtensionPage('popup');
      await page.bringToFront();
      await popup.reload();
      await expect.poll(() => popup.locator('.story-date').textContent()).toContain(expected);
      await popup.close();
      await page.close();
    }
  });
});
