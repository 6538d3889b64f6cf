import { describe, expect, it } from 'vitest';
import {
  diffSetups,
  loadOrder,
  medianTotals,
  SETUPS,
  totals,
  type LoadSample,
  type PageFigures,
} from '../../scripts/bench/setups';

function load(scriptMs: number, taskMs: number, extra: Partial<LoadSample> = {}): LoadSample {
  return {
    scriptMs,
    taskMs,
    cpuMs: taskMs / 2,
    heapBytes: 1000,
    highlights: 0,
    settled: true,
    settleMs: 500,
    leftPage: false,
    extensionWorlds: 1,
    ...extra,
  };
}

describe('the order of a page’s loads', () => {
  it('rotates, so each set-up goes first once every three runs', () => {
    const firsts = [0, 1, 2].map((run) => loadOrder(0, run)[0]);
    expect(new Set(firsts)).toEqual(new Set(SETUPS));
    for (let run = 0; run < 6; run += 1) expect([...loadOrder(4, run)].sort()).toEqual([...SETUPS].sort());
  });

  it('interleaves: no set-up runs twice in a row within a run', () => {
    expect(loadOrder(0, 0)).toEqual(['none', 'noop', 'built']);
    expect(loadOrder(0, 1)).toEqual(['noop', 'built', 'none']);
    expect(loadOrder(1, 1)).toEqual(['built', 'none', 'noop']);
  });
});

describe('diffing the set-ups of one page', () => {
  const page = diffSetups('a.html', {
    none: [
      load(10, 100, { extensionWorlds: 0, floorMs: 4 }),
      load(12, 90, { extensionWorlds: 0, floorMs: 6 }),
      load(50, 300, { extensionWorlds: 0, floorMs: 5 }),
    ],
    noop: [load(11, 101), load(13, 95), load(12, 99)],
    built: [
      load(40, 150, { highlights: 3, heapBytes: 5000 }),
      load(30, 120, { highlights: 3, heapBytes: 3000, settled: false }),
      load(35, 500, { highlights: 3, heapBytes: 4000, extensionWorlds: 0, leftPage: true }),
    ],
  });

  it('compares medians: built minus do-nothing, and do-nothing minus none', () => {
    expect(page.medians.none).toMatchObject({ scriptMs: 12, taskMs: 100 });
    expect(page.medians.noop).toMatchObject({ scriptMs: 12, taskMs: 99 });
    expect(page.medians.built).toMatchObject({ scriptMs: 35, taskMs: 150, heapBytes: 4000 });
    expect(page.added).toMatchObject({ scriptMs: 23, taskMs: 51, cpuMs: 25.5, heapBytes: 3000 });
    expect(page.noopAdded).toMatchObject({ scriptMs: 0, taskMs: -1 });
  });

  it('takes the floor from the no-extension loads and the highlights from the built one', () => {
    expect(page.floorMs).toBe(5);
    expect(page.highlights).toBe(3);
    expect(page.loads).toBe(3);
  });

  it('counts loads that never settled, ended elsewhere, or showed no content-script world', () => {
    expect(page.unsettledLoads).toBe(1);
    expect(page.missingWorlds).toBe(1);
    expect(page.leftPageLoads).toBe(1);
  });

  it('refuses a set-up with no loads', () => {
    expect(() => diffSetups('b.html', { none: [load(1, 1)], noop: [], built: [load(1, 1)] })).toThrow(/noop/);
  });
});

describe('corpus totals', () => {
  function figures(page: string, scriptMs: number, taskMs: number, floorMs: number, highlights: number): PageFigures {
    const none = { scriptMs: 0, taskMs: 0, cpuMs: 0, heapBytes: 0 };
    return {
      page,
      loads: 5,
      medians: { none, noop: none, built: none },
      added: { scriptMs, taskMs, cpuMs: scriptMs / 2, heapBytes: 0 },
      noopAdded: { scriptMs: 1, taskMs: 2, cpuMs: 1, heapBytes: 0 },
      floorMs,
      highlights,
      unsettledLoads: 0,
      missingWorlds: 0,
      leftPageLoads: 0,
    };
  }

  const pages = [
    {
      ...figures('names.html', 40, 60, 10, 12),
      longestTask: { ms: 30, cpuMs: 25, oursSampledMs: 20, longestCpuMs: 28 },
      ourHeapBytes: 900,
      ourTasks: { built: { ms: 40, cpuMs: 30 }, noop: { ms: 1, cpuMs: 1 } },
    },
    {
      ...figures('empty-1.html', 2, 3, 5, 0),
      longestTask: { ms: 45, cpuMs: 20, oursSampledMs: 40, longestCpuMs: 20 },
      ourHeapBytes: 100,
      ourTasks: { built: { ms: 6, cpuMs: 4 }, noop: { ms: 0.5, cpuMs: 0.5 } },
    },
    {
      ...figures('empty-2.html', 4, 1, 5, 0),
      longestTask: { ms: 5, cpuMs: 5, oursSampledMs: 5, longestCpuMs: 5 },
      ourHeapBytes: 200,
      ourTasks: { built: { ms: 3, cpuMs: 2.5 }, noop: { ms: 0.2, cpuMs: 0.2 } },
    },
    figures('empty-3.html', 6, 7, 20, 0),
  ];
  const result = totals(pages);

  it('sets the whole corpus’s added script time against the floor’s total', () => {
    expect(result.floorMs).toBe(40);
    expect(result.addedScriptMs).toBe(52);
    expect(result.addedScriptOverFloor).toBeCloseTo(1.3, 10);
    expect(result.noopScriptMs).toBe(4);
  });

  it('spreads the added time of the pages with no highlight only', () => {
    expect(result.noHighlight.pages).toBe(3);
    expect(result.noHighlight.addedScriptMs.median).toBe(4);
    expect(result.noHighlight.addedScriptMs.p90).toBeCloseTo(5.6, 10);
    expect(result.noHighlight.addedTaskMs.median).toBe(3);
    expect(result.allPages.addedScriptMs.median).toBe(5);
  });

  it('sets the do-nothing extension’s own figures beside each group’s, as the noise they carry', () => {
    const noise = [9, -3, 1, 5];
    const withNoise = pages.map((page, index) => ({
      ...page,
      noopAdded: { ...page.noopAdded, scriptMs: noise[index]! },
    }));
    // The pages without a highlight are empty-1, empty-2 and empty-3: -3, 1 and 5.
    const noisy = totals(withNoise);
    expect(noisy.noHighlight.noopScriptMs.median).toBe(1);
    expect(noisy.noHighlight.noopScriptMs.p90).toBeCloseTo(4.2, 10);
    expect(noisy.noHighlight.noopTaskMs.median).toBe(2);
    const staged = totals(withNoise.map((page, index) => ({ ...page, stageLoaded: index !== 1 })));
    expect(staged.byStage!.noName.noopScriptMs.median).toBe(-3);
    expect(staged.byStage!.outsideStory.noopScriptMs.median).toBe(3);
  });

  it('spreads the traced tasks of ours against the do-nothing extension’s, over the pages traced', () => {
    const traced = result.tracedTasks!;
    // empty-3 has no trace: two pages without a highlight are traced, three pages in all.
    expect(traced.noHighlight.pages).toBe(2);
    expect(traced.noHighlight.addedMs.median).toBeCloseTo((5.5 + 2.8) / 2, 10);
    expect(traced.noHighlight.addedCpuMs.median).toBeCloseTo((3.5 + 2.3) / 2, 10);
    expect(traced.noHighlight.noopMs.median).toBeCloseTo(0.35, 10);
    expect(traced.allPages.pages).toBe(3);
    expect(traced.allPages.addedMs.median).toBe(5.5);
    expect(traced.allPages.builtMs.median).toBe(6);
  });

  it('takes the median of each traced figure over a page’s loads', () => {
    expect(
      medianTotals([
        { ms: 9, cpuMs: 1 },
        { ms: 3, cpuMs: 7 },
        { ms: 5, cpuMs: 4 },
      ]),
    ).toEqual({ ms: 5, cpuMs: 4 });
  });

  it('splits the pages with no highlight by whether the highlighter loaded, once traces say so', () => {
    expect(result.byStage).toBeUndefined();
    const staged = totals([
      { ...pages[0]!, stageLoaded: true },
      { ...pages[1]!, stageLoaded: false },
      { ...pages[2]!, stageLoaded: true },
      pages[3]!,
    ]);
    expect(staged.byStage!.noName.pages).toBe(1);
    expect(staged.byStage!.noName.addedScriptMs.median).toBe(2);
    expect(staged.byStage!.noName.traced.addedMs.median).toBeCloseTo(5.5, 10);
    // names.html loaded the stage too, but it has highlights: only pages without one are split.
    expect(staged.byStage!.outsideStory.names).toEqual(['empty-2.html']);
    expect(staged.byStage!.outsideStory.addedTaskMs.median).toBe(1);
  });

  it('names the pages of the longest task of ours by wall clock and by CPU, and spreads our heap over the pages that have it', () => {
    expect(result.longestTask).toMatchObject({ ms: 45, cpuMs: 20, oursSampledMs: 40, page: 'empty-1.html' });
    // On a busy machine the longest by wall clock need not be the longest by CPU time.
    expect(result.longestCpuTask).toEqual({ cpuMs: 28, page: 'names.html' });
    expect(result.ourHeapBytes).toMatchObject({ median: 200, max: 900 });
    expect(result.highlights).toBe(12);
  });
});
