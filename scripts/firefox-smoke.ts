/**
 * Firefox smoke test: the Firefox build installed into firefox-esr (headless,
 * through `web-ext run`) must highlight the sample story. The page reports
 * back to this script's local server what the content script did: which
 * names it marked, whether the text stayed the same, whether any highlight
 * landed where it must not.
 *
 *   npm run build:firefox && npm run test:firefox
 *
 * FIREFOX_PATH picks another Firefox; exits 2 when there is none or no build.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { throwawayHome } from './lib/throwaway-home';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE_DIR = join(ROOT, '.output/firefox-mv2');
const STORY = join(ROOT, 'tests/fixtures/pages/iss-story.html');
const FIREFOX = process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
/** Names the story mentions that Firefox must mark (the Chromium tests check the full list). */
const EXPECTED = ['dmitry-rogozin', 'elon-musk', 'iss', 'nasa', 'roscosmos', 'spacex'];
/** Firefox's start-up, the add-on's install and the first pass, on a slow CI machine. */
const LIMIT_MS = 120_000;

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

/** Runs in the page: waits for highlights, then posts what it sees. */
const REPORTER = `
(() => {
  // Parsed to the end, before any content script at document_idle has run.
  let textBefore = '';
  document.addEventListener('DOMContentLoaded', () => (textBefore = document.body.textContent));
  const pageErrors = [];
  window.addEventListener('error', (event) => pageErrors.push(String(event.message)));
  const started = Date.now();
  let stableSince = 0;
  let lastCount = -1;
  const timer = setInterval(() => {
    const marks = [...document.querySelectorAll('backstory-mark[data-backstory-entity]')];
    if (marks.length !== lastCount) { lastCount = marks.length; stableSince = Date.now(); }
    const settled = marks.length > 0 && Date.now() - stableSince > 1000;
    if (!settled && Date.now() - started < 60000) return;
    clearInterval(timer);
    fetch('/report', { method: 'POST', body: JSON.stringify({
      ids: [...new Set(marks.map((m) => m.getAttribute('data-backstory-entity')))].sort(),
      highlights: marks.length,
      textUnchanged: document.body.textContent === textBefore,
      textDiff: (() => {
        const now = document.body.textContent;
        let at = 0;
        while (at < now.length && now[at] === textBefore[at]) at++;
        return at >= now.length && at >= textBefore.length ? '' :
          'at ' + at + ': was ' + JSON.stringify(textBefore.slice(at - 40, at + 40)) + ', is ' + JSON.stringify(now.slice(at - 40, at + 40));
      })(),
      misplaced: marks.filter((m) => m.parentElement.closest('textarea, input, [contenteditable], pre, code, nav')).length,
      pageErrors,
      userAgent: navigator.userAgent,
    }) });
  }, 200);
})();
`;

let resolveReport: (report: Report) => void;
const reported = new Promise<Report>((done) => (resolveReport = done));
const foreign: string[] = [];

const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  if (path === '/story.html') {
    const html = readFileSync(STORY, 'utf8').replace('</body>', '<script src="/reporter.js"></script></body>');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  } else if (path === '/reporter.js') {
    response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(REPORTER);
  } else if (path === '/report' && request.method === 'POST') {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      response.writeHead(204).end();
      resolveReport(JSON.parse(body) as Report);
    });
  } else {
    if (path !== '/favicon.ico') foreign.push(path);
    response.writeHead(404).end();
  }
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/story.html`;

const home = throwawayHome('backstory-firefox');
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
    SOURCE_DIR,
    '--no-reload',
    '--no-input',
    '--start-url',
    url,
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
  setTimeout(() => done(`no report after ${LIMIT_MS / 1000} s`), LIMIT_MS),
);

const outcome = await Promise.race([reported, exited, timedOut]);
// Stop web-ext and the Firefox it started (its own process group), then clean up.
try {
  process.kill(-webExt.pid!, 'SIGTERM');
} catch {
  // already gone
}
await Promise.race([exited, new Promise((done) => setTimeout(done, 5_000))]);
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
const problems: string[] = [];
const missing = EXPECTED.filter((id) => !outcome.ids.includes(id));
if (missing.length) problems.push(`names not highlighted: ${missing.join(', ')}`);
if (!outcome.textUnchanged) problems.push(`the page's text changed ${outcome.textDiff}`);
if (outcome.misplaced) problems.push(`${outcome.misplaced} highlights in excluded elements`);
if (outcome.pageErrors.length) problems.push(`page errors: ${outcome.pageErrors.join('; ')}`);
if (foreign.length) problems.push(`unexpected requests to the local server: ${foreign.join(', ')}`);
console.log(`${outcome.userAgent}\nhighlights: ${outcome.highlights}; names: ${outcome.ids.join(', ')}`);
if (problems.length) {
  console.error(`FAIL: ${problems.join('; ')}`);
  console.log('firefox: 0 passed, 1 failed');
  process.exit(1);
}
console.log('Firefox highlights the sample story.\nfirefox: 1 passed, 0 failed');
