import { describe, expect, it } from 'vitest';
import { locateMentions, loadPageLabels } from '../../scripts/lib/page-labels';
import { summarize, type EvalCase } from '../../scripts/lib/eval-score';

describe('labels by excerpt', () => {
  const nodes = ['Menu: NASA', '\n  Leak on the International\n   Space Station grows  ', 'NASA and Roscosmos agree'];

  it('finds each excerpt in its text node, across the page source’s line breaks, and gives the spans there', () => {
    const spans = locateMentions(nodes, [
      'Leak on the [[International Space Station|iss]] grows',
      '[[NASA|nasa]] and [[Roscosmos|roscosmos]] agree',
    ]);
    expect(spans).toEqual([
      { node: 1, start: 15, end: 45, text: 'International\n   Space Station', entityId: 'iss' },
      { node: 2, start: 0, end: 4, text: 'NASA', entityId: 'nasa' },
      { node: 2, start: 9, end: 18, text: 'Roscosmos', entityId: 'roscosmos' },
    ]);
  });

  it('refuses an excerpt that is not in the page, or in it more than once', () => {
    expect(() => locateMentions(nodes, ['[[ESA|esa]] says'])).toThrow(/0 times/);
    expect(() => locateMentions(nodes, ['[[NASA|nasa]]'])).toThrow(/2 times/);
  });

  it('refuses two excerpts that mark the same mention, and excerpts not written with single spaces', () => {
    expect(() => locateMentions(nodes, ['[[NASA|nasa]] and', '[[NASA|nasa]] and Roscosmos'])).toThrow(/same mention/);
    expect(() => locateMentions(nodes, ['Leak on the  [[International Space Station|iss]]'])).toThrow(/single spaces/);
  });

  it('labels the listing pages with a type and a language, each page once', () => {
    const labels = loadPageLabels();
    expect(labels.filter((label) => label.type === 'listing').length).toBeGreaterThanOrEqual(5);
    expect(new Set(labels.map((label) => label.fixture ?? label.corpus)).size).toBe(labels.length);
    for (const label of labels) expect(label.lang).toMatch(/^[a-z]{2}$/);
  });
});

describe('scoring by page type', () => {
  const item = (id: string, kind: EvalCase['kind'], pageType: EvalCase['pageType'], tp: number, fp: number) => ({
    id,
    lang: 'en',
    kind,
    pageType,
    comparison: { tp, fp, fn: 0, missed: [], extra: [] },
  });

  it('adds a line for each page type present', () => {
    const rows = summarize([
      item('a', 'passage', undefined, 3, 0),
      item('b', 'page', 'article', 2, 0),
      item('c', 'page', 'listing', 4, 1),
    ]);
    expect(rows.map((row) => [row.label, row.tp, row.fp])).toEqual([
      ['en', 9, 1],
      ['passages', 3, 0],
      ['pages', 6, 1],
      ['article pages', 2, 0],
      ['listing pages', 4, 1],
      ['overall', 9, 1],
    ]);
  });
});
