/**
 * A Preact app that re-renders text with names every 450 ms (writes `.data`
 * on text nodes it holds, inserts, removes and moves keyed items, swaps an
 * element for text) must keep working with Backstory on the page: no errors,
 * no lost or duplicated text, and highlights that follow the new content.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { HIGHLIGHT, highlightsNow, useHarness, waitForHighlights } from './setup';

const PRESET = resolve(import.meta.dirname, '../../node_modules/preact');
const VENDOR: Record<string, string> = {
  'preact.mjs': resolve(PRESET, 'dist/preact.mjs'),
  'hooks.mjs': resolve(PRESET, 'hooks/dist/hooks.mjs'),
};

/** The names the app shows (none of them ambiguous), with the entity each is highlighted as. */
const NAMES: Record<string, string[]> = {
  NASA: ['nasa'],
  ISS: ['iss'],
  Roscosmos: ['roscosmos'],
  SpaceX: ['spacex'],
  'Crew Dragon': ['crew-dragon'],
  'Elon Musk': ['elon-musk'],
  'Dmitry Rogozin': ['dmitry-rogozin'],
};

interface App {
  pause(): void;
  resume(): void;
  tick(): number;
  check(): string[];
  texts(): string[];
}

const harness = useHarness();

beforeAll(async () => {
  // Preact's own ES modules, served from node_modules at the paths the page's import map names.
  await harness.context.route(/\/framework-vendor\/(preact|hooks)\.mjs$/, (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()!;
    return route.fulfill({ path: VENDOR[name]!, contentType: 'text/javascript; charset=utf-8' });
  });
});

const app = <T>(page: Page, call: (app: App) => T) =>
  page.evaluate((source) => {
    const run = new Function('app', `return (${source})(app)`) as (app: unknown) => T;
    return run((window as unknown as { app: App }).app);
  }, call.toString());

/** Highlights that are not one of the app's names, or name the wrong entity. */
async function wrongHighlights(page: Page): Promise<string[]> {
  const found = await highlightsNow(page);
  return found.filter(({ text, id }) => !NAMES[text]?.includes(id)).map(({ text, id }) => `${text} as ${id}`);
}

/** Names whose count of highlights differs from their count on screen (none once the watcher caught up). */
async function highlightsOutOfStep(page: Page, { firstMentionOnly = false } = {}): Promise<string[]> {
  const texts = (await app(page, (a) => a.texts())).join('\n');
  const marked = (await highlightsNow(page)).map((highlight) => highlight.text);
  const problems: string[] = [];
  for (const name of Object.keys(NAMES)) {
    const onScreen = texts.split(name).length - 1;
    const expected = firstMentionOnly ? Math.min(onScreen, 1) : onScreen;
    const highlighted = marked.filter((text) => text === name).length;
    if (highlighted !== expected) problems.push(`${name}: ${onScreen} on screen, ${highlighted} highlighted`);
  }
  return problems;
}

async function setSwitch(page: Page, name: string, on: boolean): Promise<void> {
  const control = page.getByRole('switch', { name });
  if ((await control.isChecked()) !== on) await control.click();
  await expect.poll(() => control.isChecked()).toBe(on);
}

async function openApp(): Promise<{ page: Page; errors: string[] }> {
  const page = await harness.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(harness.server.url('framework-preact.html'));
  await waitForHighlights(page);
  return { page, errors };
}

/** Lets the app run, checking its DOM against what it rendered every 100 ms. */
async function runFor(page: Page, ms: number): Promise<string[]> {
  const problems: string[] = [];
  await app(page, (a) => a.resume());
  const until = Date.now() + ms;
  while (Date.now() < until) {
    problems.push(...(await app(page, (a) => a.check())), ...(await wrongHighlights(page)));
    await page.waitForTimeout(100);
  }
  await app(page, (a) => a.pause());
  return [...new Set(problems)];
}

describe('a Preact app that re-renders names', () => {
  it('keeps working, keeps its text exact, and every mention is highlighted as the content changes', async () => {
    // Every mention marked: the strictest way to see highlights follow the content.
    const options = await harness.openExtensionPage('options');
    await setSwitch(options, 'Only the first mention of each name', false);
    await options.close();
    const { page, errors } = await openApp();

    for (let round = 0; round < 2; round++) {
      const tickBefore = await app(page, (a) => a.tick());
      expect(await runFor(page, 3_000)).toEqual([]);
      expect(await app(page, (a) => a.tick())).toBeGreaterThan(tickBefore + 3);
      // Paused: once the watcher has caught up, each mention on screen has its highlight, and no old one is left.
      await expect.poll(() => highlightsOutOfStep(page), { timeout: 15_000 }).toEqual([]);
      expect(await app(page, (a) => a.check())).toEqual([]);
      expect(await wrongHighlights(page)).toEqual([]);
    }

    // Highlights off: the app's DOM is its own again, and it goes on rendering.
    const popup = await harness.openExtensionPage('popup');
    await setSwitch(popup, 'Highlights', false);
    await expect.poll(() => page.locator(HIGHLIGHT).count()).toBe(0);
    expect(await app(page, (a) => a.check())).toEqual([]);
    expect(await runFor(page, 1_500)).toEqual([]);
    await setSwitch(popup, 'Highlights', true);
    await waitForHighlights(page);
    expect(await runFor(page, 1_500)).toEqual([]);

    expect(errors).toEqual([]);
    expect(harness.foreignRequests).toEqual([]);
    await page.close();
    await popup.close();
  }, 90_000);

  // First-mention mode hands the highlight on: when the page rewrites or removes the node holding an
  // entity's only highlight, the watcher rescans and the next mention takes over.
  it('in first-mention mode (the default), the next mention takes over when the marked one leaves the screen', async () => {
    const options = await harness.openExtensionPage('options');
    await setSwitch(options, 'Only the first mention of each name', true);
    await options.close();
    const { page, errors } = await openApp();
    for (let round = 0; round < 2; round++) {
      expect(await runFor(page, 3_000)).toEqual([]);
      await expect.poll(() => highlightsOutOfStep(page, { firstMentionOnly: true }), { timeout: 15_000 }).toEqual([]);
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
