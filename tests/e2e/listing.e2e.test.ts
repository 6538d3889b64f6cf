/**
 * Listing pages in Chromium with the built extension: a section page and a
 * front page get highlights in their main column's headlines and teasers,
 * and none in the menu, the trending bar, the rails, the ads, the newsletter
 * box, the comments or the footer. Only the DOM contract is read: the
 * `[data-backstory-entity]` elements.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HIGHLIGHT, useHarness } from './setup';

const harness = useHarness();

/** The entities highlighted inside `selector`, once each, sorted. */
async function entitiesIn(page: Page, selector: string): Promise<string[]> {
  const ids = await page.$$eval(`${selector} ${HIGHLIGHT}`, (els) =>
    els.map((el) => el.getAttribute('data-backstory-entity') ?? ''),
  );
  return [...new Set(ids)].sort();
}

/** Waits until every one of `ids` is highlighted inside `selector` (the work is sliced, nearest the viewport first). */
async function waitForEntities(page: Page, selector: string, ids: readonly string[]): Promise<void> {
  await page.waitForFunction(
    ([scope, wanted, highlight]) => {
      const found = new Set(
        [...document.querySelectorAll(`${scope} ${highlight}`)].map((el) => el.getAttribute('data-backstory-entity')),
      );
      return wanted.every((id) => found.has(id));
    },
    [selector, ids, HIGHLIGHT] as const,
    { timeout: 10_000 },
  );
}

async function highlightsIn(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(`:is(${selector}) ${HIGHLIGHT}`, (els) =>
    els.map((el) => `${el.textContent} (${el.getAttribute('data-backstory-entity')})`),
  );
}

describe('a listing page', () => {
  it('section page: the headlines and teasers of the main column, nothing around it', async () => {
    const page = await harness.open('listing/science-section.html');
    const column = [
      'iss',
      'nasa',
      'roscosmos',
      'zvezda',
      'boeing-starliner',
      'artemis-ii',
      'sls',
      'jared-isaacman',
      'soyuz',
      'baikonur',
      'spacex',
      'crew-dragon',
      'tiangong',
      'falcon-9',
      'blue-origin',
      'jaxa',
      'yuri-borisov',
    ];
    await waitForEntities(page, '.river', column);
    // Headlines and teasers both. A name a teaser repeats is marked there, where its highlight can be a
    // tab stop (a headline is a link); one only a headline names is marked in the headline.
    expect(await entitiesIn(page, '.river .card__title')).toEqual(expect.arrayContaining(['artemis-ii']));
    expect(await entitiesIn(page, '.river .card__summary')).toEqual(
      expect.arrayContaining(['iss', 'nasa', 'roscosmos']),
    );
    expect(
      await highlightsIn(page, '#cookie-banner, .site-header, nav, .ad-slot, .newsletter-signup, aside, footer'),
    ).toEqual([]);
    // Everything highlighted is in the main column.
    const all = await page.$$eval(HIGHLIGHT, (els) => els.filter((el) => !el.closest('.river')).length);
    expect(all).toBe(0);
  });

  it('front page: the lead, its related headlines and the sections, not the trending bar, comments or rail', async () => {
    const page = await harness.open('listing/front-page.html');
    const column = ['nasa', 'roscosmos', 'crew-dragon', 'soyuz', 'iss', 'boeing-starliner', 'artemis-ii', 'orion'];
    await waitForEntities(page, '#main-content', [...column, 'jared-isaacman', 'starship', 'tianhe', 'baikonur']);
    expect(await entitiesIn(page, '.story-card--lead')).toEqual(expect.arrayContaining(column.slice(0, 5)));
    expect(await highlightsIn(page, '.masthead, .trending-bar, .comments-preview, aside, footer')).toEqual([]);
  });
});
