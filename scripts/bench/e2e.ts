/**
 * `npm run bench -- --e2e [--corpus DIR] [--runs N] [--json] [--pages GLOB] [--profile PAGE] [--synthetic N]`
 *
 * The real extension, end to end: whatever `.output/chrome-mv3/` holds,
 * loaded in Chromium, measured from outside through the DevTools protocol,
 * with no knowledge of how it works inside. Three browsers, one per set-up:
 *   none   no extension
 *   noop   a do-nothing extension the bench writes itself: a content script on
 *          the built manifest's matches and run_at, whose script is empty
 *   built  the built extension
 * Each page is loaded `--runs` times in each (default 5), interleaved in a
 * rotating order, and the medians compared: ScriptDuration, TaskDuration and
 * ThreadTime (Performance.getMetrics once the page has settled, see
 * settle.ts), built minus do-nothing ("added") and do-nothing minus none. Per page also: the
 * in-page bench's scan floor (measured in the no-extension loads after the
 * metrics were read), the highlights made, the longest task of ours and the
 * time of all our tasks against the do-nothing extension's (traced loads,
 * see trace.ts) and the heap our code keeps (one load with the
 * sampling heap profiler, see heap.ts). Then totals and percentiles, and the
 * sizes of what the manifest injects on every page and of every other file.
 *
 * `--profile PAGE` writes a CPU profile of one load of that page with the
 * built extension instead. `--synthetic N` builds a copy of the project with
 * N made-up entities added (synthetic-build.ts) and measures that build.
 * `--verbose` prints every load's figures to stderr.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { EXTENSION_DIR, launchBrowser, unpackedExtensionId, type LaunchedBrowser } from '../lib/chrome';
import { matchesGlob } from '../lib/glob';
import { MIN_RUNS, parseOptions, type E2eOptions } from './options';
import { bundleInPageCode, IN_PAGE_GLOBAL, PROJECT_ROOT } from './bundle';
import { summarizeCpuProfile, type CpuProfile } from './cpu-profile';
import { blockForeignRequests, listPages, pageUrl, serveCorpus } from './corpus';
import { bytesAllocatedBy, HEAP_METHOD, HEAP_SAMPLING_INTERVAL_BYTES, type SamplingHeapProfile } from './heap';
import { buildSizes, extensionOrigin, writeDoNothingExtension, type BuildSizes } from './manifest';
import { formatPageLine, formatSummary, PAGE_HEADER } from './report';
import {
  diffSetups,
  loadOrder,
  medianTotals,
  SETUP_LABELS,
  totals,
  type LoadSample,
  type PageFigures,
  type SetupId,
} from './setups';
import { BUSY_SHARE, QUIET_MS, SETTLE_CAP_MS, WATCHER_SCRIPT, waitUntilSettled } from './settle';
import { buildSynthetic, type SyntheticBuild } from './synthetic-build';
import {
  ourTaskTotals,
  ranExtensionFile,
  tasksOfOurs,
  TASKS_METHOD,
  TRACE_CATEGORIES,
  TRACE_METHOD,
  type OurTask,
  type TaskTotals,
  type TraceEvent,
} from './trace';
import { CORPUS_DIR } from '../lib/corpus';
import { STAGE_FILES } from '../../entrypoints/content/stage-files';

/** What the built extension marks; counted in the page, whatever made it. */
export const HIGHLIGHT_SELECTOR = '[data-backstory-entity]';
/** A saved page with its scripts cut off from the web loads in well under this. */
const LOAD_TIMEOUT_MS = 60_000;
/**
 * Traced loads per page of each extension set-up: enough for a median, and
 * no more, since a traced load is slower and the untraced loads carry the
 * whole-page figures.
 */
const TRACED_LOADS = 3;
/** The profiler's sampling interval for --profile, µs: fine enough to see an 8 ms slice's parts. */
const PROFILE_SAMPLING_US = 100;

interface Setup {
  id: SetupId;
  browser: LaunchedBrowser;
}

/** A fresh tab with the settle watcher and the metrics on; closed by `done`. */
async function openTab(browser: LaunchedBrowser): Promise<{ page: Page; cdp: CDPSession; worlds: string[] }> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const worlds: string[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin.startsWith('chrome-extension://')) worlds.push(context.origin);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Performance.enable');
  await page.addInitScript(WATCHER_SCRIPT);
  return { page, cdp, worlds };
}

async function measureLoad(browser: LaunchedBrowser, url: string, floorCode?: string): Promise<LoadSample> {
  const { page, cdp, worlds } = await openTab(browser);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    const settled = await waitUntilSettled(page, cdp);
    // Everything below runs after the metrics were read, so it is not in them.
    const highlights = await page.evaluate(
      (selector) => document.querySelectorAll(selector).length,
      HIGHLIGHT_SELECTOR,
    );
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const sample: LoadSample = {
      scriptMs: settled.metrics.ScriptDuration * 1000,
      taskMs: (settled.metrics.TaskDuration - settled.metrics.DevToolsCommandDuration) * 1000,
      cpuMs: settled.metrics.ThreadTime * 1000,
      heapBytes: heap.usedSize,
      highlights,
      settled: settled.settled,
      settleMs: settled.waitedMs,
      leftPage: withoutHash(page.url()) !== withoutHash(url),
      extensionWorlds: worlds.length,
    };
    if (floorCode) sample.floorMs = await measureFloor(cdp, floorCode);
    return sample;
  } finally {
    await page.close();
  }
}

/**
 * The in-page bench's floor (scripts/bench/in-page.ts), run through the
 * protocol so a page's Content-Security-Policy cannot refuse it.
 */
async function measureFloor(cdp: CDPSession, code: string): Promise<number> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression: `${code}\n;${IN_PAGE_GLOBAL}.run('floor')`,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) return Number.NaN;
  return (result.value as { ms: number }).ms;
}

interface TracedLoad {
  tasks: OurTask[];
  /** The highlighting stage ran: the background found a name in the page's text. */
  stageLoaded: boolean;
}

async function traceLoad(browser: LaunchedBrowser, url: string, origin: string): Promise<TracedLoad> {
  const { page, cdp } = await openTab(browser);
  try {
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { includedCategories: TRACE_CATEGORIES },
    });
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    await waitUntilSettled(page, cdp);
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.end');
    await complete;
    const pageUrl = page.url();
    return {
      tasks: tasksOfOurs(events, { pageUrl, origin }),
      stageLoaded: ranExtensionFile(events, { pageUrl, file: STAGE_FILES.highlights }),
    };
  } finally {
    await page.close();
  }
}

function longestOf(tasks: readonly OurTask[]): NonNullable<PageFigures['longestTask']> {
  const longest = tasks[0];
  return {
    ms: longest?.ms ?? 0,
    cpuMs: longest?.cpuMs ?? 0,
    oursSampledMs: longest?.oursSampledMs ?? 0,
    longestCpuMs: Math.max(0, ...tasks.map((task) => task.cpuMs).filter(Number.isFinite)),
  };
}

/**
 * TRACED_LOADS traced loads of the page with each extension, alternating:
 * the longest task of ours (from the load whose longest is the middle one)
 * and the medians of what all our tasks took, ours and the do-nothing's.
 */
async function traceLoads(
  browsers: Record<'built' | 'noop', LaunchedBrowser>,
  url: string,
  origins: Record<'built' | 'noop', string>,
): Promise<Pick<PageFigures, 'longestTask' | 'ourTasks' | 'stageLoaded'>> {
  const built: OurTask[][] = [];
  const noop: TaskTotals[] = [];
  let stageLoads = 0;
  for (let load = 0; load < TRACED_LOADS; load += 1) {
    const traced = await retried(() => traceLoad(browsers.built, url, origins.built));
    built.push(traced.tasks);
    if (traced.stageLoaded) stageLoads += 1;
    noop.push(ourTaskTotals((await retried(() => traceLoad(browsers.noop, url, origins.noop))).tasks));
  }
  const byLongest = [...built].sort((a, b) => (a[0]?.ms ?? 0) - (b[0]?.ms ?? 0));
  return {
    longestTask: longestOf(byLongest[Math.floor(byLongest.length / 2)]!),
    ourTasks: { built: medianTotals(built.map(ourTaskTotals)), noop: medianTotals(noop) },
    stageLoaded: stageLoads * 2 > TRACED_LOADS,
  };
}

async function heapLoad(browser: LaunchedBrowser, url: string, origin: string): Promise<number> {
  const { page, cdp } = await openTab(browser);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.startSampling', { samplingInterval: HEAP_SAMPLING_INTERVAL_BYTES });
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    await waitUntilSettled(page, cdp);
    await cdp.send('HeapProfiler.collectGarbage');
    const { profile } = await cdp.send('HeapProfiler.getSamplingProfile');
    await cdp.send('HeapProfiler.stopSampling');
    return bytesAllocatedBy(profile as unknown as SamplingHeapProfile, origin).ours;
  } finally {
    await page.close();
  }
}

/** One load before measuring, so the service worker is up and the browser's caches are warm; returns the extension origins seen. */
async function warmUp(browser: LaunchedBrowser, url: string): Promise<string[]> {
  const { page, cdp, worlds } = await openTab(browser);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    await waitUntilSettled(page, cdp);
    return worlds;
  } finally {
    await page.close();
  }
}

/** A page script may set a #fragment; that is still the page. */
function withoutHash(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

/** A load that fails (a crashed tab, a timeout on a shared machine) gets one more try. */
async function retried<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch {
    return load();
  }
}

async function launch(extensionDir?: string): Promise<LaunchedBrowser> {
  const browser = await launchBrowser(extensionDir ? { extensionDir } : { withExtension: false });
  await blockForeignRequests(browser.context);
  return browser;
}

function choosePages(corpus: string, glob?: string): string[] {
  const pages = listPages(corpus).filter((path) => !glob || matchesGlob(relative(corpus, path), glob));
  if (pages.length === 0) throw new Error(`No pages in ${corpus}${glob ? ` match ${glob}` : ''}.`);
  return pages;
}

async function profilePage(options: E2eOptions, extensionDir: string): Promise<void> {
  const [path] = choosePages(options.corpus, options.profile);
  const file = relative(options.corpus, path!);
  const server = await serveCorpus(options.corpus);
  const browser = await launch(extensionDir);
  try {
    const url = pageUrl(server, options.corpus, path!);
    const seen = await warmUp(browser, url);
    const origin = seen[0] ? `${seen[0]}/` : extensionOrigin(unpackedExtensionId(extensionDir));
    const { page, cdp } = await openTab(browser);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: PROFILE_SAMPLING_US });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    await waitUntilSettled(page, cdp);
    const { profile } = await cdp.send('Profiler.stop');
    await page.close();
    const outDir = join(PROJECT_ROOT, '.output/profiles');
    mkdirSync(outDir, { recursive: true });
    const out = join(outDir, `${file.replace(/[^\w.-]+/g, '_')}.cpuprofile`);
    writeFileSync(out, JSON.stringify(profile));
    const summary = summarizeCpuProfile(profile as unknown as CpuProfile, origin);
    if (options.json) {
      console.log(JSON.stringify({ mode: 'profile', page: file, file: out, origin, ...summary }, null, 2));
      return;
    }
    console.log(`CPU profile of one load of ${file} with ${relative(PROJECT_ROOT, extensionDir) || extensionDir}`);
    console.log(`written to ${out}`);
    console.log('(open it in Chromium DevTools: Performance panel, "Load profile"; the content script is in it)');
    console.log(
      `sampled time in our code: ${summary.underOursMs.toFixed(1)} ms with our frames on the stack, ${summary.selfOursMs.toFixed(1)} ms self`,
    );
    for (const entry of summary.top) console.log(`  ${entry.selfMs.toFixed(1).padStart(7)} ms  ${entry.name}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

export interface E2eReport {
  mode: 'e2e';
  corpus: string;
  runs: number;
  extensionDir: string;
  synthetic: { added: number; entities: number } | null;
  setups: Record<SetupId, string>;
  method: Record<string, string>;
  summary: ReturnType<typeof totals>;
  sizes: BuildSizes;
  pages: PageFigures[];
  /** Pages left out because a load failed twice. */
  failed: Array<{ page: string; error: string }>;
}

export const METHOD = {
  metrics:
    'ScriptDuration, TaskDuration (less DevToolsCommandDuration, the bench’s own polling) and ThreadTime (main-thread ' +
    'CPU time) from CDP Performance.getMetrics, read once the page settled; medians of the loads per set-up ' +
    '(interleaved, rotating order), then differences of medians. Script and task are wall-clock: on a busy machine ' +
    'they include time the thread waited for a CPU; ThreadTime does not',
  settle:
    `settled: after the load event, ${QUIET_MS} ms with no DOM mutation and no long task seen from the page, and ` +
    `the main thread under ${BUSY_SHARE * 100}% busy in that window (CDP); capped at ${SETTLE_CAP_MS / 1000} s`,
  floor: 'floor: the in-page bench’s read-only TreeWalker scan, run in the no-extension loads after their metrics',
  longestTask: TRACE_METHOD,
  tasks: TASKS_METHOD,
  heap: HEAP_METHOD,
  notMeasured: 'work the extension’s background does runs in its own process and is not in these figures',
};

export async function main(argv: readonly string[]): Promise<void> {
  const options = parseOptions(argv, PROJECT_ROOT);
  if (!existsSync(options.corpus)) {
    throw new Error(
      `No pages at ${options.corpus}. Pass --corpus DIR, a folder of saved pages (the corpus: ${CORPUS_DIR}).`,
    );
  }
  let synthetic: SyntheticBuild | undefined;
  if (options.synthetic) {
    synthetic = await buildSynthetic({ root: PROJECT_ROOT, corpus: options.corpus, count: options.synthetic });
  }
  const extensionDir = synthetic?.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  try {
    if (options.profile) {
      await profilePage(options, extensionDir);
      return;
    }
    await benchmark(options, extensionDir, synthetic);
  } finally {
    synthetic?.remove();
  }
}

async function benchmark(options: E2eOptions, extensionDir: string, synthetic?: SyntheticBuild): Promise<void> {
  const log = (line: string) => (options.json ? process.stderr.write(`${line}\n`) : console.log(line));
  const pages = choosePages(options.corpus, options.pages);
  if (options.runs < MIN_RUNS)
    log(`note: ${options.runs} loads per set-up (fewer than ${MIN_RUNS}): for development, not for figures`);
  const floorCode = await bundleInPageCode(synthetic?.root ?? PROJECT_ROOT);
  const noop = writeDoNothingExtension(extensionDir);
  if (noop.fallback)
    log(
      'note: the built manifest declares no content script; the do-nothing one runs on http(s) pages at document_idle',
    );
  const server = await serveCorpus(options.corpus);
  const setups: Setup[] = [];
  try {
    setups.push({ id: 'none', browser: await launch() });
    setups.push({ id: 'noop', browser: await launch(noop.dir) });
    setups.push({ id: 'built', browser: await launch(extensionDir) });
    const browserOf = (id: SetupId) => setups.find((setup) => setup.id === id)!.browser;

    const firstUrl = pageUrl(server, options.corpus, pages[0]!);
    const origins = {
      built: extensionOrigin(unpackedExtensionId(extensionDir)),
      noop: extensionOrigin(unpackedExtensionId(noop.dir)),
    };
    for (const setup of setups) {
      const seen = await warmUp(setup.browser, firstUrl);
      if (setup.id !== 'none' && seen[0]) origins[setup.id] = `${seen[0]}/`;
    }

    if (!options.json) {
      log(`${pages.length} pages, ${options.runs} loads per set-up, interleaved; medians; ms of main-thread time`);
      log(PAGE_HEADER);
    }
    const figures: PageFigures[] = [];
    const failed: Array<{ page: string; error: string }> = [];
    for (const [index, path] of pages.entries()) {
      const file = relative(options.corpus, path);
      const url = pageUrl(server, options.corpus, path);
      try {
        const samples: Record<SetupId, LoadSample[]> = { none: [], noop: [], built: [] };
        for (let run = 0; run < options.runs; run += 1) {
          for (const id of loadOrder(index, run)) {
            const sample = await retried(() => measureLoad(browserOf(id), url, id === 'none' ? floorCode : undefined));
            samples[id].push(sample);
            if (options.verbose) process.stderr.write(`  ${id.padEnd(5)} run ${run + 1}: ${JSON.stringify(sample)}\n`);
          }
        }
        const page = { ...diffSetups(file, samples), samples };
        Object.assign(page, await traceLoads({ built: browserOf('built'), noop: browserOf('noop') }, url, origins));
        page.ourHeapBytes = await retried(() => heapLoad(browserOf('built'), url, origins.built));
        figures.push(page);
        if (options.json) process.stderr.write('.');
        else log(formatPageLine(page));
      } catch (error) {
        // One page that will not load should not cost the other pages' figures.
        const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
        failed.push({ page: file, error: message });
        log(`${file.padEnd(52)} ! skipped: ${message}`);
      }
    }
    const report: E2eReport = {
      mode: 'e2e',
      corpus: options.corpus,
      runs: options.runs,
      extensionDir,
      synthetic: synthetic && options.synthetic ? { added: options.synthetic, entities: synthetic.entities } : null,
      setups: SETUP_LABELS,
      method: METHOD,
      summary: totals(figures),
      sizes: buildSizes(extensionDir),
      pages: figures,
      failed,
    };
    if (options.json) {
      process.stderr.write('\n');
      console.log(JSON.stringify(report, null, 2));
    } else {
      for (const line of formatSummary(report)) log(line);
    }
  } finally {
    for (const setup of setups) await setup.browser.close();
    await server.close();
    noop.remove();
  }
}
