/**
 * A fast subset of the corpus sweep (`npm run sweep` runs all pages): real
 * saved news pages, loaded without and with the extension, must come out
 * unchanged. Without the corpus (scripts/lib/corpus.ts) it is skipped with a
 * notice, or fails when BACKSTORY_REQUIRE_CORPUS=1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusAvailable } from '../../scripts/lib/corpus';
import { readCorpusPages, startSweep, type Sweeper } from '../../scripts/lib/sweep';

/** Small and large, English and German (ISO-8859-1), script-heavy, and the 10,000-element reddit page. */
const SUBSET: Array<{ file: string; names: string[] }> = [
  { file: 'scrapinghub__article-extraction-benchmark/thespacereview.com_big-rocket.html', names: ['nasa'] },
  { file: 'postlight__parser/www.nbcnews.com_spacex-hold-up.html', names: ['spacex', 'elon-musk'] },
  { file: 'scrapinghub__article-extraction-benchmark/spacenews.com_nasa-clps-five-companies.html', names: ['nasa'] },
  { file: 'adbar__trafilatura/winfuture.de-NASA.html', names: ['nasa'] },
  { file: 'postlight__parser/www.reddit.com--image.html', names: [] },
];

const withCorpus = corpusAvailable('the corpus sweep subset (real news pages with and without Backstory)');
const index = withCorpus ? readCorpusPages() : undefined;

describe.skipIf(!withCorpus)('real news pages with and without Backstory', () => {
  let sweeper: Sweeper;

  beforeAll(async () => {
    sweeper = await startSweep();
  }, 120_000);

  afterAll(async () => {
    await sweeper?.close();
  });

  it.each(SUBSET)(
    '$file: no errors, same text, same DOM after turning highlights off',
    async ({ file, names }) => {
      const page = index!.find((entry) => entry.file === file);
      expect(page, `${file} is not in the corpus index`).toBeDefined();
      const result = await sweeper.run(page!, { expectHighlights: names.length > 0 });
      expect(result.ourErrors).toEqual([]);
      expect(result.newPageErrors).toEqual([]);
      expect(result.textDiff).toBeNull();
      expect(result.domDiff).toBeNull();
      expect(result.misplaced).toEqual([]);
      expect(result.extensionRequests).toEqual([]);
      // The page really was highlighted (or, for a page without names, really was not).
      expect(result.entities).toEqual(expect.arrayContaining(names));
      if (!names.length) expect(result.highlights).toBe(0);
    },
    120_000,
  );

  it('reports an error thrown in the content script world, its request, a misplaced highlight and a changed DOM', async () => {
    const page = index!.find((entry) => entry.file === SUBSET[0]!.file)!;
    const result = await sweeper.run(page, { sabotage: true });
    expect(result.ourErrors).toEqual([expect.stringContaining('sabotage: thrown in the content script world')]);
    expect(result.extensionRequests).toContain('https://sabotage.invalid/beacon');
    expect(result.misplaced).toEqual(['sabotage in <pre>']);
    expect(result.textDiff).toContain('sabotage');
    expect(result.domDiff).toContain('sabotage');
  }, 120_000);
});
