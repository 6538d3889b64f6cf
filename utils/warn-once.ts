/**
 * A failure that should not stop the page (the background did not answer, a
 * reply had the wrong shape) is still worth a trace in the console, once: a
 * page left unhighlighted without any message is impossible to debug, and a
 * warning on every node would flood the reader's console.
 */
const warned = new Set<string>();

/**
 * After an update or uninstall the old content script's calls fail with
 * "Extension context invalidated": expected, and said once as such.
 */
const INVALIDATED = /Extension context invalidated/i;

export function warnOnce(what: string, error?: unknown): void {
  const detail = error instanceof Error ? error.message : error === undefined ? '' : String(error);
  const key = INVALIDATED.test(detail) ? 'invalidated' : what;
  if (warned.has(key)) return;
  warned.add(key);
  if (key === 'invalidated') console.warn('Backstory was updated or switched off; reload the page to use it again.');
  else console.warn(`Backstory: ${what}${detail ? ` (${detail})` : ''}`);
}

/** For tests: forget what was said. */
warnOnce.reset = (): void => warned.clear();
