/**
 * The corpus sweep: loads saved real news pages in Chromium without the
 * extension and with it, and checks that Backstory leaves each page as it
 * was. Shared by `npm run sweep` (every page) and the end-to-end test (a few).
 *
 * For each page:
 * - errors: exceptions and console errors from the content script's world
 *   (or with our code on the stack), and page errors that only appear with
 *   the extension;
 * - text: `document.body.innerText` with highlights equals the page's own;
 * - DOM: after the popup's switch turns highlights off, `document.body.innerHTML`
 *   equals the page's own;
 * - scope: no highlight inside excluded elements;
 * - network: every request that is not to 127.0.0.1 is aborted in both runs,
 *   so the two runs see the same page; one made only with the extension fails.
 *
 * Pages are used where they lie (never copied into the project).
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { closeWelcomePage, launchBrowser, type LaunchedBrowser } from './chrome';
import { CORPUS_DIR, corpusMissing, readCorpusIndex } from './corpus';
import { serveFolder, type StaticServer } from './server';

export interface CorpusPage {
  /** Path inside the corpus folder. */
  file: string;
  elements: number;
  charset: string;
  language: string;
  category: string;
}

/** The corpus's pages, or undefined when the corpus is not there. */
export function readCorpusPages(dir = CORPUS_DIR): CorpusPage[] | undefined {
  return readCorpusIndex(dir)?.map((row) => ({
    file: row.file ?? '',
    elements: Number(row.dom_elements ?? ''),
    charset: row.charset ?? '',
    language: row.language ?? '',
    category: row.category ?? '',
  }));
}

/** The declared charset the page was saved with, sent as the server's header as the site did. */
function contentTypeFor(page: CorpusPage | undefined): Record<string, string> | undefined {
  if (!page) return undefined;
  const charset = /^(utf-8|iso-8859-1|windows-125\d|shift_jis|euc-kr|gb2312|gbk)$/i.exec(page.charset)?.[0];
  return { 'content-type': `text/html; charset=${charset ?? 'utf-8'}` };
}

const LOCAL = /^(https?:\/\/127\.0\.0\.1[:/]|chrome-extension:\/\/|data:|blob:|about:)/;
const OUR_CODE = /chrome-extension:\/\//;
/** Where the brief forbids highlights (the content script excludes more). */
export const MUST_NOT_HOLD_HIGHLIGHTS = [
  'textarea',
  'input',
  '[contenteditable]:not([contenteditable="false"])',
  'pre',
  'code',
  'script',
  'style',
  'nav',
].join(',');
const HIGHLIGHT = 'backstory-mark[data-backstory-entity]';

/** How long the DOM must stay unchanged before a snapshot, in ms (the watcher debounces 150 ms). */
const QUIET_MS = 500;
/** A page whose scripts never stop changing it is snapshotted after this long, in ms, and flagged. */
const SETTLE_LIMIT_MS = 6_000;
/** How long a page expected to have names may take to show its first highlight on a loaded machine. */
const FIRST_HIGHLIGHT_LIMIT_MS = 30_000;

/** The time and random seed the pages see. */
const PAGE_TIME = new Date('2026-01-15T12:00:00Z');
const RANDOM_SEED = 20261126;

/** Runs in the page's main world before its scripts: Math.random from a fixed seed (mulberry32). */
function seededRandom(seed: number): void {
  let state = seed >>> 0;
  Math.random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Snapshot {
  html: string;
  text: string;
  /** The DOM never went quiet for QUIET_MS before SETTLE_LIMIT_MS. */
  restless: boolean;
}

export interface SweepResult {
  file: string;
  /** Highlights on the page, and distinct entities among them. */
  highlights: number;
  entities: string[];
  /** Errors from the content script's world or with our code on the stack. */
  ourErrors: string[];
  /** Page errors seen only with the extension (the page's own, but maybe caused by us). */
  newPageErrors: string[];
  /** Where `innerText` with highlights first differs from the page's own, or null. */
  textDiff: string | null;
  /** Where `innerHTML` after turning highlights off first differs from the page's own, or null. */
  domDiff: string | null;
  /** Highlights found inside excluded elements (their ancestors' tags). */
  misplaced: string[];
  /** Foreign requests made only with the extension. */
  extensionRequests: string[];
  /** Foreign requests the page itself made (aborted in both runs). */
  blockedPageRequests: number;
  /**
   * The page is not the same twice without the extension (its scripts change
   * it on a timer or differ per load): text and DOM checks are not trustworthy.
   */
  nondeterministic: string | null;
  /**
   * Which checks matched no load without the extension and were judged within the load with it
   * (text before and after turning off; DOM after against the DOM with our tags taken out).
   */
  judgedWithinLoad: Array<'text' | 'dom'>;
  ms: number;
}

export function failed(result: SweepResult): boolean {
  return (
    result.ourErrors.length > 0 ||
    result.newPageErrors.length > 0 ||
    result.textDiff !== null ||
    result.domDiff !== null ||
    result.misplaced.length > 0 ||
    result.extensionRequests.length > 0
  );
}

/** The first difference between two strings, with a little context, or null. */
export function firstDifference(expected: string, actual: string, context = 60): string | null {
  if (expected === actual) return null;
  let at = 0;
  while (at < expected.length && at < actual.length && expected[at] === actual[at]) at++;
  const show = (text: string) => JSON.stringify(text.slice(Math.max(0, at - context), at + context));
  return `at ${at} of ${expected.length}/${actual.length}: expected …${show(expected)}… got …${show(actual)}…`;
}

interface Watch {
  ourErrors: string[];
  pageErrors: string[];
  /** Foreign requests, and those whose initiator's stack is in our code. */
  foreignRequests: string[];
  ourRequests: string[];
  /** The content script's isolated worlds. */
  ourContexts: Set<number>;
}

type CallFrames = { callFrames: Array<{ url: string }>; parent?: CallFrames };

function stackUrls(trace?: CallFrames): string[] {
  const urls: string[] = [];
  for (let part = trace; part; part = part.parent) urls.push(...part.callFrames.map((frame) => frame.url));
  return urls;
}

/** Records errors and requests through the DevTools protocol, which sees the content script's world too. */
async function watchPage(context: BrowserContext, page: Page): Promise<{ watch: Watch; cdp: CDPSession }> {
  const watch: Watch = { ourErrors: [], pageErrors: [], foreignRequests: [], ourRequests: [], ourContexts: new Set() };
  const cdp = await context.newCDPSession(page);
  const ours = (contextId: number | undefined, urls: string[]) =>
    watch.ourContexts.has(contextId ?? -1) || urls.some((url) => OUR_CODE.test(url));
  cdp.on('Runtime.executionContextCreated', ({ context: created }) => {
    if (OUR_CODE.test(created.origin)) watch.ourContexts.add(created.id);
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: details }) => {
    const message = `${details.exception?.description ?? details.text}`.split('\n')[0]!;
    if (ours(details.executionContextId, [details.url ?? '', ...stackUrls(details.stackTrace)])) {
      watch.ourErrors.push(`exception: ${message}`);
    } else {
      watch.pageErrors.push(message);
    }
  });
  cdp.on('Runtime.consoleAPICalled', (event) => {
    if (event.type !== 'error' && event.type !== 'assert') return;
    const text = event.args.map((arg) => arg.description ?? String(arg.value)).join(' ');
    if (ours(event.executionContextId, stackUrls(event.stackTrace)))
      watch.ourErrors.push(`console.${event.type}: ${text}`);
  });
  cdp.on('Log.entryAdded', ({ entry }) => {
    // Browser-side messages (CSP violations, blocked resources) that name our extension.
    if (entry.level === 'error' && (OUR_CODE.test(entry.url ?? '') || OUR_CODE.test(entry.text))) {
      watch.ourErrors.push(`log(${entry.source}): ${entry.text}`);
    }
  });
  cdp.on('Network.requestWillBeSent', ({ request, initiator }) => {
    if (LOCAL.test(request.url)) return;
    watch.foreignRequests.push(request.url);
    if (ours(undefined, [initiator.url ?? '', ...stackUrls(initiator.stack)])) watch.ourRequests.push(request.url);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  await cdp.send('Network.enable');
  return { watch, cdp };
}

/** Waits until the DOM has not changed for QUIET_MS; true if it never did within SETTLE_LIMIT_MS. */
async function waitQuiet(page: Page): Promise<boolean> {
  return page.evaluate(
    ({ quietMs, limitMs }) =>
      new Promise<boolean>((done) => {
        let last = performance.now();
        const started = last;
        const observer = new MutationObserver(() => (last = performance.now()));
        observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
        const timer = setInterval(() => {
          const now = performance.now();
          if (now - last >= quietMs || now - started >= limitMs) {
            clearInterval(timer);
            observer.disconnect();
            done(now - last < quietMs);
          }
        }, 50);
      }),
    { quietMs: QUIET_MS, limitMs: SETTLE_LIMIT_MS },
  );
}

async function snapshot(page: Page): Promise<Snapshot> {
  const restless = await waitQuiet(page);
  const { html, text } = await page.evaluate(() => ({
    html: document.body?.innerHTML ?? '',
    text: document.body?.innerText ?? '',
  }));
  return { html, text, restless };
}

/**
 * The page's HTML with our highlight tags taken out: what the page itself
 * would serialise at that moment (a highlight holds only text, and adjacent
 * text nodes serialise as one).
 */
export function withoutHighlightTags(html: string): string {
  return html.replace(/<backstory-mark [^>]*>|<\/backstory-mark>/g, '');
}

/**
 * Deliberate faults, done from the content script's own world, that the sweep
 * must report: proves each check can fail.
 */
const SABOTAGE = `
  setTimeout(() => { throw new Error('sabotage: thrown in the content script world'); }, 0);
  fetch('https://sabotage.invalid/beacon').catch(() => {});
  const pre = document.createElement('pre');
  const mark = document.createElement('backstory-mark');
  mark.setAttribute('data-backstory-entity', 'sabotage');
  mark.textContent = 'sabotage';
  pre.append(mark);
  document.body.append(pre);
`;

export interface RunOptions {
  /** Commit the faults in SABOTAGE during the run with the extension (for the sweep's own test). */
  sabotage?: boolean;
  /**
   * The page has names: wait for the first highlight before waiting for the
   * DOM to go quiet. Under load the background's answers can take longer than
   * QUIET_MS, and a page that is quiet before our first write would be
   * snapshotted without highlights.
   */
  expectHighlights?: boolean;
}

export interface Sweeper {
  readonly pages: CorpusPage[];
  run(page: CorpusPage, options?: RunOptions): Promise<SweepResult>;
  close(): Promise<void>;
}

/** Up to this many loads without the extension when a page is not the same twice. */
const MAX_BASELINE_LOADS = 6;

/** Starts the server and both browsers; `run` checks one page. */
export async function startSweep(dir = CORPUS_DIR): Promise<Sweeper> {
  const pages = readCorpusPages(dir);
  if (!pages) throw new Error(corpusMissing(dir));
  const byPath = new Map(pages.map((page) => [`/${page.file}`, page]));
  const server: StaticServer = await serveFolder(dir, {}, (path) => contentTypeFor(byPath.get(path)));
  let clean: LaunchedBrowser | undefined;
  let withExtension: LaunchedBrowser | undefined;
  try {
    clean = await launchBrowser({ withExtension: false });
    withExtension = await launchBrowser({ withExtension: true });
    // Its welcome page, still navigating, would make the clock below fail (one run in ten).
    await closeWelcomePage(withExtension.context);
  } catch (error) {
    await withExtension?.close();
    await clean?.close();
    await server.close();
    throw error;
  }
  for (const browser of [clean, withExtension]) {
    // Saved pages point at their sites' images and scripts: abort those in both runs alike.
    // A script that sends the page to its real site gets "204 No Content", which keeps the page.
    await browser.context.route(
      (url) => !LOCAL.test(url.href),
      (route) =>
        route.request().isNavigationRequest() && route.request().frame().parentFrame() === null
          ? route.fulfill({ status: 204 })
          : route.abort('blockedbyclient'),
    );
    // Pages put the time and random numbers into their DOM (cache busters, ad slots): the same
    // values in every run make two loads comparable. Only the page's own world is affected; the
    // content script runs in its isolated world with the real clock.
    await browser.context.clock.setFixedTime(PAGE_TIME);
    await browser.context.addInitScript(seededRandom, RANDOM_SEED);
  }
  const popup = await withExtension.context.newPage();
  // The popup is ours: anything it asks of the network counts against us.
  const popupRequests: string[] = [];
  popup.on('request', (request) => {
    if (!LOCAL.test(request.url())) popupRequests.push(request.url());
  });
  await popup.goto(`chrome-extension://${withExtension.extensionId}/popup.html`);
  const highlightsSwitch = popup.getByRole('switch', { name: 'Highlights' });

  async function setHighlights(on: boolean): Promise<void> {
    if ((await highlightsSwitch.isChecked()) !== on) await highlightsSwitch.click();
    if ((await highlightsSwitch.isChecked()) !== on) throw new Error(`The Highlights switch did not turn ${on}.`);
  }

  async function load(browser: LaunchedBrowser, file: string) {
    const page = await browser.context.newPage();
    const { watch, cdp } = await watchPage(browser.context, page);
    await page.goto(server.url(encodeURI(file)), { waitUntil: 'load', timeout: 30_000 });
    return { page, watch, cdp };
  }

  async function run(corpusPage: CorpusPage, options: RunOptions = {}): Promise<SweepResult> {
    const started = Date.now();
    const { file } = corpusPage;

    // The page without the extension, loaded again while it differs from itself (then it is
    // flagged, and the load with the extension is compared with each variant).
    const variants: Snapshot[] = [];
    const baselineErrors = new Set<string>();
    const pageForeign = new Set<string>();
    async function loadBaseline(): Promise<void> {
      const opened = await load(clean!, file);
      variants.push(await snapshot(opened.page));
      for (const message of opened.watch.pageErrors) baselineErrors.add(message);
      for (const url of opened.watch.foreignRequests) pageForeign.add(url);
      await opened.cdp.detach();
      await opened.page.close();
    }
    await loadBaseline();
    await loadBaseline();
    while (variants.length < MAX_BASELINE_LOADS && (variants[0]!.html !== variants[1]!.html || variants[0]!.restless)) {
      await loadBaseline();
    }

    await setHighlights(true);
    popupRequests.length = 0;
    const marked = await load(withExtension!, file);
    if (options.sabotage) {
      // Give the content script time to start, then act from its world.
      await marked.page.waitForTimeout(QUIET_MS);
      const [contextId] = marked.watch.ourContexts;
      if (contextId === undefined) throw new Error('sabotage: the content script world was not found');
      await marked.cdp.send('Runtime.evaluate', { expression: SABOTAGE, contextId });
    }
    if (options.expectHighlights) {
      // A page that never shows one is reported by the caller's check of the entities, not as a time-out.
      await marked.page.waitForSelector(HIGHLIGHT, { timeout: FIRST_HIGHLIGHT_LIMIT_MS }).catch(() => undefined);
    }
    const highlighted = await snapshot(marked.page);
    const found = await marked.page.evaluate(
      ({ highlight, excluded }) =>
        [...document.querySelectorAll(highlight)].map((element) => ({
          id: element.getAttribute('data-backstory-entity') ?? '',
          misplacedIn: element.parentElement?.closest(excluded)?.tagName.toLowerCase() ?? null,
        })),
      { highlight: HIGHLIGHT, excluded: MUST_NOT_HOLD_HIGHLIGHTS },
    );

    await setHighlights(false);
    // Leftover highlights are reported by the DOM comparison below, not as a time-out.
    await marked.page
      .waitForFunction((selector) => !document.querySelector(selector), HIGHLIGHT, { timeout: 5_000 })
      .catch(() => undefined);
    const cleared = await snapshot(marked.page);
    await marked.cdp.detach();
    await marked.page.close();

    // A page whose own scripts race (async scripts inserted in the order their requests fail)
    // may show a variant not seen yet: load it again before calling a difference ours.
    const matches = () =>
      variants.some((variant) => variant.text === highlighted.text) &&
      variants.some((variant) => variant.html === cleared.html);
    while (!options.sabotage && !matches() && variants.length < MAX_BASELINE_LOADS) await loadBaseline();

    const htmls = [...new Set(variants.map((variant) => variant.html))];
    const nondeterministic = variants[0]!.restless
      ? `its DOM never stays unchanged for ${QUIET_MS} ms`
      : htmls.length > 1
        ? `${htmls.length} different DOMs in ${variants.length} loads, first ${firstDifference(htmls[0]!, htmls[1]!, 30)}`
        : null;
    // When the page is not the same twice, the load with the extension is also judged against
    // itself: the text before and after, the DOM after against the DOM with our tags taken out.
    const sameLoad = nondeterministic !== null && !options.sabotage;
    const textMatchesPage = variants.some((variant) => variant.text === highlighted.text);
    const domMatchesPage = variants.some((variant) => variant.html === cleared.html);
    const textDiff = textMatchesPage
      ? null
      : sameLoad && highlighted.text === cleared.text
        ? null
        : firstDifference(variants[0]!.text, highlighted.text);
    const domDiff = domMatchesPage
      ? null
      : sameLoad && withoutHighlightTags(highlighted.html) === cleared.html
        ? null
        : firstDifference(variants[0]!.html, cleared.html);

    // A request the page never made without the extension is ours. On a page that is not the same
    // twice its scripts' URLs carry values that differ per load (even in the path): compare hosts.
    const where = (url: string) => (nondeterministic ? url.replace(/^([a-z]+:\/\/[^/?#]*).*$/i, '$1') : url);
    const pagePlaces = new Set([...pageForeign].map(where));
    const extensionRequests = new Set([
      ...marked.watch.ourRequests,
      ...marked.watch.foreignRequests.filter((url) => !pagePlaces.has(where(url))),
      ...popupRequests,
    ]);
    return {
      file,
      highlights: found.length,
      entities: [...new Set(found.map((entry) => entry.id))].sort(),
      ourErrors: marked.watch.ourErrors,
      newPageErrors: [...new Set(marked.watch.pageErrors.filter((message) => !baselineErrors.has(message)))],
      textDiff,
      domDiff,
      misplaced: found.flatMap((entry) => (entry.misplacedIn ? [`${entry.id} in <${entry.misplacedIn}>`] : [])),
      extensionRequests: [...extensionRequests],
      blockedPageRequests: pageForeign.size,
      nondeterministic,
      judgedWithinLoad: [
        ...(textMatchesPage || textDiff ? [] : (['text'] as const)),
        ...(domMatchesPage || domDiff ? [] : (['dom'] as const)),
      ],
      ms: Date.now() - started,
    };
  }

  return {
    pages,
    run,
    async close() {
      await withExtension?.close();
      await clean?.close();
      await server.close();
    },
  };
}
