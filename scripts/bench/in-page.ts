/**
 * Runs inside the benchmarked page (bundled by scripts/bench.ts). Each mode
 * works on a freshly loaded page and reports its own cost.
 */
import Mark from 'mark.js';
import { aliasesFor } from '@/utils/alias-index';
import { createMatcher, localResolver, prepareMatcher } from '@/utils/matcher';
import { TOPIC_IDS } from '@/utils/topics';
import { PageHighlights } from '@/entrypoints/content/page-highlights';
import { createTextWalker, eligibleTextNodes } from '@/entrypoints/content/scope';
import { topicOf } from '@/utils/topic-index';

export interface ModeResult {
  /** Main-thread work time, ms. */
  ms: number;
  /** Wall-clock time from start to done, ms (includes the gaps where the page ran). */
  wallMs: number;
  /** The longest single task of the work, ms. */
  longestMs: number;
  highlights: number;
  /** Text nodes whose text matches (floor) or highlights made (others). */
  matches: number;
}

const ALIASES = aliasesFor(TOPIC_IDS);
/**
 * What the background hands each page (prepared once, off the page's main
 * thread), cloned as messaging would: the page's own cost starts from here.
 */
const PREPARED_START = performance.now();
const PREPARED = prepareMatcher(ALIASES);
export const PREPARE_MS = performance.now() - PREPARED_START;
const PREPARED_MESSAGE = JSON.stringify(PREPARED);

/** The physical floor: one read-only pass over the same text nodes with the same pattern. */
function floor(): ModeResult {
  const { pattern } = createMatcher(PREPARED);
  // Warm the pattern up so V8's lazy regex compilation is not counted as scanning.
  pattern.test('warm up');
  const start = performance.now();
  let matches = 0;
  const walker = createTextWalker(document.body);
  if (walker) {
    for (const node of eligibleTextNodes(walker)) {
      pattern.lastIndex = 0;
      if (pattern.test(node.data)) matches += 1;
    }
  }
  const ms = performance.now() - start;
  return { ms, wallMs: ms, longestMs: ms, highlights: 0, matches };
}

/** mark.js the way most highlighters call it: every alias, one DOM walk each. */
function naive(): ModeResult {
  const start = performance.now();
  let highlights = 0;
  new Mark(document.body).mark(
    ALIASES.map((alias) => alias.text),
    { separateWordSearch: false, done: (total: number) => (highlights = total) },
  );
  const ms = performance.now() - start;
  return { ms, wallMs: ms, longestMs: ms, highlights, matches: highlights };
}

/**
 * Backstory's highlighting pass as the page pays for it: reading the story's
 * text and wrapping the names. The decisions are made in the background in
 * the extension, off the page's thread; here a resolver in the same process
 * stands in for it, and its time is not counted (the slices pause around it).
 * The end-to-end mode (--e2e) measures the real extension whole.
 */
const MATCHER = createMatcher(JSON.parse(PREPARED_MESSAGE));

async function backstory(): Promise<ModeResult> {
  const start = performance.now();
  const page = new PageHighlights(localResolver(MATCHER), { topicOf }, { firstMentionOnly: true });
  const { highlights, stats } = await page.highlightWithin(document.body);
  return {
    ms: stats.busyMs,
    wallMs: performance.now() - start,
    longestMs: stats.longestMs,
    highlights,
    matches: highlights,
  };
}

export async function run(mode: 'floor' | 'naive' | 'backstory'): Promise<ModeResult> {
  if (mode === 'floor') return floor();
  if (mode === 'naive') return naive();
  return backstory();
}
