/**
 * Nothing a page can drive, spoof or read beyond what highlighting needs:
 * no message from us, forged highlights and synthetic events open no card,
 * a page that claims our element names cannot run its code in our writes,
 * card links go only to the dataset's sources, the reader's settings are not
 * written into the page, and copied text carries none of our markup.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type LaunchedBrowser } from '../../scripts/lib/chrome';
import {
  CARD,
  HIGHLIGHT,
  setHighlights as setHighlightsOf,
  startHarness,
  waitForHighlights,
  type Harness,
} from './setup';

const CARD_HOST = 'div[data-backstory-card]';
/** Longer than the longest hover delay (600 ms), so a card that was going to open has opened. */
const CARD_WAIT_MS = 1_200;
/** The attributes a highlight may carry: what highlighting, its colour and the keyboard need. */
const HIGHLIGHT_ATTRIBUTES = [
  'aria-expanded',
  'aria-haspopup',
  'data-backstory-entity',
  'data-backstory-topic',
  'role',
  'tabindex',
];

let harness: Harness;
let clean: LaunchedBrowser;

beforeAll(async () => {
  harness = await startHarness();
  clean = await launchBrowser({ withExtension: false });
  // Source links open in new tabs: answer them here, so nothing leaves the machine.
  await harness.context.route(/^https:\/\//, (route) => route.fulfill({ status: 200, body: 'source' }));
});

afterAll(async () => {
  await clean?.close();
  await harness?.teardown();
});

afterEach(async () => {
  for (const page of harness.context.pages()) await page.close();
});

async function openWith(path: string, init: () => void): Promise<Page> {
  const page = await harness.context.newPage();
  await page.addInitScript(init);
  await page.goto(harness.server.url(path));
  return page;
}

function setHighlights(on: boolean): Promise<void> {
  return setHighlightsOf(harness, on);
}

async function hoverForCard(page: Page, selector: string) {
  await page.locator(selector).first().hover();
  const card = page.locator(CARD);
  await card.waitFor({ state: 'visible' });
  return card;
}

describe('the page hears nothing from us', () => {
  it('receives no message after load, nor after a card opens', async () => {
    const page = await openWith('iss-story.html', () => {
      const got: unknown[] = [];
      (window as unknown as { got: unknown[] }).got = got;
      window.addEventListener('message', (event) => got.push(event.data));
    });
    await waitForHighlights(page);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { got: unknown[] }).got)).toEqual([]);
    await hoverForCard(page, '#p-offer [data-backstory-entity="nasa"]');
    expect(await page.evaluate(() => (window as unknown as { got: unknown[] }).got)).toEqual([]);
  });
});

describe('forged highlights and synthetic events', () => {
  /** Runs in the page: a look-alike highlight placed before ours, and every synthetic way to open a card. */
  function forge(): void {
    const decoy = document.createElement('backstory-mark');
    decoy.id = 'decoy';
    decoy.setAttribute('data-backstory-entity', 'elon-musk');
    decoy.setAttribute('data-backstory-topic', 'people');
    decoy.setAttribute('tabindex', '0');
    decoy.setAttribute('role', 'button');
    decoy.textContent = 'Elon Musk (says the page)';
    document.querySelector('h1')!.before(decoy);
    const madeUp = document.createElement('backstory-mark');
    madeUp.id = 'made-up';
    madeUp.setAttribute('data-backstory-entity', 'made-up-person');
    madeUp.textContent = 'Nobody';
    decoy.after(madeUp);
    const ours = document.querySelector('#p-offer [data-backstory-entity="elon-musk"]')!;
    for (const target of [decoy, madeUp, ours]) {
      target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      target.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    }
    decoy.focus();
  }

  it('open no card, neither synthetic events on our highlights nor real ones on the page’s', async () => {
    const page = await harness.open('iss-story.html');
    await waitForHighlights(page);
    await page.evaluate(forge);
    await page.waitForTimeout(CARD_WAIT_MS);
    expect(await page.locator(CARD_HOST).count()).toBe(0);
    // A real pointer and a real key on the look-alikes.
    await page.hover('#decoy');
    await page.waitForTimeout(CARD_WAIT_MS);
    await page.focus('#decoy');
    await page.keyboard.press('Enter');
    await page.hover('#made-up');
    await page.waitForTimeout(CARD_WAIT_MS);
    expect(await page.locator(CARD_HOST).count()).toBe(0);
    // Our own highlight still opens its card.
    await hoverForCard(page, '#p-offer [data-backstory-entity="elon-musk"]');
  });

  it('the popup’s "show" goes to our highlight, not to a look-alike placed before it', async () => {
    const page = await harness.open('iss-story.html');
    await waitForHighlights(page);
    await page.evaluate(forge);
    const popup = await harness.openExtensionPage('popup');
    await page.bringToFront();
    await popup.reload();
    await popup.getByRole('button', { name: /Elon Musk/ }).click();
    await page.locator(CARD).waitFor({ state: 'visible' });
    const ours = page.locator('#p-offer [data-backstory-entity="elon-musk"]');
    expect(await ours.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('#decoy').getAttribute('aria-expanded')).toBeNull();
  });
});

describe('a page that registered our element names as its own', () => {
  for (const mode of ['move', 'throw']) {
    it(`(${mode === 'move' ? 'callbacks that move nodes' : 'constructors that throw'}): highlights under another name, text and DOM intact, the card opens`, async () => {
      const path = `squat.html?mode=${mode}`;
      const page = await harness.open(path);
      await waitForHighlights(page);
      const tags = await page.$$eval(HIGHLIGHT, (els) => [...new Set(els.map((el) => el.localName))]);
      expect(tags).toHaveLength(1);
      expect(tags[0]).toMatch(/^backstory-mark-[0-9a-f]+$/);
      expect(
        new Set(await page.$$eval(HIGHLIGHT, (els) => els.map((el) => el.getAttribute('data-backstory-entity')))),
      ).toEqual(new Set(['roscosmos', 'iss', 'nasa', 'elon-musk', 'spacex', 'dmitry-rogozin']));
      const cleanPage = await clean.context.newPage();
      await cleanPage.goto(harness.server.url(path));
      const expected = await cleanPage.evaluate(() => document.body.innerHTML);
      await cleanPage.close();
      expect(await page.evaluate(() => document.body.textContent)).toBe(
        await page.evaluate(() => {
          const copy = document.createElement('div');
          copy.innerHTML = document.body.innerHTML;
          return copy.textContent;
        }),
      );
      // The page's code ran at most once, for the look we took at the name; never inside our writes.
      const calls = await page.evaluate(() => (window as unknown as { squatCalls: string[] }).squatCalls);
      expect(calls.filter((call) => call.startsWith('backstory-mark')).length).toBeLessThanOrEqual(1);
      expect(calls.filter((call) => call.includes('connected'))).toEqual([]);
      // The card's host is a plain <div>: the page's backstory-card never runs.
      await hoverForCard(page, '#p1 [data-backstory-entity="roscosmos"]');
      expect(calls.filter((call) => call.startsWith('backstory-card'))).toEqual([]);
      await page.mouse.move(1, 1);
      await setHighlights(false);
      await expect.poll(() => page.locator(HIGHLIGHT).count()).toBe(0);
      expect(await page.evaluate(() => document.body.innerHTML)).toBe(expected);
      await setHighlights(true);
    });
  }
});

describe('card links', () => {
  it('follow only the dataset’s own https source: a link the page rewrote is refused', async () => {
    const page = await harness.open('iss-story.html');
    await waitForHighlights(page);
    const card = await hoverForCard(page, '#p-threat [data-backstory-entity="roscosmos"]');
    const link = card.locator('a[href]:visible').first();
    const source = (await link.getAttribute('href'))!;
    expect(source).toMatch(/^https:\/\//);

    const opened: string[] = [];
    harness.context.on('page', (tab) => opened.push(tab.url()));
    // The card's shadow root is open: a page script (this runs in the page's world) points the link elsewhere.
    const rewrite = (href: string) =>
      link.evaluate((a, to) => {
        (a as HTMLAnchorElement).href = to;
      }, href);
    await rewrite('https://phish.example/login');
    await link.click();
    await link.click({ button: 'middle' });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    expect(opened).toEqual([]);
    expect(harness.foreignRequests.filter((url) => url.includes('phish.example'))).toEqual([]);

    // The dataset's own address opens as it should.
    await rewrite(source);
    const [tab] = await Promise.all([harness.context.waitForEvent('page'), link.click()]);
    await tab.waitForLoadState();
    expect(tab.url()).toBe(new URL(source).href);
  });
});

describe('traces a page can read', () => {
  it('highlights carry only the entity, its topic and what the keyboard needs; no style setting', async () => {
    const page = await harness.open('iss-story.html');
    await waitForHighlights(page);
    const names = await page.$$eval(HIGHLIGHT, (els) =>
      [...new Set(els.flatMap((el) => el.getAttributeNames()))].sort(),
    );
    expect(names.every((name) => HIGHLIGHT_ATTRIBUTES.includes(name))).toBe(true);
    expect(names).not.toContain('data-backstory-style');
  });

  it('a page without names gets no stylesheet: a probe element looks like any unknown element', async () => {
    const page = await harness.open('no-names.html');
    await page.waitForTimeout(1_500);
    const probe = await page.evaluate(() => {
      const mark = document.createElement('backstory-mark');
      mark.setAttribute('data-backstory-entity', 'nasa');
      mark.textContent = 'NASA';
      document.body.append(mark);
      const style = getComputedStyle(mark);
      const result = { decoration: style.textDecorationLine, sheets: document.adoptedStyleSheets.length };
      mark.remove();
      return result;
    });
    expect(probe).toEqual({ decoration: 'none', sheets: 0 });
  });

  it('copying highlighted text puts the page’s text and markup on the clipboard, none of ours', async () => {
    await harness.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.server.origin });
    const page = await harness.open('iss-story.html');
    await waitForHighlights(page);
    const select = () => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('p-offer')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    };
    const selected = await page.evaluate(select);
    expect(await page.locator(`#p-offer ${HIGHLIGHT}`).count()).toBeGreaterThan(0);
    await page.keyboard.press('Control+C');
    // What a paste anywhere would get: the clipboard itself.
    const clipboard = await page.evaluate(async () => {
      const out: Record<string, string> = {};
      for (const item of await navigator.clipboard.read()) {
        for (const type of item.types) out[type] = await (await item.getType(type)).text();
      }
      return out;
    });
    expect(clipboard['text/plain']).toBe(selected);
    expect(clipboard['text/html']).toContain('Elon Musk replied');
    expect(clipboard['text/html']).not.toMatch(/backstory|tabindex|role=|aria-/i);

    // The same selection without Backstory on the page has the same text.
    const cleanPage = await clean.context.newPage();
    await cleanPage.goto(harness.server.url('iss-story.html'));
    const cleanText = await cleanPage.evaluate(select);
    await cleanPage.close();
    expect(clipboard['text/plain']).toBe(cleanText);
  });

  it('a selection without highlights is left to the browser', async () => {
    const page = await openWith('iss-story.html', () => {
      const copies: boolean[] = [];
      (window as unknown as { copies: boolean[] }).copies = copies;
      window.addEventListener('copy', (event) => copies.push(event.defaultPrevented));
    });
    await waitForHighlights(page);
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('.byline')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await page.keyboard.press('Control+C');
    await expect.poll(() => page.evaluate(() => (window as unknown as { copies: boolean[] }).copies)).toEqual([false]);
  });
});
