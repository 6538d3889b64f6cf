/**
 * The three set-ups the end-to-end bench compares, the order each page's
 * loads visit them in, and the arithmetic that turns their loads into the
 * figures it reports. Pure: no browser here.
 */
import { median, percentile, sum } from './stats';
import type { TaskTotals } from './trace';

export const SETUPS = ['none', 'noop', 'built'] as const;
export type SetupId = (typeof SETUPS)[number];

export const SETUP_LABELS: Record<SetupId, string> = {
  none: 'no extension',
  noop: 'do-nothing extension (same matches and run_at, empty script)',
  built: 'built extension',
};

/** What one load of one page in one set-up measured. */
export interface LoadSample {
  /** Performance.getMetrics ScriptDuration after the page settled, ms. */
  scriptMs: number;
  /** Performance.getMetrics TaskDuration less DevToolsCommandDuration (the bench's own polling), ms. */
  taskMs: number;
  /**
   * Performance.getMetrics ThreadTime: CPU time of the renderer's main thread, ms. ScriptDuration and
   * TaskDuration are wall-clock and grow whenever a busy machine takes the CPU away mid-task; this does not.
   */
  cpuMs: number;
  /** Runtime.getHeapUsage usedSize after HeapProfiler.collectGarbage, bytes (the whole renderer's V8 heap). */
  heapBytes: number;
  /** Elements `[data-backstory-entity]` in the page after it settled. */
  highlights: number;
  /** False when the page was still busy when the settle cap ran out. */
  settled: boolean;
  /** From the load event to settled, ms. */
  settleMs: number;
  /** The tab ended on another URL than the page's (a redirect the 204 answer did not stop). */
  leftPage: boolean;
  /** Extension isolated worlds created in the page (0 with no extension: a check that the content script ran). */
  extensionWorlds: number;
  /** The in-page bench's read-only scan, measured after the metrics were read (no-extension loads only). */
  floorMs?: number;
}

/**
 * Run `run` of page `pageIndex` visits the set-ups in a rotated order
 * (A/B/C, B/C/A, C/A/B, …), so no set-up always goes first or always follows
 * the same neighbour: slow drifts of a shared machine fall on all three alike.
 */
export function loadOrder(pageIndex: number, run: number): SetupId[] {
  const shift = (pageIndex + run) % SETUPS.length;
  return [...SETUPS.slice(shift), ...SETUPS.slice(0, shift)];
}

const FIGURES = ['scriptMs', 'taskMs', 'cpuMs', 'heapBytes'] as const;
type Figure = (typeof FIGURES)[number];

export type SetupMedians = Record<Figure, number>;
export type Added = Record<Figure, number>;

/** The longest main-thread task that ran our code, from one traced load (see trace.ts). */
export interface LongestTask {
  /** Wall-clock duration of the longest task of ours, ms. */
  ms: number;
  /** That task's main-thread CPU time, ms. */
  cpuMs: number;
  /** The largest CPU time of any task of ours, ms (the longest task on an idle machine). */
  longestCpuMs: number;
  /** CPU-profile samples inside that task whose stack holds our code, ms (≈ our own share of it). */
  oursSampledMs: number;
}

export interface PageFigures {
  page: string;
  loads: number;
  medians: Record<SetupId, SetupMedians>;
  /** Built extension minus the do-nothing extension: what our code costs beyond having a content script at all. */
  added: Added;
  /** Do-nothing extension minus no extension: the price of any content script on these matches. */
  noopAdded: Added;
  floorMs: number;
  highlights: number;
  /** Loads (of any set-up) that hit the settle cap while still busy. */
  unsettledLoads: number;
  /** Loads of an extension set-up where no extension world appeared (the content script did not run). */
  missingWorlds: number;
  /** Loads that ended on another URL: their figures are not the page's. */
  leftPageLoads: number;
  longestTask?: LongestTask;
  /** Tasks of ours per load, summed (trace.ts ourTaskTotals): medians of the traced loads of each extension set-up. */
  ourTasks?: { built: TaskTotals; noop: TaskTotals };
  /**
   * The highlighting stage ran in most traced loads: the background found a name in the page's text. On a page
   * with no highlight, that means its names are all outside the story (teasers, sidebars), which the stage leaves.
   */
  stageLoaded?: boolean;
  /** Live bytes allocated by our code after load and a GC (sampling heap profiler), see heap.ts. */
  ourHeapBytes?: number;
  /** Every load's figures, for a look at the noise (in --json). */
  samples?: Record<SetupId, readonly LoadSample[]>;
}

function mediansOf(samples: readonly LoadSample[]): SetupMedians {
  return Object.fromEntries(FIGURES.map((key) => [key, median(samples.map((sample) => sample[key]))])) as SetupMedians;
}

function minus(a: SetupMedians, b: SetupMedians): Added {
  return Object.fromEntries(FIGURES.map((key) => [key, a[key] - b[key]])) as Added;
}

/**
 * One page's figures from its loads: the median of each set-up, then the
 * differences of those medians (not medians of paired differences: the loads
 * of one run are not a matched pair any more than loads of different runs).
 */
export function diffSetups(page: string, samples: Record<SetupId, readonly LoadSample[]>): PageFigures {
  for (const setup of SETUPS) {
    if (samples[setup].length === 0) throw new Error(`${page}: no loads for ${setup}`);
  }
  const medians = Object.fromEntries(SETUPS.map((setup) => [setup, mediansOf(samples[setup])])) as Record<
    SetupId,
    SetupMedians
  >;
  const floors = samples.none.flatMap((sample) => (sample.floorMs === undefined ? [] : [sample.floorMs]));
  const all = SETUPS.flatMap((setup) => samples[setup]);
  return {
    page,
    loads: Math.min(...SETUPS.map((setup) => samples[setup].length)),
    medians,
    added: minus(medians.built, medians.noop),
    noopAdded: minus(medians.noop, medians.none),
    floorMs: floors.length > 0 ? median(floors) : Number.NaN,
    highlights: median(samples.built.map((sample) => sample.highlights)),
    unsettledLoads: all.filter((sample) => !sample.settled).length,
    missingWorlds: [...samples.noop, ...samples.built].filter((sample) => sample.extensionWorlds === 0).length,
    leftPageLoads: all.filter((sample) => sample.leftPage).length,
  };
}

export interface Spread {
  median: number;
  p90: number;
}

export interface TracedSpread {
  pages: number;
  builtMs: Spread;
  builtCpuMs: Spread;
  noopMs: Spread;
  addedMs: Spread;
  addedCpuMs: Spread;
}

function tracedSpread(pages: readonly PageFigures[]): TracedSpread {
  const traced = pages.flatMap((page) => (page.ourTasks ? [page.ourTasks] : []));
  return {
    pages: traced.length,
    builtMs: spread(traced.map((tasks) => tasks.built.ms)),
    builtCpuMs: spread(traced.map((tasks) => tasks.built.cpuMs)),
    noopMs: spread(traced.map((tasks) => tasks.noop.ms)),
    addedMs: spread(traced.map((tasks) => tasks.built.ms - tasks.noop.ms)),
    addedCpuMs: spread(traced.map((tasks) => tasks.built.cpuMs - tasks.noop.cpuMs)),
  };
}

/** The median of each figure over a page's traced loads. */
export function medianTotals(loads: readonly TaskTotals[]): TaskTotals {
  return { ms: median(loads.map((load) => load.ms)), cpuMs: median(loads.map((load) => load.cpuMs)) };
}

function spread(values: readonly number[]): Spread {
  return { median: median(values), p90: percentile(values, 90) };
}

export interface Totals {
  pages: number;
  /** Sum over pages of each page's median. */
  floorMs: number;
  addedScriptMs: number;
  addedTaskMs: number;
  addedCpuMs: number;
  noopScriptMs: number;
  noopTaskMs: number;
  /** Whole-corpus added script time over the floor's total. */
  addedScriptOverFloor: number;
  /** Over pages where the built extension made no highlight (the pages that get nothing from us). */
  noHighlight: GroupNoise;
  /**
   * The pages with no highlight split by what the loader did (traced pages only): on `noName` the highlighting
   * stage never loaded (no name in the page's text: the loader's price alone); on `outsideStory` it loaded and
   * marked nothing (names only in teasers, sidebars and the like).
   */
  byStage?: { noName: GroupSpread; outsideStory: GroupSpread & { names: string[] } };
  /** Over all pages. */
  allPages: AddedSpread;
  /** Traced tasks of ours (pages that have them): built, do-nothing, and built − do-nothing per page. */
  tracedTasks?: { noHighlight: TracedSpread; allPages: TracedSpread };
  longestTask?: LongestTask & { page: string };
  /** The page whose task of ours took the most CPU time. */
  longestCpuTask?: { cpuMs: number; page: string };
  ourHeapBytes?: Spread & { max: number };
  addedHeapBytes: Spread;
  highlights: number;
  unsettledLoads: number;
  missingWorlds: number;
  leftPageLoads: number;
}

/** The added figures (built − do-nothing) over a group of pages. */
export interface AddedSpread {
  pages: number;
  addedScriptMs: Spread;
  /** Built minus do-nothing task time: how far we are from the price of an empty content script. */
  addedTaskMs: Spread;
  addedCpuMs: Spread;
}

function addedSpread(pages: readonly PageFigures[]): AddedSpread {
  return {
    pages: pages.length,
    addedScriptMs: spread(pages.map((page) => page.added.scriptMs)),
    addedTaskMs: spread(pages.map((page) => page.added.taskMs)),
    addedCpuMs: spread(pages.map((page) => page.added.cpuMs)),
  };
}

/**
 * A group's added figures with the do-nothing extension's own, over no
 * extension, beside them: what an empty content script "adds" is mostly the
 * pages' own noise, so its spread says how much of a group's median and p90
 * that noise can account for.
 */
export interface GroupNoise extends AddedSpread {
  noopScriptMs: Spread;
  noopTaskMs: Spread;
}

function groupNoise(pages: readonly PageFigures[]): GroupNoise {
  return {
    ...addedSpread(pages),
    noopScriptMs: spread(pages.map((page) => page.noopAdded.scriptMs)),
    noopTaskMs: spread(pages.map((page) => page.noopAdded.taskMs)),
  };
}

export interface GroupSpread extends GroupNoise {
  traced: TracedSpread;
}

function groupSpread(pages: readonly PageFigures[]): GroupSpread {
  return { ...groupNoise(pages), traced: tracedSpread(pages) };
}

function byStage(empty: readonly PageFigures[]): NonNullable<Totals['byStage']> {
  const outside = empty.filter((page) => page.stageLoaded === true);
  return {
    noName: groupSpread(empty.filter((page) => page.stageLoaded === false)),
    outsideStory: { ...groupSpread(outside), names: outside.map((page) => page.page) },
  };
}

export function totals(pages: readonly PageFigures[]): Totals {
  const floorMs = sum(pages.map((page) => page.floorMs));
  const addedScriptMs = sum(pages.map((page) => page.added.scriptMs));
  const empty = pages.filter((page) => page.highlights === 0);
  let longest: (LongestTask & { page: string }) | undefined;
  let longestCpu: { cpuMs: number; page: string } | undefined;
  for (const page of pages) {
    if (page.longestTask && (!longest || page.longestTask.ms > longest.ms)) {
      longest = { ...page.longestTask, page: page.page };
    }
    if (page.longestTask && (!longestCpu || page.longestTask.longestCpuMs > longestCpu.cpuMs)) {
      longestCpu = { cpuMs: page.longestTask.longestCpuMs, page: page.page };
    }
  }
  const heaps = pages.flatMap((page) => (page.ourHeapBytes === undefined ? [] : [page.ourHeapBytes]));
  return {
    pages: pages.length,
    floorMs,
    addedScriptMs,
    addedTaskMs: sum(pages.map((page) => page.added.taskMs)),
    addedCpuMs: sum(pages.map((page) => page.added.cpuMs)),
    noopScriptMs: sum(pages.map((page) => page.noopAdded.scriptMs)),
    noopTaskMs: sum(pages.map((page) => page.noopAdded.taskMs)),
    addedScriptOverFloor: floorMs > 0 ? addedScriptMs / floorMs : Number.NaN,
    noHighlight: groupNoise(empty),
    ...(empty.some((page) => page.stageLoaded !== undefined) && { byStage: byStage(empty) }),
    allPages: addedSpread(pages),
    longestTask: longest,
    longestCpuTask: longestCpu,
    ...(pages.some((page) => page.ourTasks) && {
      tracedTasks: { noHighlight: tracedSpread(empty), allPages: tracedSpread(pages) },
    }),
    ourHeapBytes: heaps.length > 0 ? { ...spread(heaps), max: Math.max(...heaps) } : undefined,
    addedHeapBytes: spread(pages.map((page) => page.added.heapBytes)),
    highlights: sum(pages.map((page) => page.highlights)),
    unsettledLoads: sum(pages.map((page) => page.unsettledLoads)),
    missingWorlds: sum(pages.map((page) => page.missingWorlds)),
    leftPageLoads: sum(pages.map((page) => page.leftPageLoads)),
  };
}
