/**
 * Browsers and web-ext write caches and settings into the home folder even
 * with a fresh profile (docs/pitfalls.md, "Browsers and web-ext write into
 * `$HOME`"). Each launch gets a folder of its own as its home, and removes it
 * afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ThrowawayHome {
  dir: string;
  /** The environment for the child process: this one's, with the home, config, cache and temp folders inside `dir`. */
  env: NodeJS.ProcessEnv;
  remove(): void;
}

export function throwawayHome(prefix: string): ThrowawayHome {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  return {
    dir,
    env: {
      ...process.env,
      HOME: dir,
      XDG_CONFIG_HOME: join(dir, '.config'),
      XDG_CACHE_HOME: join(dir, '.cache'),
      TMPDIR: dir,
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
