/**
 * Runs the end-to-end suite N times in a row on the current build, to catch
 * tests that pass once and fail under load. Prints each run's result as it
 * ends and a summary; stops at the first failing run and prints its output.
 *
 *   npm run test:e2e:repeat -- 10                                      the whole suite, 10 times
 *   npm run test:e2e:repeat -- 5 tests/e2e/framework.e2e.test.ts       one file, 5 times
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

/** The same limit as `npm run test:e2e`: a run that outlives it is stopped and counts as failed. */
const RUN_LIMIT_SECONDS = 900;
const ROOT = resolve(import.meta.dirname, '..');

const [countArg, ...vitestArgs] = process.argv.slice(2);
const runs = Number(countArg ?? 10);
if (!Number.isInteger(runs) || runs < 1) {
  console.error('usage: npm run test:e2e:repeat -- N [vitest filters...]');
  process.exit(2);
}

interface RunResult {
  ok: boolean;
  output: string;
  seconds: number;
}

function runSuite(): Promise<RunResult> {
  const started = Date.now();
  const command = ['scripts/with-timeout.ts', String(RUN_LIMIT_SECONDS), 'npx', 'vitest', 'run'];
  const child = spawn('npx', ['tsx', ...command, '-c', 'vitest.e2e.config.ts', ...vitestArgs], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((done) => {
    child.on('close', (code) => done({ ok: code === 0, output, seconds: (Date.now() - started) / 1000 }));
  });
}

/** Vitest's own count line ("Tests  57 passed | 1 skipped (58)"), or a note that it never got that far. */
function countLine(output: string): string {
  const line = /^\s*Tests\s+(.+)$/m.exec(output)?.[1];
  return line?.trim() ?? 'no test summary (the run stopped early)';
}

const seconds: number[] = [];
for (let run = 1; run <= runs; run++) {
  const result = await runSuite();
  seconds.push(result.seconds);
  const status = result.ok ? 'passed' : 'FAILED';
  console.log(`run ${run}/${runs}: ${status}  ${countLine(result.output)}  (${result.seconds.toFixed(0)} s)`);
  if (!result.ok) {
    console.log(`\n--- output of run ${run} ---\n${result.output}`);
    console.log(`${run - 1} of ${runs} runs passed before run ${run} failed.`);
    process.exit(1);
  }
}
const sorted = [...seconds].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)]!;
console.log(
  `\nAll ${runs} runs passed. Time per run: min ${sorted[0]!.toFixed(0)} s, ` +
    `median ${median.toFixed(0)} s, max ${sorted.at(-1)!.toFixed(0)} s.`,
);
