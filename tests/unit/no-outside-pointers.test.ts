/**
 * Everything a reader of this repository needs is in it: no comment or doc
 * sends them to a notes file, a review or a machine path outside it (what
 * such notes taught lives in docs/pitfalls.md). The corpus of saved news
 * pages is the one folder outside the project the code uses, and naming it
 * is configuration (scripts/lib/corpus.ts), so `../shared/corpus` is allowed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SKIP_DIRS = new Set(['node_modules', '.output', '.wxt', '.git', 'screenshots']);
const TEXT = new Set(['.ts', '.tsx', '.js', '.mjs', '.css', '.html', '.xhtml', '.md', '.json', '.yml', '.yaml', '']);
const SKIP_FILES = new Set(['package-lock.json', relative(ROOT, import.meta.filename)]);

/** Pointers out of the repository: notes and reviews beside it, absolute machine paths, any sibling but the corpus. */
const OUTSIDE: RegExp[] = [
  /\bshared\/(notes|reviews)\b/,
  /\/work\//,
  /\.\.\/shared\/(?!corpus\b)/,
  /\bstack\.md\b/,
  /\bpitfall \d/,
];

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (SKIP_DIRS.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (TEXT.has(extname(name)) && !SKIP_FILES.has(relative(ROOT, path))) yield path;
  }
}

/** Every line of the project's text files that points outside it, as "path:line: text". */
function outsidePointers(root = ROOT): string[] {
  const found: string[] = [];
  for (const path of files(root)) {
    readFileSync(path, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (OUTSIDE.some((pattern) => pattern.test(line))) {
          found.push(`${relative(root, path)}:${i + 1}: ${line.trim().slice(0, 120)}`);
        }
      });
  }
  return found;
}

describe('pointers out of the repository', () => {
  it('finds none in the source, scripts, tests and docs', () => {
    expect(outsidePointers()).toEqual([]);
  });

  it('would find one', () => {
    const line = (text: string) => OUTSIDE.some((pattern) => pattern.test(text));
    expect(line('// see shared/notes/stack.md, pitfall 1')).toBe(true);
    expect(line(' * (../shared/reviews/architecture-review.md)')).toBe(true);
    expect(line('// as /work/main/README.md says')).toBe(true);
    expect(line("resolve(import.meta.dirname, '../../../shared/corpus')")).toBe(false);
    expect(line('// docs/pitfalls.md, “mark.js hangs under happy-dom”')).toBe(false);
  });
});
