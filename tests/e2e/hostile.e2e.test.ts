/**
 * Pages that fight back: hostile CSS, a strict Content-Security-Policy sent
 * as a header, iframes, an editable body, design mode, one enormous text
 * node, and an XHTML document. Each has one clear expected behaviour:
 * highlight correctly, or stay away and leave the page exactly as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { launchBrowser, type LaunchedBrowser } from '../../scripts/lib/chrome';
import { CARD, HIGHLIGHT, entityIds, setHighlights as setHighlightsOf, useHarness, waitForHighlights } from './setup';

const CSP = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'";

/** Long enough for the content script to have started and the watcher to have run (it waits 150 ms). */
const SETTLE_MS = 1_500;

// The fixture pages, with the policy header for the CSP page.
const harness = useHarness({
  headersFor: (path) => (path === '/hostile-csp.html' ? { 'content-security-policy': CSP } : undefined),
});
/** A browser without the extension, served by the same server: how each page is on its own. */
let clean: LaunchedBrowser;

beforeAll(async () => {
  clean = await launchBrowser({ withExtension: false });
});

afterAll(async () => {
  await clean?.close();
});

async function open(path: string, browser: LaunchedBrowser = harness): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(harness.server.url(path));
  return page;
}

/** The page as it is without the extension, measured in a clean browser. */
async function withoutExtension<T>(path: string, measure: (page: Page) => Promise<T>): Promise<T> {
  const page = await open(path, clean);
  try {
    return await measure(page);
  } finally {
    await page.close();
  }
}

function setHighlights(on: boolean): Promise<void> {
  return setHighlightsOf(harness, on);
}

const bodyHtml = (target: Page | Frame) => target.evaluate(() => document.body.innerHTML);

async function styleOf(target: Page, selector: string, properties: string[]): Promise<Record<string, string>> {
  return target
    .locator(selector)
    .first()
    .evaluate((element, names) => {
      const style = getComputedStyle(element);
      return Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name)]));
    }, properties);
}

/** Hovers a highlight and returns the card's computed look (it lives in a shadow root). */
async function cardLook(page: Page, highlight: string): Promise<Record<string, string>> {
  await page.locator(highlight).first().hover();
  const card = page.locator(CARD);
  await card.waitFor({ state: 'visible' });
  const look = await card.evaluate((element) => {
    const style = getComputedStyle(element);
    const host = (element.getRootNode() as ShadowRoot).host;
    const box = element.getBoundingClientRect();
    return {
      hostDisplay: getComputedStyle(host).display,
      position: style.position,
      fontFamily: style.fontFamily,
      fontSize: style.fontSize,
      color: style.color,
      background: style.backgroundColor,
      width: String(Math.round(box.width)),
      visible: String(box.width > 100 && box.height > 50),
    };
  });
  await page.mouse.move(1, 1);
  await card.waitFor({ state: 'detached' });
  return look;
}

describe('hostile CSS: rules for mark, span, every element, shadow hosts, all: unset', () => {
  it('highlights look like highlights, the card looks as on any page, and the page keeps its own styles', async () => {
    const page = await open('hostile-css.html');
    await waitForHighlights(page);
    expect(new Set(await entityIds(page))).toEqual(new Set(['roscosmos', 'nasa', 'iss', 'elon-musk', 'spacex']));

    // Our rules win over the page's `*`, `span` and `all: unset`: inline, underlined, the text's own colour.
    const plain = await styleOf(page, '#plain [data-backstory-entity]', ['display', 'text-decoration-line', 'color']);
    expect(plain).toEqual({ display: 'inline', 'text-decoration-line': 'underline', color: 'rgb(18, 52, 86)' });
    const inSpan = await styleOf(page, '#page-span [data-backstory-entity]', ['display', 'color']);
    expect(inSpan).toEqual({ display: 'inline', color: 'rgb(200, 0, 0)' });

    // The page's own mark and span are styled exactly as without the extension.
    const own = ['display', 'color', 'letter-spacing', 'background-color'];
    const expected = await withoutExtension('hostile-css.html', async (clean) => [
      await styleOf(clean, '#own-mark', own),
      await styleOf(clean, '#page-span', own),
    ]);
    expect([await styleOf(page, '#own-mark', own), await styleOf(page, '#page-span', own)]).toEqual(expected);

    // The card's host is the body's last child, which the page hides with !important: the card still shows.
    const hostile = await cardLook(page, '#plain [data-backstory-entity="nasa"]');
    const story = await harness.open('iss-story.html');
    await waitForHighlights(story);
    const normal = await cardLook(story, '[data-backstory-entity="nasa"]');
    expect(hostile.visible).toBe('true');
    expect(hostile.hostDisplay).not.toBe('none');
    expect({ ...hostile, hostDisplay: '' }).toEqual({ ...normal, hostDisplay: '' });
    await page.close();
    await story.close();
  });
});

describe('a strict Content-Security-Policy header', () => {
  it('highlights and opens styled cards without one policy violation of our own', async () => {
    const page = await open('hostile-csp.html');
    await waitForHighlights(page);
    // The policy is in force: the page's own inline style is blocked.
    expect((await styleOf(page, '#inline-blocked', ['color'])).color).not.toBe('rgb(255, 0, 0)');
    expect(new Set(await entityIds(page))).toEqual(new Set(['dmitry-rogozin', 'roscosmos', 'iss', 'nasa', 'spacex']));
    expect((await styleOf(page, HIGHLIGHT, ['text-decoration-line']))['text-decoration-line']).toBe('underline');
    const look = await cardLook(page, '[data-backstory-entity="roscosmos"]');
    expect(look.visible).toBe('true');
    expect(look.position).toBe('fixed');
    await page.waitForTimeout(200);
    const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    const pageOwn = await withoutExtension('hostile-csp.html', async (clean) => {
      await clean.waitForTimeout(500);
      return clean.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    });
    expect(violations).toEqual(pageOwn);
    await page.close();
  });
});

describe('pages in iframes', () => {
  it('highlights the top page and leaves embedded frames exactly as they are', async () => {
    const page = await open('hostile-iframe.html');
    await waitForHighlights(page);
    expect(new Set(await entityIds(page))).toEqual(new Set(['nasa', 'roscosmos', 'iss']));
    const frames = async (target: Page) => {
      const child = target.frameLocator('#same-origin').locator('#child');
      const inner = target.frameLocator('#srcdoc').locator('#inner');
      await child.waitFor();
      await inner.waitFor();
      return Promise.all(['#same-origin', '#srcdoc'].map(async (id) => (await (await target.$(id))!.contentFrame())!));
    };
    await page.waitForTimeout(SETTLE_MS);
    const [child, srcdoc] = await frames(page);
    const expected = await withoutExtension('hostile-iframe.html', async (clean) => {
      const [cleanChild, cleanSrcdoc] = await frames(clean);
      return [await bodyHtml(cleanChild!), await bodyHtml(cleanSrcdoc!)];
    });
    expect([await bodyHtml(child!), await bodyHtml(srcdoc!)]).toEqual(expected);
    expect(await child!.locator(HIGHLIGHT).count()).toBe(0);
    await page.close();
  });
});

describe('editable pages', () => {
  for (const [name, path] of [
    ['<body contenteditable>', 'hostile-contenteditable.html'],
    ["document.designMode = 'on'", 'hostile-designmode.html'],
  ] as const) {
    it(`${name}: no highlight, not even after typing a name, and the DOM is the page's own`, async () => {
      // The same names on a plain page are highlighted: the extension is on.
      const control = await harness.open('iss-story.html');
      await waitForHighlights(control);
      await control.close();

      const page = await open(path);
      await page.waitForTimeout(SETTLE_MS);
      expect(await page.locator(HIGHLIGHT).count()).toBe(0);
      expect(await bodyHtml(page)).toBe(await withoutExtension(path, bodyHtml));

      await page.locator('#draft').click();
      await page.keyboard.press('End');
      await page.keyboard.type(' NASA and Roscosmos again.');
      await page.waitForTimeout(SETTLE_MS);
      expect(await page.locator(HIGHLIGHT).count()).toBe(0);
      expect(await page.locator('#draft').textContent()).toBe(
        'NASA and Roscosmos; ask Elon Musk about SpaceX and the ISS. NASA and Roscosmos again.',
      );
      await page.close();
    });
  }
});

describe('an article that becomes editable after it was highlighted', () => {
  for (const [name, makeEditable] of [
    ['contenteditable set by an "Edit" button', 'editArticle'],
    ['design mode turned on later', 'designModeOn'],
  ] as const) {
    it(`${name}: what the reader types is kept, in a highlight or in the page's own text`, async () => {
      const page = await open('hostile-editable-later.html');
      await waitForHighlights(page);
      // As a reader sees it: the editor itself may tidy collapsible whitespace while one types.
      const text = () => page.locator('#p').evaluate((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim());
      const original = await text();
      await page.evaluate((call) => (window as unknown as Record<string, () => void>)[call]!(), makeEditable);

      if (makeEditable === 'editArticle') {
        // A contenteditable change is seen: the region is the reader's now, so our highlights leave it
        // at once, their text staying where it was.
        await expect.poll(() => page.locator(`#p ${HIGHLIGHT}`).count()).toBe(0);
        expect(await text()).toBe(original);
        await page.locator('#p').click({ position: { x: 40, y: 8 } });
        await page.keyboard.type('QQ');
      } else {
        // Design mode cannot be observed: into a highlight, the typed letters stay, wherever the caret put them.
        await page.locator('[data-backstory-entity="roscosmos"]').first().click();
        await page.keyboard.type('QQ');
      }
      await expect.poll(async () => (await text()).replace('QQ', '')).toBe(original);
      // Into the page's own text before the first highlight: the rest of the paragraph stays too.
      await page.locator('#p').click({ position: { x: 2, y: 8 } });
      await page.keyboard.type('XYZ');
      await expect.poll(async () => (await text()).replace('QQ', '').replace('XYZ', '')).toBe(original);
      const typed = await text();
      expect(typed).toContain('XYZ');

      // Turning highlights off leaves the reader's text as it is now.
      await setHighlights(false);
      await expect.poll(() => page.locator(`#p ${HIGHLIGHT}`).count()).toBe(0);
      expect(await text()).toBe(typed);
      await setHighlights(true);
      await page.close();
    });
  }
});

describe('a very long single text node (about 2 MB)', () => {
  it('highlights names in it, keeps its text, and gives the same node back when turned off', async () => {
    const page = await open('hostile-long-text.html');
    await waitForHighlights(page);
    await expect
      .poll(async () => new Set(await entityIds(page)))
      .toEqual(new Set(['nasa', 'roscosmos', 'spacex', 'iss']));
    const sameText = () =>
      document.getElementById('log')!.textContent === (window as unknown as { longText: string }).longText;
    expect(await page.evaluate(sameText)).toBe(true);
    await setHighlights(false);
    await expect.poll(() => page.locator(HIGHLIGHT).count()).toBe(0);
    const restored = await page.evaluate(() => {
      const log = document.getElementById('log')!;
      const { longNode, longText } = window as unknown as { longNode: Text; longText: string };
      return log.childNodes.length === 1 && log.firstChild === longNode && longNode.data === longText;
    });
    expect(restored).toBe(true);
    await setHighlights(true);
    await page.close();
  });
});

describe('an XHTML document (application/xhtml+xml)', () => {
  it('highlights correctly, opens the card, and restores the exact document when turned off', async () => {
    const page = await open('hostile-xhtml.xhtml');
    expect(await page.evaluate(() => document.contentType)).toBe('application/xhtml+xml');
    await waitForHighlights(page);
    expect(new Set(await entityIds(page))).toEqual(new Set(['dmitry-rogozin', 'nasa', 'iss', 'spacex']));
    expect(await page.locator(`code ${HIGHLIGHT}`).count()).toBe(0);
    expect((await cardLook(page, '[data-backstory-entity="nasa"]')).visible).toBe('true');
    await setHighlights(false);
    await expect.poll(() => page.locator(HIGHLIGHT).count()).toBe(0);
    const html = (target: Page) => target.evaluate(() => document.documentElement.outerHTML);
    expect(await html(page)).toBe(await withoutExtension('hostile-xhtml.xhtml', html));
    await setHighlights(true);
    await page.close();
  });
});
