/**
 * Small files named for what they hold: no product file (entrypoints/,
 * components/, utils/) grows past MAX_LINES. A file that does has more than
 * one concern; split it along its seam rather than raise the limit.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const PRODUCT_DIRS = ['entrypoints', 'components', 'utils'];
const SOURCE = new Set(['.ts', '.tsx', '.css']);
const MAX_LINES = 400;

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (SOURCE.has(extname(entry.name))) yield path;
  }
}

/** Lines in a file's text, as an editor numbers them (a final newline ends the last line, it does not start one). */
function lineCount(text: string): number {
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/** Every product file over `max` lines, as "path: N lines". */
function oversized(max = MAX_LINES): string[] {
  return PRODUCT_DIRS.flatMap((dir) => [...sources(join(ROOT, dir))])
    .map((path) => ({ path: relative(ROOT, path), lines: lineCount(readFileSync(path, 'utf8')) }))
    .filter(({ lines }) => lines > max)
    .map(({ path, lines }) => `${path}: ${lines} lines`);
}

describe('product file size', () => {
  it(`keeps every product file at ${MAX_LINES} lines or fewer`, () => {
    expect(oversized()).toEqual([]);
  });

  it('would name a file over the limit', () => {
    // The matcher's largest file is well over 50 lines: a lower limit must report it, by path and count.
    expect(oversized(50)).toContainEqual(expect.stringMatching(/^utils\/matcher\/context\.ts: \d+ lines$/));
    expect(lineCount('a\nb\n')).toBe(2);
    expect(lineCount('a\nb')).toBe(2);
  });
});
