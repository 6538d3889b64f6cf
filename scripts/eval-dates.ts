/**
 * `npm run eval -- --set dates`: the story-date reader on every labelled page
 * (tests/fixtures/dates/labels.json): per page correct, wrong, abstained,
 * correctly none or false date, then the totals. Exits non-zero on any wrong
 * or false date, or below the target share of correct dates.
 *
 * Options: --quiet (only pages that are not right, and the totals).
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { corpusMissing, corpusPresent } from './lib/corpus';
import {
  TARGET_CORRECT,
  evaluateDates,
  formatTotals,
  meetsDateTarget,
  totalDates,
  type Outcome,
} from './lib/date-eval';

const SHOWN: Record<Outcome, string> = {
  correct: 'correct',
  'correct-other-day': 'correct*',
  wrong: 'WRONG',
  abstained: 'abstained',
  'correctly-none': 'none (ok)',
  'false-date': 'FALSE DATE',
};

export function runDateEval(argv: readonly string[] = process.argv): boolean {
  const quiet = argv.includes('--quiet');
  const corpus = corpusPresent();
  if (!corpus) {
    console.warn(`⚠ ${corpusMissing()} Fixture pages only.\n`);
  }
  const results = evaluateDates({ corpus });
  console.log(
    `Backstory story-date evaluation: ${results.length} labelled pages (tests/fixtures/dates/labels.json).\n`,
  );
  for (const r of results) {
    const good = r.outcome === 'correct' || r.outcome === 'correctly-none';
    if (quiet && good) continue;
    const found = r.found ? `${r.found.date} (${r.found.source})` : '—';
    console.log(
      `  ${SHOWN[r.outcome].padEnd(10)} ${(r.label.date ?? 'none').padEnd(10)} ${found.padEnd(34)} ${r.page}`,
    );
  }
  const totals = totalDates(results);
  const ok = meetsDateTarget(totals);
  console.log(`\n* the other day the page itself gives for the same moment (labels' alsoAccept).`);
  console.log(`\nTotals: ${formatTotals(totals)}`);
  console.log(
    `Target: 0 wrong, 0 false dates, ≥ ${(TARGET_CORRECT * 100).toFixed(0)}% correct — ${ok ? 'met' : 'NOT met'}.`,
  );
  return ok;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  if (!runDateEval()) process.exitCode = 1;
}
