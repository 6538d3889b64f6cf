/**
 * How soon a card is on screen once the hover delay is over, in the built
 * extension: the first card on a freshly loaded page (its facts and the card
 * code are fetched during the delay) and the next ones.
 *
 *   npm run bench -- --card [--runs N]
 *
 * Measured in the page: from the pointer's arrival on a name (a page-world
 * `pointerover` listener) to the card's host entering the page, minus the
 * reader's hover delay (the default, 350 ms).
 */
import { resolve } from 'node:path';
import { launchBrowser } from '../lib/chrome';
import { serveFolder } from '../lib/server';
import { median } from './stats';

const PAGES = resolve(import.meta.dirname, '../../tests/fixtures/pages');
const STORY = 'iss-story.html';
/** The default hover delay (utils/settings.ts SHOW_DELAY_MS.normal). */
const HOVER_DELAY_MS = 350;
/** The bar for a card after the intent delay, facts included. */
export const CARD_BUDGET_MS = 50;
/** Names hovered per page load: the first is cold, the rest warm. */
const NAMES_PER_LOAD = 4;

export async function cardLatency(runs: number): Promise<{ first: number[]; next: number[] }> {
  const server = await serveFolder(PAGES);
  const browser = await launchBrowser({ viewport: { width: 1280, height: 800 } });
  const first: number[] = [];
  const next: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const page = await browser.context.newPage();
      await page.goto(server.url(STORY));
      await page.waitForSelector('#p-return [data-backstory-entity]');
      await page.evaluate(() => {
        const times = { over: 0, shown: [] as number[] };
        (window as unknown as { __cardTimes: typeof times }).__cardTimes = times;
        document.addEventListener('pointerover', (event) => {
          if ((event.target as Element).closest?.('[data-backstory-entity]')) times.over = performance.now();
        });
        new MutationObserver((records) => {
          for (const record of records) {
            for (const node of record.addedNodes) {
              if (node instanceof HTMLElement && node.hasAttribute('data-backstory-card')) {
                times.shown.push(performance.now() - times.over);
              }
            }
          }
        }).observe(document.body, { childList: true });
      });
      const names = page.locator('[data-backstory-entity][tabindex="0"]');
      for (let i = 0; i < NAMES_PER_LOAD; i++) {
        await page.mouse.move(0, 0);
        await page.keyboard.press('Escape');
        await names.nth(i).hover();
        await page.waitForFunction((count) => {
          const times = (window as unknown as { __cardTimes: { shown: number[] } }).__cardTimes;
          return times.shown.length > count;
        }, i);
      }
      const shown = await page.evaluate(
        () => (window as unknown as { __cardTimes: { shown: number[] } }).__cardTimes.shown,
      );
      shown.forEach((ms, i) => (i === 0 ? first : next).push(ms - HOVER_DELAY_MS));
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { first, next };
}

export async function printCardLatency(runs: number, json: boolean): Promise<void> {
  const { first, next } = await cardLatency(runs);
  const result = {
    mode: 'card',
    runs,
    firstCardMs: median(first),
    nextCardMs: median(next),
    worstMs: Math.max(...first, ...next),
    budgetMs: CARD_BUDGET_MS,
  };
  if (json) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  console.log(`card on screen after the ${HOVER_DELAY_MS} ms hover delay (${STORY}, ${runs} loads):`);
  console.log(
    `  first card on a page   median ${result.firstCardMs.toFixed(1)} ms  (facts and card code fetched during the delay)`,
  );
  console.log(`  next cards             median ${result.nextCardMs.toFixed(1)} ms`);
  console.log(`  worst                         ${result.worstMs.toFixed(1)} ms   (budget ${CARD_BUDGET_MS} ms)`);
}
