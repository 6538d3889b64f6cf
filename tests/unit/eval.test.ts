import { describe, expect, it } from 'vitest';
import { aliasesFor } from '../../utils/alias-index';
import { compileMatcher } from '../../utils/matcher';
import { TOPIC_IDS } from '../../utils/topics';
import { ALIAS_LANGS } from '../../utils/schema';
import {
  compare,
  formatTable,
  parseMarked,
  predictText,
  ratios,
  summarize,
  type EvalCase,
} from '../../scripts/lib/eval-score';
import { loadAliases, loadPassages } from '../../scripts/eval';

const passages = loadPassages();
const matcher = compileMatcher(aliasesFor(TOPIC_IDS));

describe('the labelled passages', () => {
  it('are at least thirty, in every language the dataset has, ten or more in each added one, with traps', () => {
    expect(passages.length).toBeGreaterThanOrEqual(30);
    expect(new Set(passages.map((passage) => passage.lang))).toEqual(new Set(ALIAS_LANGS));
    for (const lang of ['es', 'fr', 'it', 'pt', 'uk', 'zh', 'ja']) {
      const own = passages.filter((passage) => passage.lang === lang);
      expect(own.length, lang).toBeGreaterThanOrEqual(10);
      expect(
        own.some((passage) => passage.note?.includes('Trap')),
        `${lang} has a trap`,
      ).toBe(true);
      expect(
        own.some((passage) => passage.note?.includes('Sense')),
        `${lang} has a sense case`,
      ).toBe(true);
    }
    expect(new Set(passages.map((passage) => passage.id)).size).toBe(passages.length);
    const traps = passages.filter((passage) => passage.note?.includes('Trap')).map((passage) => passage.text);
    for (const word of ['Muskegon', 'mission', 'Dragon', 'progress', 'Unity engine', 'ISS Dome', '(CSA)']) {
      expect(traps.some((text) => text.includes(word))).toBe(true);
    }
  });

  // The exact mentions a reader should see: each passage read as one article.
  it.each(passages.map((passage) => [passage.id, passage] as const))('%s', (_, passage) => {
    const { text, spans } = parseMarked(passage.text);
    const expected = spans.map((span) => [span.text, span.entityId]);
    expect(predictText(matcher, text).map((span) => [span.text, span.entityId])).toEqual(expected);
  });
});

describe('the evaluation script', () => {
  it('reads the same aliases from disk as the extension bundles', () => {
    const order = (list: ReturnType<typeof loadAliases>) =>
      list.map((alias) => JSON.stringify([alias.entityId, alias.text, alias.case, alias.context ?? null])).sort();
    expect(order(loadAliases())).toEqual(order(aliasesFor(TOPIC_IDS)));
  });
});

describe('marked-up text', () => {
  it('gives the plain text and the expected spans', () => {
    expect(parseMarked('The [[ISS|iss]] and [[Roscosmos|roscosmos]]-Chef')).toEqual({
      text: 'The ISS and Roscosmos-Chef',
      spans: [
        { start: 4, end: 7, text: 'ISS', entityId: 'iss' },
        { start: 12, end: 21, text: 'Roscosmos', entityId: 'roscosmos' },
      ],
    });
  });

  it('rejects a broken marker rather than scoring it as text', () => {
    expect(() => parseMarked('The [[ISS|ISS]] orbits')).toThrow(/malformed/);
    expect(() => parseMarked('The [[ISS orbits')).toThrow(/malformed/);
  });
});

describe('scoring', () => {
  const iss = { start: 4, end: 7, text: 'ISS', entityId: 'iss' };
  const nasa = { start: 12, end: 16, text: 'NASA', entityId: 'nasa' };

  it('counts a mention only with the same span and the same entity', () => {
    const wrongEntity = { ...iss, entityId: 'esa' };
    const wrongSpan = { ...nasa, end: 15 };
    const result = compare([iss, nasa], [wrongEntity, wrongSpan]);
    expect(result).toMatchObject({ tp: 0, fp: 2, fn: 2 });
    expect(compare([iss, nasa], [nasa, iss])).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  it('tells text nodes apart on pages', () => {
    expect(compare([{ ...iss, node: 1 }], [{ ...iss, node: 2 }])).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('computes precision, recall and F1, and calls nothing found on a trap page perfect', () => {
    const { precision, recall, f1 } = ratios({ tp: 8, fp: 2, fn: 0 });
    expect([precision, recall]).toEqual([0.8, 1]);
    expect(f1).toBeCloseTo(16 / 18);
    expect(ratios({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(ratios({ tp: 0, fp: 3, fn: 0 }).precision).toBe(0);
  });

  it('sums per language, per kind and overall', () => {
    const item = (id: string, lang: string, kind: EvalCase['kind'], tp: number, fp: number, fn: number) => ({
      id,
      lang,
      kind,
      comparison: { tp, fp, fn, missed: [], extra: [] },
    });
    const rows = summarize([item('a', 'en', 'passage', 3, 1, 0), item('b', 'ru', 'page', 2, 0, 2)]);
    expect(rows.map((row) => [row.label, row.tp, row.fp, row.fn])).toEqual([
      ['en', 3, 1, 0],
      ['ru', 2, 0, 2],
      ['passages', 3, 1, 0],
      ['pages', 2, 0, 2],
      ['overall', 5, 1, 2],
    ]);
    const table = formatTable(rows);
    expect(table.split('\n')).toHaveLength(6);
    expect(table).toMatch(/overall\s+2\s+7\s+6\s+5\s+1\s+2\s+0\.833\s+0\.714\s+0\.769/);
  });
});
