/**
 * The end-to-end bench's table and summary lines. Pure: formats figures.
 */
import type { E2eReport } from './e2e';
import type { BuildSizes, FileSize } from './manifest';
import type { GroupSpread, PageFigures, Spread, Totals, TracedSpread } from './setups';

const PAGE_WIDTH = 52;

function ms(value: number, width = 7): string {
  return (Number.isFinite(value) ? value.toFixed(1) : '-').padStart(width);
}

function kb(bytes: number | undefined, width = 7): string {
  return (bytes === undefined || !Number.isFinite(bytes) ? '-' : (bytes / 1024).toFixed(0)).padStart(width);
}

export const PAGE_HEADER = [
  'page'.padEnd(PAGE_WIDTH),
  'floor'.padStart(7),
  'script+'.padStart(7),
  'task+'.padStart(7),
  'cpu+'.padStart(7),
  'nop-scr'.padStart(7),
  'nop-tsk'.padStart(7),
  'hl'.padStart(4),
  'longest'.padStart(7),
  '(cpu)'.padStart(7),
  '(ours)'.padStart(7),
  'heapKB'.padStart(7),
  'heap+KB'.padStart(7),
].join(' ');

export const PAGE_LEGEND =
  'script+/task+/cpu+: ScriptDuration/TaskDuration/ThreadTime, built minus do-nothing; nop-scr/nop-tsk: do-nothing minus none; hl: highlights; longest: ' +
  'longest task of ours (wall clock), (cpu) the most CPU time any task of ours took, (ours) our sampled share of the longest; heapKB: live heap our code allocated; heap+KB: whole heap, ' +
  'built minus do-nothing';

export function formatPageLine(page: PageFigures): string {
  const flags = [
    page.unsettledLoads ? `${page.unsettledLoads} unsettled` : '',
    page.missingWorlds ? `${page.missingWorlds} without content script` : '',
    page.leftPageLoads ? `${page.leftPageLoads} left the page` : '',
  ].filter(Boolean);
  return [
    page.page.padEnd(PAGE_WIDTH).slice(0, PAGE_WIDTH),
    ms(page.floorMs),
    ms(page.added.scriptMs),
    ms(page.added.taskMs),
    ms(page.added.cpuMs),
    ms(page.noopAdded.scriptMs),
    ms(page.noopAdded.taskMs),
    String(page.highlights).padStart(4),
    ms(page.longestTask?.ms ?? Number.NaN),
    ms(page.longestTask?.longestCpuMs ?? Number.NaN),
    ms(page.longestTask?.oursSampledMs ?? Number.NaN),
    kb(page.ourHeapBytes),
    kb(page.added.heapBytes),
    flags.length ? ` ! ${flags.join(', ')}` : '',
  ].join(' ');
}

function size(file: { bytes: number; gzipBytes: number }): string {
  return `${(file.bytes / 1024).toFixed(1)} KB raw, ${(file.gzipBytes / 1024).toFixed(1)} KB gzip`;
}

export function formatSizes(sizes: BuildSizes): string[] {
  const lines: string[] = [];
  for (const group of sizes.injected) {
    lines.push(`injected by the manifest on ${group.matches.join(' ')} at ${group.runAt}: ${size(group)}`);
    for (const file of group.files) lines.push(`  ${file.file.padEnd(48)} ${size(file)}`);
  }
  if (sizes.injected.length === 0) lines.push('injected by the manifest: nothing (no content_scripts)');
  lines.push('every other file in the build (loaded only where used, or by other parts):');
  const other = [...sizes.other].sort((a: FileSize, b: FileSize) => b.bytes - a.bytes);
  for (const file of other) lines.push(`  ${file.file.padEnd(48)} ${size(file)}`);
  return lines;
}

function spreadText(s: Spread): string {
  return `median ${ms(s.median)} ms, p90 ${ms(s.p90)} ms`;
}

function formatTraced(traced: Totals['tracedTasks']): string[] {
  if (!traced) return [];
  const line = (label: string, t: TracedSpread) =>
    `  ${label.padEnd(24)}added ${spreadText(t.addedMs)}; CPU ${spreadText(t.addedCpuMs)}` +
    `  (ours ${ms(t.builtMs.median).trim()} ms, do-nothing's ${ms(t.noopMs.median).trim()} ms)`;
  return [
    'tasks of ours, traced (all our tasks in a load, summed; built − do-nothing; tracing makes them err high)',
    line(`no highlight (${traced.noHighlight.pages})`, traced.noHighlight),
    line(`all pages (${traced.allPages.pages})`, traced.allPages),
  ];
}

/** The pages with no highlight, split by whether the highlighting stage loaded (setups.ts `byStage`). */
function formatByStage(byStage: Totals['byStage']): string[] {
  if (!byStage) return [];
  const group = (label: string, g: GroupSpread) => [
    `  ${label} ${String(g.pages).padStart(3)}`,
    `    added script            ${spreadText(g.addedScriptMs)}`,
    `    added task              ${spreadText(g.addedTaskMs)}`,
    `    added CPU               ${spreadText(g.addedCpuMs)}`,
    `    do-nothing script       ${spreadText(g.noopScriptMs)}  (do-nothing − none: the pages' own noise)`,
    `    tasks of ours, traced   added ${spreadText(g.traced.addedMs)}; CPU ${spreadText(g.traced.addedCpuMs)}`,
  ];
  const outside = byStage.outsideStory;
  return [
    ...group('of these, no name in the page’s text (the highlighter never loaded):', byStage.noName),
    ...group('of these, names only outside the story (it loaded, marked nothing):', outside),
    ...outside.names.map((page) => `      ${page}`),
  ];
}

export function formatSummary(report: E2eReport): string[] {
  const s = report.summary;
  const none = s.noHighlight;
  const lines = [
    '-'.repeat(PAGE_HEADER.length),
    PAGE_LEGEND,
    `pages ${s.pages}, ${report.runs} loads per set-up; extension: ${report.extensionDir}` +
      (report.synthetic
        ? ` (synthetic: ${report.synthetic.added} made-up entities added, ${report.synthetic.entities} in all)`
        : ''),
    `floor total                 ${ms(s.floorMs, 9)} ms  (in-page read-only scan of the text nodes)`,
    `added script total          ${ms(s.addedScriptMs, 9)} ms  (ScriptDuration, built − do-nothing)`,
    `added script / floor        ${ms(s.addedScriptOverFloor, 9)} x`,
    `added task total            ${ms(s.addedTaskMs, 9)} ms  (TaskDuration, built − do-nothing)`,
    `added CPU total             ${ms(s.addedCpuMs, 9)} ms  (ThreadTime, main-thread CPU, built − do-nothing)`,
    `do-nothing script total     ${ms(s.noopScriptMs, 9)} ms  (do-nothing − no extension)`,
    `do-nothing task total       ${ms(s.noopTaskMs, 9)} ms  (do-nothing − no extension)`,
    `pages with no highlight     ${String(none.pages).padStart(9)}`,
    `  added script              ${spreadText(none.addedScriptMs)}`,
    `  added task                ${spreadText(none.addedTaskMs)}  (built − do-nothing)`,
    `  added CPU                 ${spreadText(none.addedCpuMs)}`,
    `  do-nothing script         ${spreadText(none.noopScriptMs)}  (do-nothing − none: the pages' own noise)`,
    `  do-nothing task           ${spreadText(none.noopTaskMs)}  (do-nothing − none)`,
    ...formatByStage(s.byStage),
    `all pages`,
    `  added script              ${spreadText(s.allPages.addedScriptMs)}`,
    `  added task                ${spreadText(s.allPages.addedTaskMs)}`,
    `  added CPU                 ${spreadText(s.allPages.addedCpuMs)}`,
    ...formatTraced(s.tracedTasks),
    s.longestTask
      ? `longest task of ours        ${ms(s.longestTask.ms, 9)} ms  on ${s.longestTask.page} (CPU ${s.longestTask.cpuMs.toFixed(1)} ms; our code sampled in it: ${s.longestTask.oursSampledMs.toFixed(1)} ms)`
      : 'longest task of ours               -',
    ...(s.longestCpuTask
      ? [
          `longest task of ours, CPU   ${ms(s.longestCpuTask.cpuMs, 9)} ms  on ${s.longestCpuTask.page} (main-thread CPU time, which a busy machine does not inflate)`,
        ]
      : []),
    s.ourHeapBytes
      ? `heap our code keeps         median ${kb(s.ourHeapBytes.median)} KB, p90 ${kb(s.ourHeapBytes.p90)} KB, max ${kb(s.ourHeapBytes.max)} KB` +
        `  (whole heap, built − do-nothing: median ${kb(s.addedHeapBytes.median)} KB)`
      : `whole heap, built − do-nothing median ${kb(s.addedHeapBytes.median)} KB`,
    `highlights                  ${String(s.highlights).padStart(9)}`,
    ...formatSizes(report.sizes),
  ];
  if (s.unsettledLoads)
    lines.push(`note: ${s.unsettledLoads} loads were still busy at the settle cap (see the "!" lines)`);
  for (const { page, error } of report.failed) lines.push(`skipped ${page}: ${error}`);
  if (s.leftPageLoads)
    lines.push(`WARNING: ${s.leftPageLoads} loads ended on another URL: those pages' figures are not theirs`);
  if (s.missingWorlds) lines.push(`WARNING: ${s.missingWorlds} extension loads showed no content-script world`);
  lines.push('method:');
  for (const text of Object.values(report.method)) lines.push(`  ${text}`);
  return lines;
}
