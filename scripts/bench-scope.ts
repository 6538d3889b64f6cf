/**
 * `npm run bench:scope [-- --corpus DIR]`: the content script's reading of
 * each page (its story, a listing's main column, or the whole body) in
 * Chromium, on every page of the corpus and the listing fixture pages:
 * what it took the page for, and what that costs (first reading, median of
 * later ones, and the listing step's share). Pages are served from 127.0.0.1;
 * nothing else is fetched. Figures are printed, nothing is asserted.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundleForPage } from './bench/bundle';
import { CORPUS_DIR, corpusCharsets, corpusMissing, readCorpusIndex } from './lib/corpus';
import { launchBrowser } from './lib/chrome';
import { serveFolder } from './lib/server';
import type { ScopeRun } from './bench/scope-in-page';

const ROOT = resolve(import.meta.dirname, '..');
const LISTING_DIR = join(ROOT, 'tests/fixtures/pages/listing');

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

const corpusDir = resolve(option('corpus', CORPUS_DIR));

const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

async function main(): Promise<void> {
  const pages = (readCorpusIndex(corpusDir) ?? []).map((row) => row.file!);
  if (!pages.length) console.warn(`⚠ ${corpusMissing(corpusDir)} The listing fixture pages only.\n`);
  const charsets = corpusCharsets(corpusDir);
  const code = await bundleForPage('scripts/bench/scope-in-page.ts', 'BackstoryScope');
  const corpus = await serveFolder(corpusDir, {}, (path) => {
    const charset = charsets.get(decodeURIComponent(path.replace(/^\//, '')));
    return charset ? { 'content-type': `text/html; charset=${charset}` } : undefined;
  });
  const fixtures = await serveFolder(LISTING_DIR);
  const browser = await launchBrowser({ withExtension: false });
  await browser.context.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());

  const targets = [
    ...pages.map((path) => ({ name: path, url: corpus.url(encodePath(path)) })),
    ...readdirSync(LISTING_DIR)
      .filter((file) => file.endsWith('.html'))
      .map((file) => ({ name: `fixtures/listing/${file}`, url: fixtures.url(encodePath(file)) })),
  ];
  const rows: (ScopeRun & { name: string })[] = [];
  for (const target of targets) {
    const page = await browser.context.newPage();
    try {
      await page.goto(target.url, { waitUntil: 'load', timeout: 60_000 });
      await page.addScriptTag({ content: code });
      const result = await page.evaluate(() =>
        (window as unknown as { BackstoryScope: { run(): ScopeRun } }).BackstoryScope.run(),
      );
      rows.push({ name: target.name, ...result });
    } finally {
      await page.close();
    }
  }
  await browser.close();
  await corpus.close();
  await fixtures.close();

  rows.sort((a, b) => b.elements - a.elements);
  console.log(
    `${'page'.padEnd(60)} ${'elements'.padStart(8)} ${'kind'.padStart(8)} ${'teasers'.padStart(7)} ` +
      `${'first ms'.padStart(9)} ${'median'.padStart(7)} ${'listing'.padStart(8)}`,
  );
  for (const row of rows) {
    console.log(
      `${row.name.slice(-60).padEnd(60)} ${String(row.elements).padStart(8)} ${row.kind.padStart(8)} ` +
        `${String(row.teasers).padStart(7)} ${row.firstMs.toFixed(2).padStart(9)} ${row.medianMs.toFixed(2).padStart(7)} ` +
        `${row.listingMs.toFixed(2).padStart(8)}`,
    );
  }
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const max = (values: number[]) => Math.max(...values);
  console.log(
    `\n${rows.length} pages in Chromium: median reading ${sum(rows.map((r) => r.medianMs)).toFixed(1)} ms in total, ` +
      `at most ${max(rows.map((r) => r.medianMs)).toFixed(2)} ms on a page (first reading at most ` +
      `${max(rows.map((r) => r.firstMs)).toFixed(2)} ms); the listing step ${sum(rows.map((r) => r.listingMs)).toFixed(1)} ms ` +
      `in total, at most ${max(rows.map((r) => r.listingMs)).toFixed(2)} ms. ` +
      `Read as listings: ${rows.filter((r) => r.kind === 'listing').length}.`,
  );
}

await main();
