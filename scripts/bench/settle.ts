/**
 * When is a page load over, for the extension as much as for the page? The
 * bench cannot know what the extension does, so it watches the page: after
 * the load event, the page has settled when, for QUIET_MS, there was no DOM
 * mutation and no long task (seen from the page), and the renderer's main
 * thread was busy for less than BUSY_SHARE of that window (seen from the
 * DevTools protocol, which also catches short tasks that change nothing, such
 * as a scan in idle slices). SETTLE_CAP_MS ends the wait on pages that never
 * stop (a ticking clock, a carousel); those loads are counted and reported.
 *
 * The watcher runs in the page's main world in every set-up alike; it costs
 * one microtask per batch of mutations and a handful of timer ticks.
 *
 * The extension's loader waits for the page's first idle moment before its
 * first look (entrypoints/content/delays.ts FIRST_LOOK_IDLE_TIMEOUT_MS): a
 * page quiet for QUIET_MS has had one, so that look has started, and its one
 * round trip to the background ended, before the metrics are read. (Checked:
 * read again 3.5 s after the navigation, the built extension's figures were
 * the same on the pages tried.)
 */
import type { CDPSession, Page } from 'playwright-core';

/** Quiet this long after the last mutation or long task: a content script waiting on its background answers well within it. */
export const QUIET_MS = 500;
/** Main-thread share that still counts as idle: the page's own timers, not a content script working through slices. */
export const BUSY_SHARE = 0.05;
/** Give up waiting after this long past the load event (the longest pages highlight in slices over a few seconds). */
export const SETTLE_CAP_MS = 12_000;

/** Property the watcher defines on the page's window; unlikely to meet a page's own. */
const KEY = '__backstoryBenchQuietFor';

/** Installed before any of the page's scripts, with `page.addInitScript`. */
export const WATCHER_SCRIPT = `(() => {
  const now = performance.now.bind(performance);
  let last = now();
  const bump = () => { last = now(); };
  new MutationObserver(bump).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) last = Math.max(last, entry.startTime + entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  Object.defineProperty(window, '${KEY}', { value: () => now() - last });
})();`;

export interface Metrics {
  ScriptDuration: number;
  TaskDuration: number;
  ThreadTime: number;
  DevToolsCommandDuration: number;
  [name: string]: number;
}

export async function readMetrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const byName = Object.fromEntries(metrics.map((metric) => [metric.name, metric.value]));
  for (const name of ['ScriptDuration', 'TaskDuration', 'ThreadTime'] as const) {
    if (typeof byName[name] !== 'number') throw new Error(`this Chromium's Performance.getMetrics has no ${name}`);
  }
  return { DevToolsCommandDuration: 0, ...byName } as Metrics;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export interface Settled {
  settled: boolean;
  /** Time from the load event to settling (or the cap), ms. */
  waitedMs: number;
  /** The metrics read at that moment. */
  metrics: Metrics;
}

/**
 * Waits after the load event until the page has settled, and returns the
 * metrics read then. Polls the protocol once per QUIET_MS window (each poll
 * is a tiny task on the page's thread) and asks the page once per window how
 * long it has been quiet.
 */
export async function waitUntilSettled(page: Page, cdp: CDPSession): Promise<Settled> {
  const start = Date.now();
  let before = await readMetrics(cdp);
  for (;;) {
    await sleep(QUIET_MS);
    const after = await readMetrics(cdp);
    const busyMs = (after.TaskDuration - before.TaskDuration) * 1000;
    const quietForMs = await page.evaluate((key) => (window as unknown as Record<string, () => number>)[key]!(), KEY);
    const waitedMs = Date.now() - start;
    if (quietForMs >= QUIET_MS && busyMs < BUSY_SHARE * QUIET_MS) return { settled: true, waitedMs, metrics: after };
    if (waitedMs >= SETTLE_CAP_MS) return { settled: false, waitedMs, metrics: after };
    before = after;
  }
}
