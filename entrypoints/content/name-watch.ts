/**
 * On a page with no name yet, waits cheaply for one to appear (an infinite
 * feed, a single-page app rendering its story late): page changes are only
 * collected as they happen; their text is read and sent for a scan in
 * batches, less often while the page keeps changing. It collects from the
 * moment it is made, and reads only once told how (`listen`): the loader
 * makes it before its first question to the background, so what the page
 * adds while the background answers is not missed.
 */

/** Changes are gathered this long before their text is read: one scan per burst. */
export const NAME_WATCH_DELAY_MS = 250;
/** While the page keeps changing, the wait doubles after each scan, up to this. */
export const MAX_NAME_WATCH_DELAY_MS = 4000;
/** Past this many changed nodes the batch becomes one look at the whole page: memory stays bounded. */
const MAX_PENDING = 1000;

export class NameWatch {
  private readonly observer: MutationObserver;
  private pending = new Set<Node>();
  private whole = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private delay = NAME_WATCH_DELAY_MS;
  private lastScan = 0;
  private stopped = false;
  /** Reads the text of these nodes and says whether a name was found (then watching stops). */
  private found: ((nodes: Iterable<Node>) => Promise<boolean>) | undefined;

  constructor(private readonly root: Node) {
    this.observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'characterData') this.add(record.target);
        else for (const node of record.addedNodes) this.add(node);
      }
      this.schedule();
    });
    this.observer.observe(root, { childList: true, characterData: true, subtree: true });
  }

  /** Starts reading what was collected, and what comes. */
  listen(found: (nodes: Iterable<Node>) => Promise<boolean>): void {
    this.found = found;
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    clearTimeout(this.timer);
    this.pending.clear();
  }

  /** Look at the whole page again soon (a single-page app put another story in place). */
  rescan(): void {
    this.whole = true;
    this.schedule();
  }

  private add(node: Node): void {
    if (this.whole) return;
    this.pending.add(node);
    if (this.pending.size > MAX_PENDING) {
      this.pending.clear();
      this.whole = true;
    }
  }

  private schedule(): void {
    if (!this.found || this.timer !== undefined || this.stopped || (!this.whole && !this.pending.size)) return;
    this.timer = setTimeout(() => void this.flush(), this.delay);
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    const now = performance.now();
    // A page that changed again right after the last scan is busy: wait longer next time.
    this.delay =
      now - this.lastScan < this.delay * 2 ? Math.min(this.delay * 2, MAX_NAME_WATCH_DELAY_MS) : NAME_WATCH_DELAY_MS;
    this.lastScan = now;
    const nodes = this.whole ? [this.root] : [...this.pending].filter((node) => node.isConnected);
    this.pending = new Set();
    this.whole = false;
    if (!nodes.length || this.stopped || !this.found) return;
    if (await this.found(nodes)) this.stop();
    else this.schedule();
  }
}
