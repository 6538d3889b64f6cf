/**
 * Bundles a bench's in-page module into one script to inject into a page,
 * where it defines one global. `root` is the source tree to take `@/…` from,
 * so a synthetic copy of the project measures its own dataset.
 */
import { join, resolve } from 'node:path';
import { build } from 'vite';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/** `entry` (relative to `root`) as an IIFE that defines `window[globalName]`. */
export async function bundleForPage(entry: string, globalName: string, root: string = PROJECT_ROOT): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    resolve: { alias: { '@': root } },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: true,
      lib: { entry: join(root, entry), formats: ['iife'], name: globalName },
    },
  });
  const result = Array.isArray(output) ? output[0]! : output;
  if (!('output' in result)) throw new Error('unexpected Vite output');
  return result.output[0].code;
}

/** What `bundleInPageCode` defines on the page's window. */
export const IN_PAGE_GLOBAL = 'BackstoryBench';

/** scripts/bench/in-page.ts (the in-page bench: floor, naive, backstory). */
export function bundleInPageCode(root: string = PROJECT_ROOT): Promise<string> {
  return bundleForPage('scripts/bench/in-page.ts', IN_PAGE_GLOBAL, root);
}
