/**
 * A built package as the store rules read it (scripts/lib/store-rules.ts):
 * from a build folder, or from the zip `npm run zip` made (read with the
 * system's `unzip`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Package } from './store-rules';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export function packageFromDir(dir: string): Package {
  const paths = walk(dir).map((path) => relative(dir, path).split('\\').join('/'));
  const file = (path: string) => (existsSync(join(dir, path)) ? readFileSync(join(dir, path)) : undefined);
  return { manifest: JSON.parse(file('manifest.json')!.toString('utf8')), file, paths };
}

function unzip(args: string[]): Buffer {
  const run = spawnSync('unzip', args, { maxBuffer: 64 * 1024 * 1024 });
  if (run.error)
    throw new Error(`unzip is needed to read the store zips (Debian: apt-get install -y unzip): ${run.error.message}`);
  return run.stdout;
}

export function packageFromZip(zip: string): Package {
  const paths = unzip(['-Z1', zip])
    .toString('utf8')
    .split('\n')
    .filter((line) => line && !line.endsWith('/'));
  const file = (path: string) => (paths.includes(path) ? unzip(['-p', zip, path]) : undefined);
  return { manifest: JSON.parse(file('manifest.json')!.toString('utf8')), file, paths };
}

/** Unpacks a zip into a folder (for web-ext lint, which reads a folder). */
export function extractZip(zip: string, into: string): void {
  unzip(['-q', '-o', zip, '-d', into]);
}
