/**
 * What the bench reads from a built extension's manifest: which content
 * scripts it injects where, the do-nothing twin that injects an empty script
 * on the same pages at the same moment, and the sizes of what ships.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ContentScriptEntry {
  matches?: string[];
  exclude_matches?: string[];
  include_globs?: string[];
  exclude_globs?: string[];
  run_at?: string;
  all_frames?: boolean;
  match_about_blank?: boolean;
  match_origin_as_fallback?: boolean;
  world?: string;
  js?: string[];
  css?: string[];
}

export interface Manifest {
  name?: string;
  content_scripts?: ContentScriptEntry[];
  [key: string]: unknown;
}

/** The keys that decide on which pages, in which frames and when a content script runs. */
const WHERE_AND_WHEN = [
  'matches',
  'exclude_matches',
  'include_globs',
  'exclude_globs',
  'run_at',
  'all_frames',
  'match_about_blank',
  'match_origin_as_fallback',
  'world',
] as const;

export const DO_NOTHING_SCRIPT = 'noop.js';

/** Used only when the built manifest declares no content script (one registered at run time, say). */
const FALLBACK_ENTRY: ContentScriptEntry = { matches: ['http://*/*', 'https://*/*'], run_at: 'document_idle' };

/**
 * An MV3 manifest whose content scripts run where and when the built
 * extension's do, each an empty script: the price of having a content
 * script at all, which no redesign of ours can remove.
 */
export function doNothingManifest(built: Manifest): { manifest: Manifest; fallback: boolean } {
  const entries = built.content_scripts?.filter((entry) => entry.matches?.length) ?? [];
  const fallback = entries.length === 0;
  const content_scripts = (fallback ? [FALLBACK_ENTRY] : entries).map((entry) => {
    const copy: ContentScriptEntry = {};
    for (const key of WHERE_AND_WHEN) {
      if (entry[key] !== undefined) (copy as Record<string, unknown>)[key] = entry[key];
    }
    copy.js = [DO_NOTHING_SCRIPT];
    return copy;
  });
  return {
    manifest: {
      manifest_version: 3,
      name: 'Backstory bench: do-nothing content script',
      version: '1.0.0',
      content_scripts,
    },
    fallback,
  };
}

export function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

/** Writes the do-nothing twin of the extension in `builtDir` to a temporary folder. */
export function writeDoNothingExtension(builtDir: string): { dir: string; fallback: boolean; remove(): void } {
  const { manifest, fallback } = doNothingManifest(readManifest(builtDir));
  const dir = mkdtempSync(join(tmpdir(), 'backstory-noop-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, DO_NOTHING_SCRIPT), '// Runs where Backstory runs, and does nothing.\n');
  return { dir, fallback, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface InjectedGroup {
  matches: string[];
  runAt: string;
  files: FileSize[];
  bytes: number;
  gzipBytes: number;
}

export interface BuildSizes {
  /** What the manifest injects, one group per content_scripts entry. */
  injected: InjectedGroup[];
  /** Every other script, style sheet or data file in the build (chunks loaded later, background, pages). */
  other: FileSize[];
}

function sizeOf(dir: string, file: string): FileSize {
  const raw = readFileSync(join(dir, file));
  return { file, bytes: raw.length, gzipBytes: gzipSync(raw).length };
}

function shippedFiles(dir: string, under = dir): string[] {
  return readdirSync(under).flatMap((name) => {
    const path = join(under, name);
    if (statSync(path).isDirectory()) return shippedFiles(dir, path);
    return /\.(m?js|css|json|wasm)$/.test(name) && name !== 'manifest.json' ? [relative(dir, path)] : [];
  });
}

export function buildSizes(dir: string): BuildSizes {
  const manifest = readManifest(dir);
  const injectedFiles = new Set<string>();
  const injected = (manifest.content_scripts ?? []).map((entry) => {
    const files = [...(entry.js ?? []), ...(entry.css ?? [])].map((file) => {
      injectedFiles.add(file);
      return sizeOf(dir, file);
    });
    return {
      matches: entry.matches ?? [],
      runAt: entry.run_at ?? 'document_idle',
      files,
      bytes: files.reduce((total, file) => total + file.bytes, 0),
      gzipBytes: files.reduce((total, file) => total + file.gzipBytes, 0),
    };
  });
  const other = shippedFiles(dir)
    .filter((file) => !injectedFiles.has(file))
    .sort()
    .map((file) => sizeOf(dir, file));
  return { injected, other };
}

/** The extension's id as Chromium derives it for an unpacked folder is in scripts/lib/chrome.ts; this is its origin. */
export function extensionOrigin(id: string): string {
  return `chrome-extension://${id}/`;
}
