/**
 * The corpus sweep: every saved news page of the corpus (scripts/lib/corpus.ts) in Chromium
 * without the extension and with it (see scripts/lib/sweep.ts for what is
 * checked). Prints a table and the totals; exits 1 if any page fails, 2 if
 * there is no corpus or no build.
 *
 *   npm run build && npm run sweep            all pages
 *   npm run sweep -- reddit bbc               pages whose path contains one of the words
 *   npm run sweep -- --verbose                every difference and error in full
 */
import { CORPUS_DIR, corpusMissing } from './lib/corpus';
import { failed, readCorpusPages, startSweep, type SweepResult } from './lib/sweep';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const filters = args.filter((arg) => !arg.startsWith('--'));

const index = readCorpusPages();
if (!index) {
  console.error(corpusMissing());
  process.exit(2);
}
const pages = filters.length ? index.filter((page) => filters.some((word) => page.file.includes(word))) : index;
if (!pages.length) {
  console.error(`No corpus page matches ${filters.join(', ')}.`);
  process.exit(2);
}

function cell(text: string | number, width: number): string {
  const value = String(text);
  return value.length > width ? `${value.slice(0, width - 1)}…` : value.padEnd(width);
}

const COLUMNS: Array<[string, number, (r: SweepResult) => string | number]> = [
  ['page', 52, (r) => r.file.replace(/^[^/]+\//, '')],
  ['marks', 6, (r) => r.highlights],
  ['names', 6, (r) => r.entities.length],
  ['ourErr', 7, (r) => r.ourErrors.length],
  ['newErr', 7, (r) => r.newPageErrors.length],
  ['text', 5, (r) => (r.textDiff ? 'DIFF' : r.judgedWithinLoad.includes('text') ? 'same*' : 'same')],
  ['dom-off', 8, (r) => (r.domDiff ? 'DIFF' : r.judgedWithinLoad.includes('dom') ? 'same*' : 'same')],
  ['excl', 5, (r) => r.misplaced.length],
  ['extReq', 7, (r) => r.extensionRequests.length],
  ['blocked', 8, (r) => r.blockedPageRequests],
  ['page is', 14, (r) => (r.nondeterministic ? 'NONDETERMINIST' : 'deterministic')],
  ['ms', 6, (r) => r.ms],
  ['result', 6, (r) => (failed(r) ? 'FAIL' : 'ok')],
];

const line = (values: Array<string | number>) => values.map((value, i) => cell(value, COLUMNS[i]![1])).join(' ');

console.log(`Sweeping ${pages.length} page(s) of ${CORPUS_DIR}\n`);
console.log(line(COLUMNS.map(([name]) => name)));
const sweeper = await startSweep().catch((error: Error) => {
  console.error(error.message);
  process.exit(2);
});
const results: SweepResult[] = [];
try {
  for (const page of pages) {
    let result: SweepResult;
    try {
      result = await sweeper.run(page);
    } catch (error) {
      // A page the sweep itself could not finish is a failure, never a silent skip.
      result = {
        file: page.file,
        highlights: 0,
        entities: [],
        ourErrors: [`sweep could not finish the page: ${(error as Error).message.split('\n')[0]}`],
        newPageErrors: [],
        textDiff: null,
        domDiff: null,
        misplaced: [],
        extensionRequests: [],
        blockedPageRequests: 0,
        nondeterministic: null,
        judgedWithinLoad: [],
        ms: 0,
      };
    }
    results.push(result);
    console.log(line(COLUMNS.map(([, , value]) => value(result))));
  }
} finally {
  await sweeper.close();
}

const details = results.filter((r) => failed(r) || r.nondeterministic);
if (details.length) console.log('\nDetails:');
for (const r of details) {
  const show = (label: string, items: string[]) => {
    for (const item of verbose ? items : items.slice(0, 3)) console.log(`  ${label}: ${item}`);
    if (!verbose && items.length > 3) console.log(`  … ${items.length - 3} more (--verbose)`);
  };
  console.log(`- ${r.file}`);
  if (r.nondeterministic) console.log(`  nondeterministic without the extension: ${r.nondeterministic}`);
  for (const check of r.judgedWithinLoad) {
    console.log(`  same*: ${check} matched no load without the extension; judged within the load with it`);
  }
  show('our error', r.ourErrors);
  show('page error only with the extension', r.newPageErrors);
  if (r.textDiff) console.log(`  innerText with highlights: ${r.textDiff}`);
  if (r.domDiff) console.log(`  innerHTML after turning highlights off: ${r.domDiff}`);
  show('highlight in an excluded element', r.misplaced);
  show('request made by the extension', r.extensionRequests);
}

const sum = (pick: (r: SweepResult) => number) => results.reduce((total, r) => total + pick(r), 0);
const failures = results.filter(failed);
console.log(
  [
    '',
    `Pages: ${results.length}, passed: ${results.length - failures.length}, failed: ${failures.length}`,
    `Highlights: ${sum((r) => r.highlights)} on ${results.filter((r) => r.highlights > 0).length} pages`,
    `Errors from our code: ${sum((r) => r.ourErrors.length)}; page errors only with the extension: ${sum((r) => r.newPageErrors.length)}`,
    `Text changes: ${results.filter((r) => r.textDiff).length}; DOM differences after toggle-off: ${results.filter((r) => r.domDiff).length}`,
    `Highlights in excluded elements: ${sum((r) => r.misplaced.length)}; requests by the extension: ${sum((r) => r.extensionRequests.length)}`,
    `Page requests blocked (not local, both runs): ${sum((r) => r.blockedPageRequests)}`,
    `Nondeterministic pages (without the extension): ${results.filter((r) => r.nondeterministic).length}, ` +
      `judged within their own load (same*): ${results.filter((r) => r.judgedWithinLoad.length).length}`,
    `sweep: ${results.length - failures.length} passed, ${failures.length} failed`,
  ].join('\n'),
);
process.exit(failures.length ? 1 : 0);
