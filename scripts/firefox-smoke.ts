/**
 * Firefox smoke test: the Firefox build installed into firefox-esr (headless,
 * through `web-ext run`) must highlight the sample story. The page reports
 * back to this script's local server what the content script did: which
 * names it marked, whether the text stayed the same, whether any highlight
 * landed where it must not.
 *
 * Then the keyboard: this script presses Tab in the story's tab (real key
 * presses, through Marionette, scripts/lib/marionette.ts) until the focus is
 * on a name, and the page reports the card that opens: it is there, placed
 * (fixed, inside the window), in its own font size and colours although the
 * page's CSS tries to change them, and it reads the focused entity's name
 * and facts.
 *
 * Then an update: this script changes the add-on's files under the open page
 * and web-ext reloads it, as an update does. Firefox stops the old copy of
 * the content script and injects the new one: the old copy's highlights and
 * its open card must all go, the new copy's highlights come up once (none
 * nested), the text stay the page's own, no page error, and the next Tab
 * must open exactly one card, the new copy's. (Chromium's side of this is
 * tests/e2e/lifecycle-update.e2e.test.ts. Disabling or removing the add-on
 * in Firefox is not driven here: web-ext run can only reload it.)
 *
 *   npm run build:firefox && npm run test:firefox
 *
 * FIREFOX_PATH picks another Firefox; exits 2 when there is none or no build.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { Marionette, TAB_KEY } from './lib/marionette';
import { throwawayHome } from './lib/throwaway-home';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE_DIR = join(ROOT, '.output/firefox-mv2');
const STORY = join(ROOT, 'tests/fixtures/pages/iss-story.html');
const FIREFOX = process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
/** Names the story mentions that Firefox must mark (the Chromium tests check the full list). */
const EXPECTED = ['dmitry-rogozin', 'elon-musk', 'iss', 'nasa', 'roscosmos', 'spacex'];
/**
 * The whole run: Firefox's start-up, the add-on's install, the first pass,
 * the card and an update (about a minute on a busy 2-core machine), inside
 * the 300 s that `npm run test:firefox` gives it.
 */
const LIMIT_MS = 180_000;
/** Each step that waits for the page (a card, the next report), on a busy machine. */
const STEP_MS = 30_000;
/** web-ext's reload and the new copy's first pass; the page itself gives up on new highlights after 60 s. */
const UPDATE_MS = 90_000;
/** The story's section links come before its first name; a few more presses than that. */
const MAX_TABS = 12;
/** The card's own font size (the `.card` rule in components/card.css), which the page's CSS must not change. */
const CARD_FONT_SIZE = '13px';
/**
 * A page whose CSS reaches for the card's host: every inherited property set
 * here would flow into the card were its host not reset (`all: initial`),
 * and a root font size would scale any rem-based size.
 */
const PAGE_CSS = `
  html { font-size: 31px; }
  div[data-backstory-card] { font-size: 29px !important; line-height: 3 !important; letter-spacing: 9px !important;
    color: transparent !important; visibility: hidden !important; }
`;

if (!FIREFOX) {
  console.error('No Firefox found: install firefox-esr (Debian: apt-get install -y firefox-esr) or set FIREFOX_PATH.');
  process.exit(2);
}
if (!existsSync(join(SOURCE_DIR, 'manifest.json'))) {
  console.error(`No Firefox build in ${SOURCE_DIR}: run \`npm run build:firefox\` first.`);
  process.exit(2);
}

interface Report {
  ids: string[];
  highlights: number;
  textUnchanged: boolean;
  /** Where the text first differs, when it does. */
  textDiff: string;
  misplaced: number;
  pageErrors: string[];
  userAgent: string;
}

interface CardReport {
  /** The highlight the keyboard focus reached. */
  entity: string;
  /** The card's host and its dialog were found. */
  opened: boolean;
  position: string;
  /** The dialog's box, and the window's size. */
  rect: { left: number; top: number; right: number; bottom: number };
  viewport: { width: number; height: number };
  fontSize: string;
  color: string;
  background: string;
  visibility: string;
  name: string;
  /** The fact lines' text. */
  facts: string[];
  /** Card hosts in the page. */
  hosts: number;
}

interface UpdateReport {
  /** Highlights of the copy from before the update still in the page. */
  oldLeft: number;
  /** The old copy's card host still in the page. */
  oldCardLeft: boolean;
  highlights: number;
  /** Highlights inside highlights (two copies at work at once). */
  nested: number;
  textUnchanged: boolean;
  textDiff: string;
  pageErrors: string[];
}

/** Runs in the page: reports the highlights, the card a Tab opens, and what an update of the add-on leaves. */
const REPORTER = `
(() => {
  // Parsed to the end, before any content script at document_idle has run.
  let textBefore = '';
  document.addEventListener('DOMContentLoaded', () => (textBefore = document.body.textContent));
  const pageErrors = [];
  window.addEventListener('error', (event) => pageErrors.push(String(event.message)));
  const MARKS = '[data-backstory-entity]';
  const HOSTS = 'div[data-backstory-card]';
  const post = (path, body) => fetch(path, { method: 'POST', body: JSON.stringify(body) });
  const later = (ms) => new Promise((done) => setTimeout(done, ms));
  const textDiff = () => {
    const now = document.body.textContent;
    let at = 0;
    while (at < now.length && now[at] === textBefore[at]) at++;
    return at >= now.length && at >= textBefore.length ? '' :
      'at ' + at + ': was ' + JSON.stringify(textBefore.slice(at - 40, at + 40)) + ', is ' + JSON.stringify(now.slice(at - 40, at + 40));
  };
  // Resolves once count() is above zero and has not changed for a second, or after limitMs.
  const settled = async (limitMs, count) => {
    const started = Date.now();
    let stableSince = Date.now();
    let last = -1;
    while (Date.now() - started < limitMs) {
      const n = count();
      if (n !== last) { last = n; stableSince = Date.now(); }
      if (n > 0 && Date.now() - stableSince > 1000) return;
      await later(200);
    }
  };

  // What the card shows once it has opened for \`highlight\` (its name filled in), or opened: false.
  async function readCard(highlight) {
    const card = { entity: highlight.getAttribute('data-backstory-entity'), opened: false, position: '',
      rect: { left: 0, top: 0, right: 0, bottom: 0 }, viewport: { width: innerWidth, height: innerHeight },
      fontSize: '', color: '', background: '', visibility: '', name: '', facts: [], hosts: 0 };
    for (let waited = 0; waited < 10000; waited += 200) {
      const host = document.querySelector(HOSTS);
      const dialog = host && host.shadowRoot && host.shadowRoot.querySelector('[role="dialog"]');
      const name = dialog && dialog.querySelector('h2');
      if (name && name.textContent.trim()) {
        // Floating UI places the card a frame or two after it renders.
        await later(500);
        const style = getComputedStyle(dialog);
        const rect = dialog.getBoundingClientRect();
        Object.assign(card, {
          opened: true,
          position: style.position,
          rect: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom },
          fontSize: style.fontSize,
          color: style.color,
          background: style.backgroundColor,
          visibility: style.visibility,
          name: name.textContent.trim(),
          facts: [...dialog.querySelectorAll('li')].map((li) => li.textContent.trim()).filter(Boolean),
        });
        break;
      }
      await later(200);
    }
    card.hosts = document.querySelectorAll(HOSTS).length;
    return card;
  }

  // The card of the first name the reader's Tab reaches (trusted focus only: a key press, not a script).
  function reportCardOnFocus(path) {
    const onFocus = async (event) => {
      const highlight = event.target instanceof Element && event.target.closest(MARKS);
      if (!event.isTrusted || !highlight) return;
      document.removeEventListener('focusin', onFocus, true);
      await post(path, await readCard(highlight));
    };
    document.addEventListener('focusin', onFocus, true);
  }

  (async () => {
    await settled(60000, () => document.querySelectorAll(MARKS).length);
    const marks = [...document.querySelectorAll(MARKS)];
    reportCardOnFocus('/card');
    await post('/report', {
      ids: [...new Set(marks.map((m) => m.getAttribute('data-backstory-entity')))].sort(),
      highlights: marks.length,
      textUnchanged: document.body.textContent === textBefore,
      textDiff: textDiff(),
      misplaced: marks.filter((m) => m.parentElement.closest('textarea, input, [contenteditable], pre, code, nav')).length,
      pageErrors: [...pageErrors],
      userAgent: navigator.userAgent,
    });
    // The add-on is updated under this page, its card still open: wait until the script says so,
    // then for the new copy's highlights.
    while (!document.querySelector(HOSTS)) await later(200);
    const old = new Set(document.querySelectorAll(MARKS));
    const oldCard = document.querySelector(HOSTS);
    while (!(await (await fetch('/updated')).json())) await later(300);
    await settled(60000, () => [...document.querySelectorAll(MARKS)].filter((m) => !old.has(m)).length);
    const now = [...document.querySelectorAll(MARKS)];
    reportCardOnFocus('/card-after-update');
    await post('/update-report', {
      oldLeft: [...old].filter((m) => m.isConnected).length,
      oldCardLeft: oldCard.isConnected,
      highlights: now.length,
      nested: now.filter((m) => m.parentElement.closest(MARKS)).length,
      textUnchanged: document.body.textContent === textBefore,
      textDiff: textDiff(),
      pageErrors,
    });
  })();
})();
`;

/** What the page posts, by path, as each step ends. */
const reports = new Map<string, { promise: Promise<unknown>; resolve(body: unknown): void }>();
function report<T>(path: string): Promise<T> {
  if (!reports.has(path)) {
    let resolve!: (body: unknown) => void;
    const promise = new Promise<unknown>((done) => (resolve = done));
    reports.set(path, { promise, resolve });
  }
  return reports.get(path)!.promise as Promise<T>;
}
const REPORT_PATHS = ['/report', '/card', '/update-report', '/card-after-update'];
for (const path of REPORT_PATHS) void report(path);
/** Set once the add-on's files have been updated under the open page. */
let updated = false;
const foreign: string[] = [];

const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  if (path === '/story.html') {
    const html = readFileSync(STORY, 'utf8')
      .replace('</head>', `<style>${PAGE_CSS}</style></head>`)
      .replace('</body>', '<script src="/reporter.js"></script></body>');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  } else if (path === '/reporter.js') {
    response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(REPORTER);
  } else if (REPORT_PATHS.includes(path) && request.method === 'POST') {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      response.writeHead(204).end();
      reports.get(path)!.resolve(JSON.parse(body));
    });
  } else if (path === '/updated') {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(updated));
  } else {
    if (path !== '/favicon.ico') foreign.push(path);
    response.writeHead(404).end();
  }
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/story.html`;
/** A free port for Marionette: one the system just handed out and took back. */
const marionettePort = await new Promise<number>((done) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as AddressInfo;
    probe.close(() => done(port));
  });
});

const home = throwawayHome('backstory-firefox');
// A copy of the build, which web-ext watches: changing it is how this test updates the add-on.
const addon = join(home.dir, 'addon');
cpSync(SOURCE_DIR, addon, { recursive: true });
const prefs = [
  // No name lookups at all: nothing can leave the machine (the page is on 127.0.0.1).
  'network.dns.disabled=true',
  'app.update.enabled=false',
  'datareporting.policy.dataSubmissionEnabled=false',
  'toolkit.telemetry.enabled=false',
  'browser.safebrowsing.malware.enabled=false',
  'browser.safebrowsing.phishing.enabled=false',
  'extensions.getAddons.cache.enabled=false',
  'network.captive-portal-service.enabled=false',
  'network.connectivity-service.enabled=false',
  // No first-run tabs (welcome, privacy notice) in front of the story.
  'browser.startup.page=0',
  'browser.startup.homepage_override.mstone=ignore',
  'startup.homepage_welcome_url=',
  'browser.aboutwelcome.enabled=false',
  'datareporting.policy.firstRunURL=',
  'trailhead.firstrun.didSeeAboutWelcome=true',
  // The keys: Marionette listens here (started with --marionette below), on 127.0.0.1 only.
  `marionette.port=${marionettePort}`,
];
console.log(`Firefox smoke test: ${FIREFOX}, add-on ${SOURCE_DIR}, page ${url}`);
const webExt = spawn(
  'npx',
  [
    '--no-install',
    'web-ext',
    'run',
    '--target',
    'firefox-desktop',
    '--firefox',
    FIREFOX,
    '--source-dir',
    addon,
    '--no-input',
    '--start-url',
    url,
    '--args=--marionette',
    ...prefs.map((pref) => `--pref=${pref}`),
  ],
  {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...home.env, MOZ_HEADLESS: '1', NO_UPDATE_NOTIFIER: '1' },
  },
);
let log = '';
webExt.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
webExt.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
const exited = new Promise<string>((done) => webExt.on('exit', (code) => done(`web-ext exited with ${code}`)));
const timedOut = new Promise<string>((done) =>
  // Unref'd: a run that ends in time must not then wait for this timer.
  setTimeout(() => done(`no result after ${LIMIT_MS / 1000} s`), LIMIT_MS).unref(),
);

/** What the page posts to `path`, or why it did not within `limitMs`. */
function awaitReport<T>(path: string, limitMs: number): Promise<T | string> {
  const late = new Promise<string>((done) =>
    setTimeout(() => done(`no ${path.slice(1)} report after ${limitMs / 1000} s`), limitMs).unref(),
  );
  return Promise.race([report<T>(path), exited, timedOut, late]);
}

/**
 * Presses Tab in the story's tab until the keyboard focus is on a name;
 * returns the problem when it cannot.
 */
async function tabToName(keys: Marionette): Promise<string | undefined> {
  for (let presses = 0; presses < MAX_TABS; presses++) {
    await keys.press(TAB_KEY);
    const { value } = await keys.command<{ value: boolean }>('WebDriver:ExecuteScript', {
      script: 'return !!document.activeElement?.closest("[data-backstory-entity]")',
      args: [],
    });
    if (value) return undefined;
  }
  return `the focus reached no name in ${MAX_TABS} presses of Tab`;
}

let marionette: Marionette | undefined;
/** Connects once Firefox is up, and brings the story's tab to the front; the problem when it cannot. */
async function keyboard(): Promise<Marionette | string> {
  try {
    marionette ??= await Marionette.connect(marionettePort, STEP_MS);
    if (!(await marionette.selectTab(url))) return 'no tab shows the story';
    return marionette;
  } catch (error) {
    return `no keyboard: ${(error as Error).message}`;
  }
}

/** The card a Tab opens, or why none did. */
async function cardByKeyboard(path: string): Promise<CardReport | string> {
  const keys = await keyboard();
  if (typeof keys === 'string') return keys;
  const pressed = await tabToName(keys).catch((error: Error) => error.message);
  return pressed ?? awaitReport<CardReport>(path, STEP_MS);
}

const outcome = await Promise.race([report<Report>('/report'), exited, timedOut]);
let card: CardReport | string = 'not run';
let update: UpdateReport | string = 'not run, since no card opened to keep open through it';
let cardAfter: CardReport | string = 'not run';
if (typeof outcome !== 'string') {
  card = await cardByKeyboard('/card');
  if (typeof card !== 'string' && card.opened) {
    // An update of the add-on under the open page, its card open: a new version of its files, which web-ext reloads.
    const manifestPath = join(addon, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
    manifest.version = manifest.version.replace(/(\d+)$/, (last) => String(Number(last) + 1));
    writeFileSync(manifestPath, JSON.stringify(manifest));
    updated = true;
    update = await awaitReport<UpdateReport>('/update-report', UPDATE_MS);
    if (typeof update !== 'string') cardAfter = await cardByKeyboard('/card-after-update');
  }
}
marionette?.close();
// Stop web-ext and the Firefox it started (its own process group), then clean up.
try {
  process.kill(-webExt.pid!, 'SIGTERM');
} catch {
  // already gone
}
await Promise.race([exited, new Promise((done) => setTimeout(done, 5_000).unref())]);
try {
  process.kill(-webExt.pid!, 'SIGKILL');
} catch {
  // already gone
}
server.close();
home.remove();

if (typeof outcome === 'string') {
  console.error(`FAIL: ${outcome}\n--- web-ext output ---\n${log.slice(-4000)}`);
  console.log('firefox: 0 passed, 1 failed');
  process.exit(1);
}

/** The entity's name as the dataset spells it, which the card must show. */
function nameOf(entity: string): string | undefined {
  const file = join(ROOT, 'data/entities', `${entity}.json`);
  return /^[a-z0-9-]+$/.test(entity) && existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { name: string }).name
    : undefined;
}

/** What is wrong with a card the keyboard opened: styled (placed, sized, coloured by us) and readable. */
function cardProblems(card: CardReport | string, when: string): string[] {
  if (typeof card === 'string') return [`${when}: ${card}`];
  if (!card.opened) return [`${when}: no card opened when the keyboard focus reached ${card.entity}`];
  const problems: string[] = [];
  const { rect, viewport } = card;
  if (card.hosts !== 1) problems.push(`${card.hosts} card hosts in the page, not 1`);
  if (card.position !== 'fixed' && card.position !== 'absolute')
    problems.push(`the card's position is "${card.position}", not fixed or absolute`);
  const onScreen =
    rect.right - rect.left > 0 &&
    rect.bottom - rect.top > 0 &&
    rect.left >= 0 &&
    rect.top >= 0 &&
    rect.right <= viewport.width &&
    rect.bottom <= viewport.height;
  if (!onScreen)
    problems.push(`the card is not inside the ${viewport.width}×${viewport.height} window: ${JSON.stringify(rect)}`);
  if (card.fontSize !== CARD_FONT_SIZE)
    problems.push(`the card's font size is ${card.fontSize}, not ${CARD_FONT_SIZE}`);
  if (card.visibility !== 'visible') problems.push(`the card's visibility is ${card.visibility}`);
  if (/^(transparent|rgba\(.*, 0\))$/.test(card.color) || card.color === card.background)
    problems.push(`the card's text (${card.color}) cannot be read on its background (${card.background})`);
  const name = nameOf(card.entity);
  if (!name) problems.push(`the focused name has an unknown entity "${card.entity}"`);
  else if (card.name !== name) problems.push(`the card for ${card.entity} is named "${card.name}", not "${name}"`);
  if (!card.facts.length) problems.push(`the card for ${card.entity} shows no facts`);
  return problems.map((problem) => `${when}: ${problem}`);
}

const problems: string[] = [];
const missing = EXPECTED.filter((id) => !outcome.ids.includes(id));
if (missing.length) problems.push(`names not highlighted: ${missing.join(', ')}`);
if (!outcome.textUnchanged) problems.push(`the page's text changed ${outcome.textDiff}`);
if (outcome.misplaced) problems.push(`${outcome.misplaced} highlights in excluded elements`);
if (outcome.pageErrors.length) problems.push(`page errors: ${outcome.pageErrors.join('; ')}`);
problems.push(...cardProblems(card, 'card by keyboard'));
if (typeof update === 'string') problems.push(`the update: ${update}`);
else {
  if (update.oldLeft) problems.push(`${update.oldLeft} highlights of the old copy left after the update`);
  if (update.oldCardLeft) problems.push("the old copy's card is still in the page after the update");
  if (!update.highlights) problems.push('no highlights after the update');
  if (update.nested) problems.push(`${update.nested} highlights inside highlights after the update`);
  if (!update.textUnchanged) problems.push(`the page's text changed after the update ${update.textDiff}`);
  if (update.pageErrors.length) problems.push(`page errors after the update: ${update.pageErrors.join('; ')}`);
  problems.push(...cardProblems(cardAfter, 'card by keyboard after the update'));
}
if (foreign.length) problems.push(`unexpected requests to the local server: ${foreign.join(', ')}`);

const describe = (card: CardReport | string): string =>
  typeof card === 'string'
    ? card
    : card.opened
      ? `${card.entity}: "${card.name}", ${card.facts.length} facts, ${card.position} at ` +
        `${Math.round(card.rect.left)},${Math.round(card.rect.top)} in ${card.viewport.width}×${card.viewport.height}, ` +
        `font ${card.fontSize}, ${card.color} on ${card.background}`
      : `${card.entity}: none`;
console.log(`${outcome.userAgent}\nhighlights: ${outcome.highlights}; names: ${outcome.ids.join(', ')}`);
console.log(`card by keyboard: ${describe(card)}`);
if (typeof update !== 'string') {
  console.log(
    `after the update: ${update.highlights} highlights, ${update.oldLeft} of the old copy left, ` +
      `old card ${update.oldCardLeft ? 'left' : 'gone'}, ${update.nested} nested`,
  );
  console.log(`card by keyboard after the update: ${describe(cardAfter)}`);
}
if (problems.length) {
  console.error(`FAIL: ${problems.join('; ')}`);
  console.log('firefox: 0 passed, 1 failed');
  process.exit(1);
}
console.log('Firefox highlights the sample story, opens a card by keyboard, and takes over cleanly after an update.');
console.log('firefox: 1 passed, 0 failed');
