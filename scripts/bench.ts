/**
 * `npm run bench [-- --corpus DIR] [--runs N] [--naive-runs N] [--json]`
 * `npm run bench -- --e2e [...]`: the built extension end to end instead (see scripts/bench/e2e.ts).
 * `npm run bench -- --card [--runs N] [--json]`: how soon a card is on screen (scripts/bench/card-latency.ts).
 * `npm run bench -- --rows [--json]`: the memory a feed of 10,000 highlighted rows leaves us holding
 * (scripts/bench/row-churn.ts).
 *
 * Loads our highlighting code into Debian's Chromium over a folder of pages
 * and prints, per page and in total, side by side:
 *   floor      a read-only TreeWalker pass with the same compiled pattern (no writes)
 *   naive      mark.js mark(allAliases, { separateWordSearch: false })
 *   backstory  our full highlight of the page with the full dataset
 * with the ratios backstory/floor and naive/backstory, the highlights made,
 * the longest single task of ours, and the content script's size. Figures are
 * medians over runs on freshly loaded pages; nothing is asserted.
 * Default pages: the project's own samples; the real target is the corpus
 * of saved news pages (pass --corpus DIR; see scripts/lib/corpus.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { CORPUS_DIR } from './lib/corpus';
import type { ModeResult } from './bench/in-page';
import { gzipSync } from 'node:zlib';
import { join, relative, resolve } from 'node:path';
import { launchBrowser } from './lib/chrome';
import { bundleInPageCode } from './bench/bundle';
import { blockForeignRequests, listPages, pageUrl, serveCorpus } from './bench/corpus';
import { median } from './bench/stats';
import { STAGE_FILES } from '../entrypoints/content/stage-files';

const ROOT = resolve(import.meta.dirname, '..');
const CONTENT_SCRIPT = join(ROOT, '.output/chrome-mv3/loader.js');
/** The highlighting stage the content script loads on a page with a name: the code this bench runs. */
const STAGE_SCRIPT = join(ROOT, '.output/chrome-mv3', STAGE_FILES.highlights);

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

const corpus = resolve(option('corpus', join(ROOT, 'tests/fixtures/pages')));
const runs = Number(option('runs', '3'));
/** mark.js's naive mode walks the DOM once per alias: seconds per big page, so fewer runs by default. */
const naiveRuns = Number(option('naive-runs', '1'));
const asJson = process.argv.includes('--json');
const only = option('only', '');

type Mode = 'floor' | 'naive' | 'backstory';
interface Row {
  page: string;
  floorMs: number;
  naiveMs: number;
  backstoryMs: number;
  backstoryWallMs: number;
  longestTaskMs: number;
  highlights: number;
  naiveHighlights: number;
}

async function main(): Promise<void> {
  if (!existsSync(corpus)) {
    console.error(`No pages at ${corpus}. Pass --corpus DIR, a folder of saved pages (the corpus: ${CORPUS_DIR}).`);
    process.exit(1);
  }
  const pages = listPages(corpus).filter((path) => !only || path.includes(only));
  const code = await bundleInPageCode();
  const server = await serveCorpus(corpus);
  const browser = await launchBrowser({ withExtension: false });
  await blockForeignRequests(browser.context);

  async function measure(url: string, mode: Mode): Promise<ModeResult> {
    const page = await browser.context.newPage();
    try {
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
      await page.addScriptTag({ content: code });
      return await page.evaluate(
        (m) => (window as unknown as { BackstoryBench: { run(m: string): Promise<ModeResult> } }).BackstoryBench.run(m),
        mode,
      );
    } finally {
      await page.close();
    }
  }

  const rows: Row[] = [];
  /** Pages where the naive baseline threw, with its error. */
  const naiveFailed = new Map<string, string>();
  for (const path of pages) {
    const file = relative(corpus, path);
    const url = pageUrl(server, corpus, path);
    const results: Record<Mode, ModeResult[]> = { floor: [], naive: [], backstory: [] };
    for (let run = 0; run < runs; run += 1) {
      results.floor.push(await measure(url, 'floor'));
      results.backstory.push(await measure(url, 'backstory'));
      if (run < naiveRuns && !naiveFailed.has(file)) {
        // mark.js builds one regular expression per alias with its diacritics classes; on some pages V8
        // gives up on one of them (a stack overflow). The baseline is then left out for that page.
        try {
          results.naive.push(await measure(url, 'naive'));
        } catch (error) {
          naiveFailed.set(file, String(error).split('\n')[0]!.slice(0, 120));
        }
      }
    }
    const row: Row = {
      page: file,
      floorMs: median(results.floor.map((r) => r.ms)),
      naiveMs: results.naive.length ? median(results.naive.map((r) => r.ms)) : Number.NaN,
      backstoryMs: median(results.backstory.map((r) => r.ms)),
      backstoryWallMs: median(results.backstory.map((r) => r.wallMs)),
      longestTaskMs: Math.max(...results.backstory.map((r) => r.longestMs)),
      highlights: results.backstory[0]!.highlights,
      naiveHighlights: results.naive[0]?.highlights ?? 0,
    };
    rows.push(row);
    if (!asJson) {
      console.log(
        [
          row.page.padEnd(64).slice(0, 64),
          fmt(row.floorMs),
          fmt(row.naiveMs),
          fmt(row.backstoryMs),
          ratio(row.backstoryMs, row.floorMs),
          ratio(row.naiveMs, row.backstoryMs),
          String(row.highlights).padStart(5),
          fmt(row.longestTaskMs),
        ].join(' '),
      );
    } else {
      process.stderr.write('.');
    }
  }
  await browser.close();
  await server.close();

  const naiveRows = rows.filter((row) => Number.isFinite(row.naiveMs));
  const total = (key: 'floorMs' | 'naiveMs' | 'backstoryMs', of = rows) => of.reduce((sum, row) => sum + row[key], 0);
  const raw = existsSync(CONTENT_SCRIPT) ? readFileSync(CONTENT_SCRIPT) : undefined;
  const stage = existsSync(STAGE_SCRIPT) ? readFileSync(STAGE_SCRIPT) : undefined;
  const summary = {
    corpus,
    pages: rows.length,
    runs,
    naiveRuns,
    floorMs: total('floorMs'),
    naiveMs: total('naiveMs', naiveRows),
    naivePages: naiveRows.length,
    naiveFailed: Object.fromEntries(naiveFailed),
    backstoryMs: total('backstoryMs'),
    backstoryOverFloor: total('backstoryMs') / total('floorMs'),
    naiveOverBackstory: total('naiveMs', naiveRows) / total('backstoryMs', naiveRows),
    highlights: rows.reduce((sum, row) => sum + row.highlights, 0),
    longestTaskMs: Math.max(...rows.map((row) => row.longestTaskMs)),
    contentScriptBytes: raw?.length ?? null,
    contentScriptGzipBytes: raw ? gzipSync(raw).length : null,
    stageBytes: stage?.length ?? null,
    stageGzipBytes: stage ? gzipSync(stage).length : null,
  };
  if (asJson) {
    console.log(JSON.stringify({ summary, pages: rows }, null, 2));
    return;
  }
  console.log('-'.repeat(120));
  console.log(`pages ${summary.pages}, runs ${runs} (naive ${naiveRuns}), medians; times are main-thread work in ms`);
  console.log(`floor total      ${fmt(summary.floorMs)} ms`);
  console.log(
    `naive total      ${fmt(summary.naiveMs)} ms` +
      (naiveFailed.size
        ? `  (${summary.naivePages} pages: mark.js threw on ${[...naiveFailed.keys()].join(', ')})`
        : ''),
  );
  console.log(`backstory total  ${fmt(summary.backstoryMs)} ms`);
  console.log(`backstory/floor  ${summary.backstoryOverFloor.toFixed(2)}x`);
  console.log(`naive/backstory  ${summary.naiveOverBackstory.toFixed(1)}x  (on the pages where both ran)`);
  console.log(`highlights       ${summary.highlights}`);
  console.log(`longest task     ${fmt(summary.longestTaskMs)} ms (ours)`);
  console.log(
    raw
      ? `content script   ${(summary.contentScriptBytes! / 1024).toFixed(1)} KB raw, ${(summary.contentScriptGzipBytes! / 1024).toFixed(1)} KB gzip (every page)`
      : 'content script   (not built: run `npm run build`)',
  );
  if (stage) {
    console.log(
      `highlighter      ${(summary.stageBytes! / 1024).toFixed(1)} KB raw, ${(summary.stageGzipBytes! / 1024).toFixed(1)} KB gzip (pages with a name)`,
    );
  }
}

function fmt(ms: number): string {
  return ms.toFixed(1).padStart(9);
}

function ratio(a: number, b: number): string {
  return (b > 0 ? `${(a / b).toFixed(1)}x` : '-').padStart(8);
}

function runsOption(fallback: number): number {
  const at = process.argv.indexOf('--runs');
  return at >= 0 ? Number(process.argv[at + 1]) || fallback : fallback;
}

const entry = process.argv.includes('--card')
  ? import('./bench/card-latency').then((card) => card.printCardLatency(runsOption(5), process.argv.includes('--json')))
  : process.argv.includes('--rows')
    ? import('./bench/row-churn').then((rows) => rows.printRowChurn(process.argv.includes('--json')))
    : process.argv.includes('--e2e')
      ? import('./bench/e2e').then((e2e) => e2e.main(process.argv.slice(2)))
      : main();
entry.catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
