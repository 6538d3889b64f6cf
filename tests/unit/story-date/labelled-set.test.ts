/**
 * The labelled story-date set (tests/fixtures/dates/labels.json), page by
 * page: never a wrong date, no date on a page that has none, and at least
 * TARGET_CORRECT of the dated pages read right. The fixture pages always run;
 * the saved news pages of the corpus (scripts/lib/corpus.ts) when it is there
 * (skipped with a notice when it is not, failing instead when
 * BACKSTORY_REQUIRE_CORPUS=1).
 * Pages are parsed with linkedom, without their scripts' source (which the
 * reader never reads): ten times faster than jsdom, which
 * `npm run eval -- --set dates` uses on the whole pages. The pages made for
 * each source are read both ways, and must give the same dates.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { corpusAvailable } from '../../../scripts/lib/corpus';
import {
  TARGET_CORRECT,
  evaluatePage,
  formatTotals,
  labelledPages,
  readPageDate,
  totalDates,
  type DateResult,
} from '../../../scripts/lib/date-eval';

const withCorpus = corpusAvailable('the corpus pages of the story-date set (it runs on the fixture pages only)');

const results: DateResult[] = [];

describe('the labelled story-date set', () => {
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
