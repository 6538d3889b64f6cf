/**
 * Notices that the extension was updated, disabled or removed under an open
 * page. Chrome leaves the old content script running, orphaned: its
 * highlights would stay on the page as dead tab stops, and every call to the
 * extension would fail with "Extension context invalidated". Nothing tells
 * the script (lifetime.ts checks `runtime.id` only when asked), so it asks,
 * while highlights are up: when the reader comes back to the tab, when they
 * touch the page, and every CONTEXT_CHECK_MS. Each look is one property
 * read (`browser.runtime.id`); the interval is a timer the browser throttles
 * further in background tabs.
 * A page without highlights has nothing to take down: it finds out at its
 * next question to the background, which checks first.
 */

/**
 * How often a page with highlights checks on its own. Short enough that a
 * reader who disables Backstory in another window sees its highlights go
 * within seconds; long enough to cost nothing (a property read).
 */
export const CONTEXT_CHECK_MS = 5_000;

/** The reader's ways back to a page: each is a moment to check. */
const RETURNS = ['visibilitychange', 'pointerdown', 'focusin', 'keydown'] as const;

/** Checks whenever the reader comes back to the page or touches it. */
export function checkOnReturn(doc: Document, check: () => void, signal: AbortSignal): void {
  for (const type of RETURNS) doc.addEventListener(type, check, { capture: true, passive: true, signal });
}

/** Checks every CONTEXT_CHECK_MS while `on`; returns how to switch it. */
export function checkEvery(check: () => void): (on: boolean) => void {
  let timer: ReturnType<typeof setInterval> | undefined;
  return (on) => {
    if (on) timer ??= setInterval(check, CONTEXT_CHECK_MS);
    else {
      clearInterval(timer);
      timer = undefined;
    }
  };
}
