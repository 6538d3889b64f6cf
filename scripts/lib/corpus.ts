/**
 * The saved news pages some tests and scripts run over. They are not part of
 * the project: they live in the folder `BACKSTORY_CORPUS` names, by default
 * `shared/corpus` beside the project folder, and are used where they lie,
 * never copied in. A fresh clone has none, so a test that needs them skips
 * with a printed notice; CI sets `BACKSTORY_REQUIRE_CORPUS=1`, which makes a
 * missing corpus a failure instead of a skip.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CORPUS_DIR = process.env.BACKSTORY_CORPUS
  ? resolve(process.env.BACKSTORY_CORPUS)
  : resolve(import.meta.dirname, '../../../shared/corpus');

/** Set in CI: a test that needs the corpus fails when it is missing instead of skipping. */
export const REQUIRE_CORPUS = process.env.BACKSTORY_REQUIRE_CORPUS === '1';

/** The index every corpus has: one row per page, with its path, charset, language and canonical URL. */
const INDEX = 'INDEX.tsv';

export function corpusPresent(dir = CORPUS_DIR): boolean {
  return existsSync(join(dir, INDEX));
}

export function corpusMissing(dir = CORPUS_DIR): string {
  return (
    `No corpus at ${dir}: the saved news pages (a folder with ${INDEX}) go in shared/corpus beside the project, ` +
    'or set BACKSTORY_CORPUS=/path/to/corpus.'
  );
}

/** The index's rows, each as column name → cell; undefined when there is no corpus. */
export function readCorpusIndex(dir = CORPUS_DIR): Array<Record<string, string>> | undefined {
  if (!corpusPresent(dir)) return undefined;
  const [header, ...rows] = readFileSync(join(dir, INDEX), 'utf8').split('\n').filter(Boolean);
  const columns = header!.split('\t');
  return rows.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(columns.map((name, i) => [name, cells[i] ?? '']));
  });
}

/** Declared charsets by page path, so each page is decoded as it was saved (empty without a corpus). */
export function corpusCharsets(dir = CORPUS_DIR): Map<string, string> {
  const charsets = new Map<string, string>();
  for (const row of readCorpusIndex(dir) ?? []) {
    if (/^[\w-]+$/.test(row.charset ?? '')) charsets.set(row.file!, row.charset!);
  }
  return charsets;
}

/**
 * For a test (at collection time) or a check that needs the corpus: true
 * when the corpus is there. When it is not, prints what is skipped and
 * returns false, or throws when BACKSTORY_REQUIRE_CORPUS=1, which fails the
 * test file or the check with the reason.
 */
export function corpusAvailable(skipped: string, dir = CORPUS_DIR, required = REQUIRE_CORPUS): boolean {
  if (corpusPresent(dir)) return true;
  if (required) throw new Error(`${corpusMissing(dir)} BACKSTORY_REQUIRE_CORPUS=1 requires it.`);
  console.warn(`\n⚠ SKIPPED ${skipped}. ${corpusMissing(dir)}\n`);
  return false;
}
