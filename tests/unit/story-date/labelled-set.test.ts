/**
 * The labelled story-date set (tests/fixtures/dates/labels.json), page by
 * page: never a wrong date, no date on a page that has none, and at least
 * TARGET_CORRECT of the dated pages read right. The fixture pages always run;
 * the saved news pages of ../shared/corpus when it is there (skipped with a
 * notice when it is not, and failing instead when BACKSTORY_REQUIRE_CORPUS=1).
 * Pages are parsed with linkedom, without their scripts' source (which the
 * reader never reads): ten times faster than jsdom, which
 * `npm run eval -- --set dates` uses on the whole pages. The pages made for
 * each source are read both ways, and must give the same dates.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  DATE_CORPUS_DIR,
  TARGET_CORRECT,
  corpusPresent,
  evaluatePage,
  formatTotals,
  labelledPages,
  readPageDate,
  totalDates,
  type DateResult,
} from '../../../scripts/lib/date-eval';

const REQUIRE_CORPUS = process.env.BACKSTORY_REQUIRE_CORPUS === '1';
const withCorpus = corpusPresent();
if (!withCorpus && !REQUIRE_CORPUS) {
  console.warn(
    `\n⚠ SKIPPED: no corpus at ${DATE_CORPUS_DIR} (../shared/corpus with INDEX.tsv). ` +
      'The story-date set runs on the fixture pages only.\n',
  );
}

const results: DateResult[] = [];

describe('the labelled story-date set', () => {
  it.runIf(REQUIRE_CORPUS)('has the corpus (BACKSTORY_REQUIRE_CORPUS=1)', () => {
    expect(withCorpus, `no corpus at ${DATE_CORPUS_DIR}`).toBe(true);
  });

  for (const entry of labelledPages(withCorpus)) {
    it(entry.page, () => {
      const result = evaluatePage(entry, { dom: 'linkedom' });
      results.push(result);
      const found = result.found ? `${result.found.date} from ${result.found.source}` : 'no date';
      if (entry.label.date === null)
        expect(result.outcome, `found ${found}; ${entry.label.note}`).toBe('correctly-none');
      else expect(result.outcome, `found ${found}; label: ${entry.label.note}`).not.toBe('wrong');
    });
  }

  it('gives the same dates in linkedom as in jsdom on the pages made for each source', () => {
    for (const entry of labelledPages(false).filter((e) => e.page.startsWith('tests/fixtures/pages/dates/'))) {
      expect(readPageDate(entry.file, entry.url, { dom: 'linkedom' }), entry.page).toEqual(
        readPageDate(entry.file, entry.url, { dom: 'jsdom' }),
      );
    }
  });

  it(`reads at least ${TARGET_CORRECT * 100}% of the dated pages right`, () => {
    const totals = totalDates(results);
    expect(totals.pages).toBe(labelledPages(withCorpus).length);
    expect(totals.correctShare, formatTotals(totals)).toBeGreaterThanOrEqual(TARGET_CORRECT);
  });

  afterAll(() => {
    if (results.length) console.log(`Story dates: ${formatTotals(totalDates(results))}`);
  });
});
