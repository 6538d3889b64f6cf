/**
 * `web-ext lint` on the Firefox build, with every finding attributed: ours,
 * or a library's. Fails on any error, and on any warning or notice from our
 * own code. The only library finding known today is Preact's
 * `dangerouslySetInnerHTML` branch (`dom.innerHTML = props.__html`), which
 * is bundled with Preact and never reached: no component passes that prop,
 * and ESLint forbids it.
 *
 *   npm run build:firefox && npm run lint:firefox
 *   npm run lint:firefox -- --source-dir DIR
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { throwawayHome } from './lib/throwaway-home';

// `--source-dir DIR` lints another folder (scripts/store-check.ts: the unpacked store zip).
const at = process.argv.indexOf('--source-dir');
const SOURCE_DIR = at >= 0 ? resolve(process.argv[at + 1]!) : resolve(import.meta.dirname, '../.output/firefox-mv2');
if (!existsSync(join(SOURCE_DIR, 'manifest.json'))) {
  console.error(`No Firefox build in ${SOURCE_DIR}: run \`npm run build:firefox\` first.`);
  process.exit(2);
}

interface Finding {
  _type: 'error' | 'warning' | 'notice';
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/** Library code we know and accept, recognised by the code around the finding, not by file name. */
const LIBRARY_FINDINGS: Array<{ code: string; library: string; source: RegExp }> = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    library: "Preact's dangerouslySetInnerHTML branch in diff()",
    source: /\.innerHTML=\w+\.__html/,
  },
];

function around(finding: Finding): string {
  if (!finding.file || !finding.line) return '';
  const lines = readFileSync(join(SOURCE_DIR, finding.file), 'utf8').split('\n');
  const line = lines[finding.line - 1] ?? '';
  const column = finding.column ?? 0;
  return line.slice(Math.max(0, column - 120), column + 120);
}

function libraryOf(finding: Finding): string | undefined {
  const source = around(finding);
  return LIBRARY_FINDINGS.find((known) => known.code === finding.code && known.source.test(source))?.library;
}

const home = throwawayHome('backstory-web-ext');
const run = spawnSync(
  'npx',
  ['--no-install', 'web-ext', 'lint', '--source-dir', SOURCE_DIR, '--output', 'json', '--no-input'],
  {
    encoding: 'utf8',
    env: { ...home.env, NO_UPDATE_NOTIFIER: '1' },
  },
);
home.remove();
const json = run.stdout.slice(run.stdout.indexOf('{'));
let report: { summary: Record<string, number>; errors: Finding[]; warnings: Finding[]; notices: Finding[] };
try {
  report = JSON.parse(json);
} catch {
  console.error(`web-ext lint did not report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  process.exit(2);
}

const findings = [...report.errors, ...report.warnings, ...report.notices];
let ours = 0;
for (const finding of findings) {
  const library = finding._type === 'error' ? undefined : libraryOf(finding);
  if (!library) ours++;
  const where = `${finding.file ?? 'manifest'}${finding.line ? `:${finding.line}:${finding.column ?? 0}` : ''}`;
  console.log(
    `${finding._type.padEnd(7)} ${finding.code} ${where} — ${finding.message}` +
      (library ? ` [library: ${library}]` : ' [OUR CODE]'),
  );
}
const { errors = 0, warnings = 0, notices = 0 } = report.summary;
console.log(
  `web-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices; ` +
    `${ours} from our code, ${findings.length - ours} from libraries`,
);
process.exit(errors > 0 || ours > 0 ? 1 : 0);
