/**
 * How long this copy of the content script may act: until the extension is
 * updated, disabled or removed under the page. WXT's content-script context
 * would do this and more on every page from the first moment (announce the
 * script's start to the page with an event, listen for a newer copy of the
 * script; its location watcher started with our first listener for it): in
 * all 0.3–1.6 ms of script time on every page load (docs/pitfalls.md), most
 * pages having no name for us. The loader keeps only what it used: a signal,
 * and a check that ends it.
 * A newer copy needs no hearing here: Chrome never injects one into an open
 * page, and Firefox unloads the old copy before it injects the new one (the
 * old one's highlights are cleared by leftovers.ts).
 */
import { browser } from 'wxt/browser';

/** Chrome's orphaned script still has `runtime`, with no id; reading it may also throw. */
function extensionAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}

export class ScriptLifetime {
  private readonly controller = new AbortController();
  /** Aborted when the extension is gone: every listener given it goes too. */
  readonly signal = this.controller.signal;

  constructor(private readonly alive: () => boolean = extensionAlive) {}

  /** Whether the extension is gone; finding out ends the lifetime (onInvalidated's callbacks run). */
  get isInvalid(): boolean {
    if (!this.signal.aborted && !this.alive()) this.controller.abort();
    return this.signal.aborted;
  }

  onInvalidated(callback: () => void): void {
    if (this.signal.aborted) callback();
    else this.signal.addEventListener('abort', () => callback(), { once: true });
  }
}
