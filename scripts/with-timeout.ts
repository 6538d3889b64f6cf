/**
 * Runs a command and kills it if it outlives its time limit. A synchronous
 * hang inside a DOM library (docs/pitfalls.md, “mark.js hangs under happy-dom”) cannot be
 * stopped by a test runner's own timeouts; this stops the whole run instead
 * of letting CI wait forever. Portable, unlike coreutils' `timeout`.
 *
 *   tsx scripts/with-timeout.ts SECONDS command [args...]
 */
import { spawn } from 'node:child_process';

const [seconds, command, ...args] = process.argv.slice(2);
const limitMs = Number(seconds) * 1000;
if (!command || !Number.isFinite(limitMs) || limitMs <= 0) {
  console.error('usage: tsx scripts/with-timeout.ts SECONDS command [args...]');
  process.exit(2);
}

const child = spawn(command, args, {
  stdio: 'inherit',
  shell: process.platform === 'win32',
  detached: process.platform !== 'win32',
});
const timer = setTimeout(() => {
  console.error(`\n${command} ${args.join(' ')}: no result after ${seconds} s, stopped.`);
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
  process.exit(124);
}, limitMs);

child.on('exit', (code, signal) => {
  clearTimeout(timer);
  process.exit(code ?? (signal ? 1 : 0));
});
