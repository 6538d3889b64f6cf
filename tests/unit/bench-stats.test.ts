import { describe, expect, it } from 'vitest';
import { median, percentile, sum } from '../../scripts/bench/stats';
import { parseOptions } from '../../scripts/bench/options';
import { globToRegExp, matchesGlob } from '../../scripts/lib/glob';

describe('bench statistics', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
  });

  it('interpolates percentiles between the closest ranks', () => {
    const values = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];
    expect(percentile(values, 0)).toBe(1);
    expect(percentile(values, 100)).toBe(10);
    expect(percentile(values, 50)).toBe(5.5);
    expect(percentile(values, 90)).toBeCloseTo(9.1, 10);
    expect(percentile([3, 1, 2], 90)).toBeCloseTo(2.8, 10);
  });

  it('leaves its input in order and refuses a percentile outside 0–100', () => {
    const values = [3, 1, 2];
    percentile(values, 90);
    expect(values).toEqual([3, 1, 2]);
    expect(() => percentile(values, 101)).toThrow(RangeError);
    expect(sum([1, 2, 3.5])).toBe(6.5);
  });
});

describe('page globs', () => {
  it.each([
    ['mozilla__readability/bbc-1.html', 'mozilla__readability/*', true],
    ['mozilla__readability/bbc-1.html', '*', true],
    ['mozilla__readability/bbc-1.html', 'bbc-*', true],
    ['mozilla__readability/bbc-1.html', '**/bbc-1.html', true],
    ['mozilla__readability/bbc-1.html', '{bbc-1,folha}.html', true],
    ['mozilla__readability/folha.html', '{bbc-1,folha}.html', true],
    ['mozilla__readability/guardian-1.html', '{bbc-1,folha}.html', false],
    ['mozilla__readability/bbc-1.html', 'postlight__parser/*', false],
    ['a/b/c.html', 'a/*.html', false],
    ['a/b/c.html', 'a/**/*.html', true],
    ['www.reddit.com--image.html', 'www.reddit.com--image.html', true],
    ['wwwXreddit.com--image.html', 'www.reddit.com--image.html', false],
  ])('%s against %s: %s', (path, glob, expected) => {
    expect(matchesGlob(path, glob)).toBe(expected);
  });

  it('keeps * and ? within one path segment', () => {
    expect(globToRegExp('a/?.html').test('a/b.html')).toBe(true);
    expect(globToRegExp('a?b').test('a/b')).toBe(false);
  });
});

describe('the e2e command line', () => {
  it('defaults to five loads of the project’s sample pages', () => {
    const options = parseOptions(['--e2e'], '/project');
    expect(options).toMatchObject({ corpus: '/project/tests/fixtures/pages', runs: 5, json: false, verbose: false });
    expect(options.synthetic).toBeUndefined();
  });

  it('reads every flag', () => {
    const options = parseOptions(
      [
        '--e2e',
        '--corpus',
        '/c',
        '--runs',
        '7',
        '--json',
        '--pages',
        'a/*',
        '--profile',
        'b.html',
        '--synthetic',
        '2000',
      ],
      '/project',
    );
    expect(options).toMatchObject({
      corpus: '/c',
      runs: 7,
      json: true,
      pages: 'a/*',
      profile: 'b.html',
      synthetic: 2000,
    });
  });

  it('refuses a count that is not a whole number, and a flag with no value', () => {
    expect(() => parseOptions(['--runs', '2.5'], '/p')).toThrow(/--runs/);
    expect(() => parseOptions(['--synthetic', '0'], '/p')).toThrow(/--synthetic/);
    expect(() => parseOptions(['--profile', '--json'], '/p')).toThrow(/--profile needs a value/);
  });
});
