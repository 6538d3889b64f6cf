/**
 * Runs inside a saved page in Chromium (bundled by scripts/bench-dates.ts):
 * the story-date reader's result on the page, and its cost.
 */
import { readStoryDate } from '@/entrypoints/content/story-date';
import type { StoryDate } from '@/utils/story-date';

/** Runs after the first, whose cost includes compiling the code, for a steady figure. */
const REPEATS = 5;

export interface DateRun {
  found: StoryDate | undefined;
  /** The first read, ms: what a page pays once. */
  firstMs: number;
  /** The median of the later reads, ms. */
  medianMs: number;
}

export function run(url: string): DateRun {
  let start = performance.now();
  const found = readStoryDate(document, url);
  const firstMs = performance.now() - start;
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    start = performance.now();
    readStoryDate(document, url);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { found, firstMs, medianMs: times[Math.floor(REPEATS / 2)]! };
}
