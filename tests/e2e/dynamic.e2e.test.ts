/**
 * Pages that change after they load: infinite scroll, live pages that never
 * stop changing, and single-page apps that swap the article without a reload.
 */
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT, entityIds, useHarness, waitForHighlights } from './setup';

const harness = useHarness();

describe('pages that change', () => {
  it('highlights names in stories an infinite feed appends, within a second', async () => {
    const page = await harness.open('infinite.html');
    await waitForHighlights(page);
    expect(await entityIds(page)).toEqual(['baikonur']);
    await page.evaluate(() => (window as unknown as { appendStory(): string }).appendStory());
    await page.waitForFunction(
      () => document.querySelectorAll('#feed article:last-child [data-backstory-entity]').length === 2,
      null,
      { timeout: 1000 },
    );
    expect(
      await page.$$eval('#feed article:last-child [data-backstory-entity]', (els) => els.map((el) => el.textContent)),
    ).toEqual(['Soyuz', 'ISS']);
  });

  it('keeps a page that changes every 10 ms responsive, correct and without runaway work', async () => {
    const page = await harness.open('busy.html');
    await waitForHighlights(page);
    const ticksBefore = await page.evaluate(() => (window as unknown as { ticks: number }).ticks);
    await page.waitForTimeout(3000);
    const state = await page.evaluate(() => ({
      ticks: (window as unknown as { ticks: number }).ticks,
      ticker: document.getElementById('ticker')!.textContent,
      tickerHighlights: document.querySelectorAll('#ticker [data-backstory-entity]').length,
      marks: document.querySelectorAll('backstory-mark').length,
      staticHighlight: document.querySelector('#static [data-backstory-entity]')?.getAttribute('data-backstory-entity'),
    }));
    // The page's own timer kept running (it would stall if we hogged the main thread).
    expect(state.ticks - ticksBefore).toBeGreaterThan(100);
    // The reader sees the page's latest text, once.
    expect(state.ticker).toBe(`NASA clock: ${state.ticks}`);
    expect(state.staticHighlight).toBe('roscosmos');
    // A ticker rewritten every 10 ms is left alone rather than re-marked forever.
    expect(state.tickerHighlights).toBe(0);
    expect(state.marks).toBeLessThanOrEqual(2);
  });

  it('highlights the new article after a single-page-app navigation', async () => {
    const page = await harness.open('spa.html');
    await page.waitForTimeout(300);
    expect(await page.locator(HIGHLIGHT).count()).toBe(0);
    await page.evaluate(() =>
      (window as unknown as { navigate(path: string, text: string): void }).navigate(
        '/spa.html?story=2',
        'Yuri Borisov said Roscosmos would leave the ISS after 2024.',
      ),
    );
    await expect.poll(() => entityIds(page), { timeout: 2000 }).toEqual(['yuri-borisov', 'roscosmos', 'iss']);
  });

  it('highlights a story a single-page app had rendered ahead, hidden, and shows on navigation', async () => {
    const page = await harness.open('spa-hidden.html');
    await page.waitForTimeout(300);
    expect(await page.locator(HIGHLIGHT).count()).toBe(0);
    // No node is added: only the address and two `hidden` attributes change.
    await page.evaluate(() => (window as unknown as { showStory(): void }).showStory());
    await expect.poll(() => entityIds(page), { timeout: 3000 }).toEqual(['nasa', 'spacex']);
  });
});
