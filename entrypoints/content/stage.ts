/**
 * The seam between the small script every page runs (loader.ts)
 * and the rest, which loads only on pages that mention a name: the
 * highlighter with mark.js and the watcher (highlights.js), and, on first
 * hover, the card with Preact and Floating UI (card-ui.js). They run in the
 * same isolated world as the loader, imported from the extension's own files
 * (web-accessible at a per-session address, so a page cannot probe them),
 * and hand over their entry points through a symbol-keyed global that page
 * scripts, in their own world, never see.
 */
import { browser as extension } from 'wxt/browser';
import { STAGE_FILES } from './stage-files';

export interface StageOptions {
  firstMentionOnly: boolean;
  highlightStyle: 'underline' | 'background';
  hoverDelayMs: number;
}

export interface FoundReport {
  found: { id: string; count: number }[];
  /** The story's date as the page gives it, and where from; absent when it gives none. */
  storyDate?: { date: string; source: 'metadata' | 'byline' | 'address' };
}

/** The highlighting stage, started on a page with a name. */
export interface Stage {
  /** What was found on the page, for the popup. */
  found(): FoundReport;
  /** Brings an entity's first highlight into view and opens its card. */
  show(entityId: string): Promise<boolean>;
  /** A single-page app showed another story: forget the old one's context and read again. */
  navigated(): void;
  /** Takes every highlight down, exactly, and stops watching. */
  stop(): void;
}

export type StartStage = (options: StageOptions, signal: AbortSignal) => Stage;

const STAGES = {
  highlights: { file: `/${STAGE_FILES.highlights}`, key: Symbol.for('backstory.stage.highlights') },
  cardUi: { file: `/${STAGE_FILES.cardUi}`, key: Symbol.for('backstory.stage.card-ui') },
} as const;

export type StageName = keyof typeof STAGES;

/** The `chrome` global, which Firefox's content scripts have too. */
declare const chrome: { runtime: { getURL(path: string): string } };

/**
 * Imports a stage's script from the extension's own files. In Firefox the
 * call is written out as `chrome.runtime.getURL(literal address)`, a form
 * addons.mozilla.org's linter accepts for an import(); the address from
 * the bundler's `browser` (renamed when minified) is flagged as unsafe.
 */
function importStage(name: StageName): Promise<unknown> {
  if (import.meta.env.FIREFOX) {
    return name === 'highlights'
      ? import(/* @vite-ignore */ chrome.runtime.getURL('/highlights.js'))
      : import(/* @vite-ignore */ chrome.runtime.getURL('/card-ui.js'));
  }
  return import(/* @vite-ignore */ extension.runtime.getURL(STAGES[name].file));
}

/** Called by a stage's own script when it has loaded. */
export function register<T>(name: StageName, entry: T): void {
  (globalThis as Record<symbol, unknown>)[STAGES[name].key] = entry;
}

const loading = new Map<StageName, Promise<unknown>>();

/** Loads a stage's script once and returns what it registered. */
export function loadStage<T>(name: StageName): Promise<T> {
  let promise = loading.get(name);
  if (!promise) {
    const { file, key } = STAGES[name];
    promise = importStage(name).then(() => {
      const entry = (globalThis as Record<symbol, unknown>)[key];
      if (!entry) throw new Error(`${file} did not register`);
      return entry;
    });
    // A failed load may be retried later (the extension was reloaded under the page, say).
    promise.catch(() => loading.delete(name));
    loading.set(name, promise);
  }
  return promise as Promise<T>;
}
