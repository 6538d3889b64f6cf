/**
 * The end-to-end bench's command line. Pure.
 */
import { join, resolve } from 'node:path';

/** Fewer loads than this and the medians move from run to run on a shared machine. */
export const MIN_RUNS = 5;

export interface E2eOptions {
  corpus: string;
  runs: number;
  json: boolean;
  pages?: string;
  profile?: string;
  synthetic?: number;
  /** Print every load's figures to stderr. */
  verbose: boolean;
}

export function parseOptions(argv: readonly string[], root: string): E2eOptions {
  const value = (name: string): string | undefined => {
    const index = argv.indexOf(`--${name}`);
    if (index < 0) return undefined;
    const next = argv[index + 1];
    if (!next || next.startsWith('--')) throw new Error(`--${name} needs a value`);
    return next;
  };
  const count = (name: string, fallback?: number): number | undefined => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const parsed = Number(raw);
    if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`--${name} needs a whole number ≥ 1, got "${raw}"`);
    return parsed;
  };
  return {
    corpus: resolve(value('corpus') ?? join(root, 'tests/fixtures/pages')),
    runs: count('runs', MIN_RUNS)!,
    json: argv.includes('--json'),
    pages: value('pages'),
    profile: value('profile'),
    synthetic: count('synthetic'),
    verbose: argv.includes('--verbose'),
  };
}
