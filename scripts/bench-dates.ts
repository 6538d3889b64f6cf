/**
 * `npm run bench:dates`: the story-date reader in Chromium on every labelled
 * page (tests/fixtures/dates/labels.json): its cost per page (first read, and
 * the median of later reads) and whether its date is the label's, as in
 * `npm run eval -- --set dates`, but in a real browser. Pages are served from
 * 127.0.0.1 (nothing else is fetched); the reader is given each page's real
 * address, as the eval does.
 */
import { join, relative, resolve } from 'node:path';
import { launchBrowser } from './lib/chrome';
import { serveFolder } from './lib/server';
import { CORPUS_DIR, corpusCharsets, corpusMissing, corpusPresent } from './lib/corpus';
import { judge, labelledPages, type Outcome } from './lib/date-eval';
import { bundleForPage } from './bench/bundle';
import type { DateRun } from './bench/story-date-in-page';

const ROOT = resolve(import.meta.dirname, '..');
const FIXTURES_DIR = join(ROOT, 'tests/fixtures');

const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

async function main(): Promise<void> {
  const withCorpus = corpusPresent();
  if (!withCorpus) console.warn(`⚠ ${corpusMissing()} Fixture pages only.\n`);
  const pages = labelledPages(withCorpus);
  const code = await bundleForPage('scripts/bench/story-date-in-page.ts', 'BackstoryDates');
  const charsets = corpusCharsets();
  const corpus = await serveFolder(CORPUS_DIR, {}, (path) => {
    const charset = charsets.get(path.replace(/^\//, ''));
    return charset ? { 'content-type': `text/html; charset=${charset}` } : undefined;
  });
  const fixtures = await serveFolder(FIXTURES_DIR);
  const browser = await launchBrowser({ withExtension: false });
  await browser.context.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());

  const counts = new Map<Outcome, number>();
  const firsts: number[] = [];
  const medians: number[] = [];
  console.log(`${'page'.padEnd(70)} ${'first ms'.padStart(9)} ${'median'.padStart(7)}  date`);
  for (const entry of pages) {
    const page = await browser.context.newPage();
    try {
      const address = entry.label.corpus
        ? corpus.url(encodePath(entry.label.corpus))
        : fixtures.url(encodePath(relative(FIXTURES_DIR, entry.file)));
      await page.goto(address, { waitUntil: 'load', timeout: 60_000 });
      await page.addScriptTag({ content: code });
      const result = await page.evaluate(
        (url) => (window as unknown as { BackstoryDates: { run(url: string): DateRun } }).BackstoryDates.run(url),
        entry.url,
      );
      const outcome = judge(entry.label, result.found);
      counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
      firsts.push(result.firstMs);
      medians.push(result.medianMs);
      console.log(
        `${entry.page.slice(-70).padEnd(70)} ${result.firstMs.toFixed(2).padStart(9)} ${result.medianMs.toFixed(2).padStart(7)}  ` +
          `${result.found ? `${result.found.date} (${result.found.source})` : '—'} ${outcome}`,
      );
    } finally {
      await page.close();
    }
  }
  await browser.close();
  await corpus.close();
  await fixtures.close();
  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
  const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)]!;
  console.log(
    `\n${pages.length} pages in Chromium: first read median ${median(firsts).toFixed(2)} ms, ` +
      `max ${Math.max(...firsts).toFixed(2)} ms; later reads median ${median(medians).toFixed(2)} ms, ` +
      `max ${Math.max(...medians).toFixed(2)} ms.`,
  );
  console.log(`Outcomes: ${[...counts].map(([outcome, n]) => `${outcome} ${n}`).join(', ')}`);
}

await main();
