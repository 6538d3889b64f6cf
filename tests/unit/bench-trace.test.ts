import { describe, expect, it } from 'vitest';
import {
  longestTaskOfOurs,
  ourTaskTotals,
  pageMainThread,
  ranExtensionFile,
  tasksOfOurs,
  type TraceEvent,
} from '../../scripts/bench/trace';

const PAGE = 'http://127.0.0.1:4000/news/story.html';
const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';
const OURS = `${ORIGIN}content-scripts/content.js`;
const RENDERER = { pid: 10, tid: 10 };
const OTHER_RENDERER = { pid: 20, tid: 20 };

function task(at: number, ms: number, thread = RENDERER, cpuMs = ms): TraceEvent {
  return { name: 'RunTask', ph: 'X', ts: at, dur: ms * 1000, tdur: cpuMs * 1000, ...thread };
}

function scriptEvent(name: string, at: number, url: string, thread = RENDERER): TraceEvent {
  return { name, ph: 'X', ts: at, dur: 100, args: { data: { url } }, ...thread };
}

/** A CPU profile over the renderer: one stack of the page's, one of ours called from a microtask. */
function profile(samples: Array<{ at: number; ours: boolean }>, thread = RENDERER): TraceEvent[] {
  const start = 0;
  let clock = start;
  const deltas = samples.map((sample) => {
    const delta = sample.at - clock;
    clock = sample.at;
    return delta;
  });
  return [
    { name: 'Profile', ph: 'P', id: '0x1', ts: start, args: { data: { startTime: start } }, ...thread },
    {
      name: 'ProfileChunk',
      ph: 'P',
      id: '0x1',
      ts: 1,
      pid: thread.pid,
      tid: 99,
      args: {
        data: {
          cpuProfile: {
            nodes: [
              { id: 1, callFrame: { url: '' } },
              { id: 2, parent: 1, callFrame: { url: PAGE } },
              { id: 3, parent: 1, callFrame: { url: OURS } },
              // A DOM call made by our code: the leaf has no URL, its caller is ours.
              { id: 4, parent: 3, callFrame: { url: '' } },
            ],
            samples: samples.map((sample, index) => (sample.ours ? (index % 2 ? 4 : 3) : 2)),
          },
          timeDeltas: deltas,
        },
      },
    },
  ];
}

const commit: TraceEvent = {
  name: 'CommitLoad',
  ph: 'X',
  ts: 0,
  ...RENDERER,
  args: { data: { url: PAGE, isOutermostMainFrame: true } },
};

describe('finding the page’s main thread', () => {
  it('takes the renderer thread that committed the page in the outermost frame', () => {
    const iframe: TraceEvent = {
      ...commit,
      ...OTHER_RENDERER,
      args: { data: { url: PAGE, isOutermostMainFrame: false } },
    };
    expect(pageMainThread([iframe, commit], PAGE)).toEqual(RENDERER);
    expect(pageMainThread([iframe], PAGE)).toBeUndefined();
  });

  it('falls back to the browser’s record of the commit and that process’s main thread', () => {
    const events: TraceEvent[] = [
      { name: 'thread_name', ph: 'M', ts: 0, pid: 30, tid: 31, args: { name: 'Compositor' } },
      { name: 'thread_name', ph: 'M', ts: 0, pid: 30, tid: 30, args: { name: 'CrRendererMain' } },
      {
        name: 'FrameCommittedInBrowser',
        ph: 'I',
        ts: 0,
        pid: 1,
        tid: 1,
        args: { data: { url: PAGE, isOutermostMainFrame: true, processId: 30 } },
      },
    ];
    expect(pageMainThread(events, PAGE)).toEqual({ pid: 30, tid: 30 });
  });
});

describe('the longest task of ours', () => {
  const events: TraceEvent[] = [
    commit,
    // The page's own long task: not ours, however long.
    task(1_000, 80),
    scriptEvent('EvaluateScript', 1_100, PAGE),
    // Our content script's evaluation: a trace event names our script.
    task(100_000, 12),
    scriptEvent('EvaluateScript', 100_050, OURS),
    // Our highlighting resumed from a promise: only the sampler sees our code in it.
    // The machine was busy: 30 ms of wall clock, 18 ms of CPU.
    task(200_000, 30, RENDERER, 18),
    // An extension script in another renderer (an iframe's) is not the page's.
    task(300_000, 90, OTHER_RENDERER),
    scriptEvent('FunctionCall', 300_010, OURS, OTHER_RENDERER),
    ...profile([
      { at: 1_500, ours: false },
      { at: 100_100, ours: true },
      { at: 100_200, ours: true },
      { at: 100_300, ours: false },
      { at: 201_000, ours: true },
      { at: 211_000, ours: true },
      { at: 221_000, ours: false },
      { at: 229_000, ours: false },
    ]),
  ];

  it('is the longest main-thread task that ran our code, found by trace event or by sample', () => {
    const tasks = tasksOfOurs(events, { pageUrl: PAGE, origin: ORIGIN });
    expect(tasks.map((t) => [t.startUs, t.ms, t.evidence])).toEqual([
      [200_000, 30, 'sample'],
      [100_000, 12, 'both'],
    ]);
    expect(longestTaskOfOurs(events, { pageUrl: PAGE, origin: ORIGIN })?.ms).toBe(30);
  });

  it('reports our sampled share of the task and its CPU time', () => {
    const [longest] = tasksOfOurs(events, { pageUrl: PAGE, origin: ORIGIN });
    expect(longest!.cpuMs).toBe(18);
    // Two samples of ours, each standing for the 10 ms until the next sample.
    expect(longest!.oursSampledMs).toBe(20);
  });

  it('finds nothing of another extension, nor on a page the trace did not load', () => {
    expect(longestTaskOfOurs(events, { pageUrl: PAGE, origin: 'chrome-extension://zzzz/' })).toBeUndefined();
    expect(longestTaskOfOurs(events, { pageUrl: 'http://127.0.0.1:4000/other.html', origin: ORIGIN })).toBeUndefined();
  });

  it('sums every task of ours in the load, not the page’s own, for the traced total', () => {
    expect(ourTaskTotals(tasksOfOurs(events, { pageUrl: PAGE, origin: ORIGIN }))).toEqual({ ms: 42, cpuMs: 30 });
    // A task whose trace gave no CPU time adds its wall clock only.
    const withoutCpu = [{ startUs: 0, ms: 2, cpuMs: Number.NaN, oursSampledMs: 0, evidence: 'event' as const }];
    expect(ourTaskTotals(withoutCpu)).toEqual({ ms: 2, cpuMs: 0 });
  });

  it('counts a task nested inside another as part of the outer one', () => {
    const nested = [commit, task(0, 50), task(10_000, 5), scriptEvent('FunctionCall', 10_500, OURS)];
    expect(longestTaskOfOurs(nested, { pageUrl: PAGE, origin: ORIGIN })?.ms).toBe(50);
  });
});

describe('whether a load ran one of our later stages', () => {
  // A web-accessible file loaded with use_dynamic_url runs under a per-session origin, not the extension id's.
  const STAGE = 'chrome-extension://0f1e2d3c-aaaa-bbbb-cccc-123456789abc/highlights.js';

  it('finds the file by name under any extension origin, on the page’s main thread only', () => {
    expect(
      ranExtensionFile([commit, scriptEvent('v8.compileModule', 5, STAGE)], { pageUrl: PAGE, file: 'highlights.js' }),
    ).toBe(true);
    expect(
      ranExtensionFile([commit, scriptEvent('v8.compile', 5, OURS)], { pageUrl: PAGE, file: 'highlights.js' }),
    ).toBe(false);
    expect(
      ranExtensionFile([commit, scriptEvent('v8.compileModule', 5, STAGE, OTHER_RENDERER)], {
        pageUrl: PAGE,
        file: 'highlights.js',
      }),
    ).toBe(false);
    // A page's own file of that name is not ours.
    const pages = `${PAGE.replace('story.html', '')}highlights.js`;
    expect(
      ranExtensionFile([commit, scriptEvent('v8.compile', 5, pages)], { pageUrl: PAGE, file: 'highlights.js' }),
    ).toBe(false);
  });
});
