/**
 * Runs inside a saved page in Chromium (bundled by scripts/bench-scope.ts):
 * the content script's reading of the page (article, listing or whole body)
 * and its cost, with the listing step's share.
 */
import { findArticle } from '@/entrypoints/content/article';
import { findTeasers, isListing } from '@/entrypoints/content/scope/listing';
import { proseLength, proseTotals, survey } from '@/entrypoints/content/scope/survey';

/** Runs after the first, whose cost includes compiling the code, for a steady figure. */
const REPEATS = 5;
/** As in scope/layout.ts: a block with half the page's prose is never boilerplate. */
const HOME_SHARE = 0.5;

export interface ScopeRun {
  kind: string;
  elements: number;
  teasers: number;
  /** The first reading, ms: what a page pays once. */
  firstMs: number;
  /** The median of later readings, ms. */
  medianMs: number;
  /** The median of the listing step alone (teasers, and loose text as if the page had no story), ms, once the page is surveyed. */
  listingMs: number;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

export function run(): ScopeRun {
  let start = performance.now();
  const layout = findArticle(document);
  const firstMs = performance.now() - start;
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    start = performance.now();
    findArticle(document);
    times.push(performance.now() - start);
  }
  const body = document.body;
  const { paragraphs, links } = survey(body);
  const prose = proseTotals(paragraphs, new Map(paragraphs.map((paragraph) => [paragraph, proseLength(paragraph)])));
  const input = { body, links, prose, homeProse: HOME_SHARE * (prose.get(body) ?? 0) };
  const listingTimes: number[] = [];
  let teasers = 0;
  for (let i = 0; i < REPEATS; i++) {
    start = performance.now();
    const listing = findTeasers(input);
    isListing(listing, body, 0);
    listingTimes.push(performance.now() - start);
    teasers = listing.teasers.length;
  }
  return {
    kind: layout.kind,
    elements: document.getElementsByTagName('*').length,
    teasers,
    firstMs,
    medianMs: median(times),
    listingMs: median(listingTimes),
  };
}
