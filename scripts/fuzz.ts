/**
 * Round-trip fuzzing of the highlighter, and of page scripts operating on
 * highlighted text, more cases than the unit tests run (see
 * scripts/lib/fuzz-dom.ts). In jsdom, like the DOM tests.
 *
 *   npm run fuzz                       20,000 cases of each kind from a seed of the clock
 *   npm run fuzz -- --cases 5000 --seed 42
 *
 * Prints the seed, so a failure can be run again; exits 1 on any failure.
 */
import { JSDOM } from 'jsdom';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} needs a whole number`);
    process.exit(2);
  }
  return value;
}

const cases = option('cases', 20_000);
/** A line of progress this often, so a long run shows it is alive. */
const PROGRESS_EVERY = 5000;
const firstSeed = option('seed', Date.now() % 1_000_000_000);

const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { pretendToBeVisual: true });
const { window } = dom;
// The content script's modules and mark.js expect a browser's globals (as Vitest's jsdom environment gives them).
for (const name of Object.getOwnPropertyNames(window)) {
  if (name in globalThis) continue;
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get: () => (window as unknown as Record<string, unknown>)[name],
  });
}
Object.defineProperty(globalThis, 'window', { configurable: true, value: window });
const { operationRoundTrip, roundTrip, runFuzz } = await import('./lib/fuzz-dom');
// A document of its own: see scripts/lib/fuzz-dom.ts on jsdom and NodeIterators.
const doc = window.document.implementation.createHTMLDocument('fuzz');

let failed = 0;
for (const [label, run] of [
  ['highlight and clear', roundTrip],
  ['page operations on highlighted text', operationRoundTrip],
] as const) {
  console.log(`Fuzzing ${cases} random trees (${label}) from seed ${firstSeed}`);
  const started = Date.now();
  const tally = await runFuzz(doc, run, {
    firstSeed,
    cases,
    onCase: (_, index) => {
      if ((index + 1) % PROGRESS_EVERY === 0) console.log(`  ${index + 1} cases…`);
    },
  });
  for (const failure of tally.failures) console.log(`FAIL ${failure}`);
  console.log(
    `${label}: ${cases - tally.failed} passed, ${tally.failed} failed (${tally.highlighted} cases with highlights, ` +
      `${tally.highlights} highlights, ${((Date.now() - started) / 1000).toFixed(1)} s; seeds ${firstSeed}–${firstSeed + cases - 1})`,
  );
  failed += tally.failed;
}
window.close();
process.exit(failed ? 1 : 0);
