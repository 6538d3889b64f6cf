import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { corpusCharsets, corpusAvailable, readCorpusIndex } from '../../scripts/lib/corpus';

const corpus = mkdtempSync(join(tmpdir(), 'backstory-corpus-'));
writeFileSync(
  join(corpus, 'INDEX.tsv'),
  'file\tcharset\tcanonical_url\n' +
    'a/one.html\tutf-8\thttps://example.org/one\n' +
    'b/two.html\tISO-8859-1\t\n' +
    'b/three.html\tnot a charset;\t\n',
);
const missing = join(corpus, 'nothing-here');

afterAll(() => rmSync(corpus, { recursive: true, force: true }));

describe('the corpus beside the project', () => {
  it('reads the index by column name', () => {
    expect(readCorpusIndex(corpus)).toEqual([
      { file: 'a/one.html', charset: 'utf-8', canonical_url: 'https://example.org/one' },
      { file: 'b/two.html', charset: 'ISO-8859-1', canonical_url: '' },
      { file: 'b/three.html', charset: 'not a charset;', canonical_url: '' },
    ]);
    expect(readCorpusIndex(missing)).toBeUndefined();
  });

  it('gives the declared charsets that can go in a header, and none without a corpus', () => {
    expect([...corpusCharsets(corpus)]).toEqual([
      ['a/one.html', 'utf-8'],
      ['b/two.html', 'ISO-8859-1'],
    ]);
    expect(corpusCharsets(missing).size).toBe(0);
  });

  it('lets a test run when the corpus is there', () => {
    expect(corpusAvailable('x', corpus, true)).toBe(true);
  });

  it('skips with a printed notice when it is missing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(corpusAvailable('the trap pages', missing, false)).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/SKIPPED the trap pages\. No corpus at .*nothing-here/));
    warn.mockRestore();
  });

  it('fails instead when BACKSTORY_REQUIRE_CORPUS=1 asks for it', () => {
    expect(() => corpusAvailable('the trap pages', missing, true)).toThrow(/No corpus at .*BACKSTORY_REQUIRE_CORPUS=1/);
  });
});
