/**
 * "The longest task of ours", read from a Chrome trace of one page load.
 *
 * Method: on the page's renderer main thread (found from the trace's
 * CommitLoad of the page's URL), every top-level `RunTask` is one task. A
 * task is ours when something inside it names a script from the extension's
 * origin (`chrome-extension://<id>/`): a trace event (EvaluateScript,
 * v8.compile, FunctionCall, TimerFire, …, by `args.data.url`), or a sample
 * of the V8 CPU profiler that runs during tracing whose stack holds a frame
 * from that origin. The samples catch what trace events miss: code resumed
 * from a promise or `scheduler.yield()` runs as a microtask, with no
 * FunctionCall event naming it. The longest such task is the figure; its
 * duration includes whatever the page did in the same task (a page's
 * MutationObserver reacting to our highlights runs in our task), so the
 * sampled share of our own code is reported beside it, and the task's CPU
 * time (the trace's thread duration), which a busy machine does not inflate.
 * Pure: parses events.
 */

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  /** Microseconds. */
  ts: number;
  /** Microseconds, for complete ('X') events. */
  dur?: number;
  /** Thread (CPU) time of a complete event, µs. */
  tdur?: number;
  id?: string;
  args?: Record<string, unknown>;
}

/** What to record: the timeline (tasks, script events) and the V8 sampler that runs inside the trace. */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'toplevel',
  '__metadata',
];

export const TRACE_METHOD =
  'longest task of ours: traced loads (CDP Tracing, devtools.timeline + V8 sampler; the load whose longest is the ' +
  'middle of three); the longest top-level ' +
  'RunTask on the page’s renderer main thread containing a trace event or a CPU sample whose script is from ' +
  'the extension’s chrome-extension:// origin; the whole task is counted (wall clock, and its CPU time from the ' +
  'trace’s thread duration), our sampled share shown beside it; tracing slows the load a little, so this errs high';

export interface Thread {
  pid: number;
  tid: number;
}

export interface OurTask {
  /** Trace timestamp of the task's start, µs. */
  startUs: number;
  /** Wall-clock duration, ms: what a reader waits. */
  ms: number;
  /**
   * CPU time of the main thread in the task, ms (NaN if the trace has none): on a busy machine the wall-clock
   * duration includes time the thread waited for a CPU, this does not.
   */
  cpuMs: number;
  /** Sampled time of our code inside the task, ms. */
  oursSampledMs: number;
  /** What showed the task was ours. */
  evidence: 'event' | 'sample' | 'both';
}

interface CallFrame {
  url?: string;
}
interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: CallFrame;
}
interface ChunkData {
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}

function data(event: TraceEvent): Record<string, unknown> | undefined {
  const value = event.args?.data;
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
}

function sameUrl(a: unknown, b: string): boolean {
  if (typeof a !== 'string') return false;
  try {
    return new URL(a).href === new URL(b).href;
  } catch {
    return a === b;
  }
}

/** The renderer main thread that committed the page's URL in the outermost frame. */
export function pageMainThread(events: readonly TraceEvent[], pageUrl: string): Thread | undefined {
  for (const event of events) {
    const d = data(event);
    if (event.name === 'CommitLoad' && d && (d.isOutermostMainFrame ?? d.isMainFrame) && sameUrl(d.url, pageUrl)) {
      return { pid: event.pid, tid: event.tid };
    }
  }
  // Older builds: the browser's record of the commit names the process; its main thread is CrRendererMain.
  for (const event of events) {
    const d = data(event);
    if (event.name === 'FrameCommittedInBrowser' && d && d.isOutermostMainFrame && sameUrl(d.url, pageUrl)) {
      const main = events.find(
        (e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === d.processId && e.args?.name === 'CrRendererMain',
      );
      if (main) return { pid: main.pid, tid: main.tid };
    }
  }
  return undefined;
}

/** The script URL an event names, if any. */
function eventUrl(event: TraceEvent): string | undefined {
  const d = data(event);
  const url = d?.url ?? event.args?.fileName ?? d?.scriptName;
  return typeof url === 'string' ? url : undefined;
}

interface Sample {
  us: number;
  ours: boolean;
  /** Time until the next sample of the same profile, µs. */
  weightUs: number;
}

/** The V8 sampler's samples for one thread, each marked ours when its stack holds a frame from `origin`. */
export function threadSamples(events: readonly TraceEvent[], thread: Thread, origin: string): Sample[] {
  const profiles = new Map<string, number>();
  for (const event of events) {
    if (event.name === 'Profile' && event.pid === thread.pid && event.tid === thread.tid && event.id) {
      const start = data(event)?.startTime;
      profiles.set(event.id, typeof start === 'number' ? start : event.ts);
    }
  }
  const out: Sample[] = [];
  for (const [id, startTime] of profiles) {
    const nodes = new Map<number, ProfileNode>();
    const ids: number[] = [];
    const times: number[] = [];
    let clock = startTime;
    for (const event of events) {
      if (event.name !== 'ProfileChunk' || event.pid !== thread.pid || event.id !== id) continue;
      const chunk = data(event) as ChunkData | undefined;
      for (const node of chunk?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
      const samples = chunk?.cpuProfile?.samples ?? [];
      const deltas = chunk?.timeDeltas ?? [];
      samples.forEach((nodeId, index) => {
        clock += deltas[index] ?? 0;
        ids.push(nodeId);
        times.push(clock);
      });
    }
    const ours = new Map<number, boolean>();
    const isOurs = (nodeId: number): boolean => {
      const known = ours.get(nodeId);
      if (known !== undefined) return known;
      const node = nodes.get(nodeId);
      // Parents first: a stack is ours when any frame on it is.
      ours.set(nodeId, false);
      const value =
        !!node && ((node.callFrame.url ?? '').startsWith(origin) || (node.parent !== undefined && isOurs(node.parent)));
      ours.set(nodeId, value);
      return value;
    };
    ids.forEach((nodeId, index) => {
      const next = times[index + 1];
      out.push({
        us: times[index]!,
        ours: isOurs(nodeId),
        weightUs: next !== undefined ? Math.max(0, next - times[index]!) : 0,
      });
    });
  }
  return out.sort((a, b) => a.us - b.us);
}

/** Top-level tasks of the thread, sorted by start. */
function topLevelTasks(events: readonly TraceEvent[], thread: Thread): TraceEvent[] {
  const tasks = events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === thread.pid && e.tid === thread.tid && e.dur)
    .sort((a, b) => a.ts - b.ts);
  const top: TraceEvent[] = [];
  let end = -Infinity;
  for (const task of tasks) {
    if (task.ts >= end) {
      top.push(task);
      end = task.ts + task.dur!;
    }
  }
  return top;
}

/** Index of the task that contains time `us`, or -1 (tasks sorted, not overlapping). */
function taskAt(tasks: readonly TraceEvent[], us: number): number {
  let low = 0;
  let high = tasks.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const task = tasks[mid]!;
    if (us < task.ts) high = mid - 1;
    else if (us > task.ts + task.dur!) low = mid + 1;
    else return mid;
  }
  return -1;
}

/** Every main-thread task of the page's load that ran code from `origin`, longest first. */
export function tasksOfOurs(events: readonly TraceEvent[], options: { pageUrl: string; origin: string }): OurTask[] {
  const thread = pageMainThread(events, options.pageUrl);
  if (!thread) return [];
  const tasks = topLevelTasks(events, thread);
  const byEvent = new Set<number>();
  for (const event of events) {
    if (event.pid !== thread.pid || event.tid !== thread.tid || event.name === 'RunTask') continue;
    if (!eventUrl(event)?.startsWith(options.origin)) continue;
    const index = taskAt(tasks, event.ts);
    if (index >= 0) byEvent.add(index);
  }
  const sampled = new Map<number, number>();
  for (const sample of threadSamples(events, thread, options.origin)) {
    if (!sample.ours) continue;
    const index = taskAt(tasks, sample.us);
    if (index >= 0) sampled.set(index, (sampled.get(index) ?? 0) + sample.weightUs);
  }
  const found = new Set([...byEvent, ...sampled.keys()]);
  return [...found]
    .map((index) => {
      const task = tasks[index]!;
      const inEvents = byEvent.has(index);
      const inSamples = sampled.has(index);
      return {
        startUs: task.ts,
        ms: task.dur! / 1000,
        cpuMs: task.tdur !== undefined ? task.tdur / 1000 : Number.NaN,
        // A sample's interval can run past its task's end: never claim more than the task.
        oursSampledMs: Math.min(task.dur!, sampled.get(index) ?? 0) / 1000,
        evidence: inEvents && inSamples ? 'both' : inEvents ? 'event' : 'sample',
      } satisfies OurTask;
    })
    .sort((a, b) => b.ms - a.ms);
}

/**
 * Did the page's main thread run the extension's file `file` in this load?
 * Matched by name under any chrome-extension:// origin: a web-accessible file
 * loaded with `use_dynamic_url` runs under a per-session origin, not the id's.
 */
export function ranExtensionFile(events: readonly TraceEvent[], options: { pageUrl: string; file: string }): boolean {
  const thread = pageMainThread(events, options.pageUrl);
  if (!thread) return false;
  return events.some((event) => {
    if (event.pid !== thread.pid || event.tid !== thread.tid) return false;
    const url = eventUrl(event);
    return url !== undefined && url.startsWith('chrome-extension://') && url.endsWith(`/${options.file}`);
  });
}

export function longestTaskOfOurs(
  events: readonly TraceEvent[],
  options: { pageUrl: string; origin: string },
): OurTask | undefined {
  return tasksOfOurs(events, options)[0];
}

/** Every task of ours in one load, summed. */
export interface TaskTotals {
  /** Wall-clock time, ms. */
  ms: number;
  /** Main-thread CPU time, ms (tasks whose trace gave none count 0). */
  cpuMs: number;
}

/**
 * What the page's main thread spent in tasks that ran our code during one
 * load: the price of the extension read off the trace itself, not as the
 * difference of two noisy whole-page totals. Each task is counted whole (see
 * tasksOfOurs), so this errs high.
 */
export function ourTaskTotals(tasks: readonly OurTask[]): TaskTotals {
  let ms = 0;
  let cpuMs = 0;
  for (const task of tasks) {
    ms += task.ms;
    if (Number.isFinite(task.cpuMs)) cpuMs += task.cpuMs;
  }
  return { ms, cpuMs };
}

export const TASKS_METHOD =
  'tasks of ours, traced: in each traced load, every top-level task on the page’s main thread that ran code from ' +
  'the extension’s origin (as for the longest task), summed; the do-nothing extension is traced alike; medians ' +
  'of the traced loads per page and set-up, then built − do-nothing. Attributed, not a difference of whole-page ' +
  'totals, so it holds still where those swing by tens of ms; tracing with the sampler slows script, so it errs high';
