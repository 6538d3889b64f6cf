/**
 * Checks what would be uploaded to the stores: packs both builds
 * (`npm run zip`), checks the built folders and the zips against the stores'
 * rules (scripts/lib/store-rules.ts), and runs `web-ext lint` on the Firefox
 * zip exactly as it would be uploaded (no warning from our code).
 *
 *   npm run check:store            zip, then check
 *   npm run check:store -- --no-zip   check what .output already holds
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractZip, packageFromDir, packageFromZip } from './lib/store-package';
import { storeProblems, type Store } from './lib/store-rules';

const ROOT = resolve(import.meta.dirname, '..');
const OUTPUT = join(ROOT, '.output');

function run(command: string, args: string[]): number {
  return (
    spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } })
      .status ?? 1
  );
}

/** The zip `wxt zip` made for a store (newest version only). */
export function zipFor(store: Store | 'sources'): string | undefined {
  const name = readdirSync(OUTPUT).find((file) => file.endsWith(`-${store}.zip`));
  return name && join(OUTPUT, name);
}

if (!process.argv.includes('--no-zip') && run('npm', ['run', '--silent', 'zip']) !== 0) {
  console.error('npm run zip failed');
  process.exit(1);
}

let failed = 0;
for (const store of ['chrome', 'firefox'] as const) {
  const dir = join(OUTPUT, store === 'chrome' ? 'chrome-mv3' : 'firefox-mv2');
  const zip = zipFor(store);
  const checks: [string, () => string[]][] = [
    [dir, () => storeProblems(packageFromDir(dir), store)],
    [zip ?? `(no ${store} zip)`, () => (zip ? storeProblems(packageFromZip(zip), store) : ['no zip'])],
  ];
  for (const [what, check] of checks) {
    const problems = check();
    failed += problems.length;
    console.log(`${store}: ${what}: ${problems.length ? problems.join('; ') : 'passes'}`);
  }
}
if (!zipFor('sources')) {
  failed++;
  console.log('firefox: no sources zip (AMO needs it for minified code)');
}

// web-ext lint on the Firefox zip as uploaded.
const firefoxZip = zipFor('firefox');
if (firefoxZip) {
  const unpacked = mkdtempSync(join(tmpdir(), 'backstory-zip-'));
  extractZip(firefoxZip, unpacked);
  const lint = run('npx', ['--no-install', 'tsx', 'scripts/firefox-lint.ts', '--source-dir', unpacked]);
  rmSync(unpacked, { recursive: true, force: true });
  if (lint !== 0) failed++;
}
console.log(failed ? `store check: ${failed} problems` : 'store check: both packages pass');
process.exit(failed ? 1 : 0);
