/**
 * Keeps highlights in step with a page that changes: one MutationObserver,
 * our own writes swallowed, page rewrites of split nodes repaired at once
 * (before the next paint), added content batched and highlighted later.
 */
import { HIGHLIGHT_TAG, isExcluded } from './scope';
import type { PageHighlights } from './page-highlights';

/**
 * Added content is collected for this long before it is highlighted: long
 * enough to fold an infinite-scroll burst into one pass, short enough that a
 * reader scrolling down sees the names marked within a second.
 */
export const ADDED_CONTENT_DEBOUNCE_MS = 150;

export class Watcher {
  private readonly observer: MutationObserver;
  private pending = new Set<Node>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;

  constructor(
    private readonly root: Node,
    private readonly highlights: PageHighlights,
  ) {
    this.observer = new MutationObserver((records) => this.handle(records));
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.observer.observe(this.root, { childList: true, characterData: true, subtree: true });
  }

  stop(): void {
    this.running = false;
    this.observer.disconnect();
    clearTimeout(this.timer);
    this.pending.clear();
  }

  /**
   * Runs one of our own DOM writes. Page mutations queued before it are
   * handled first; the records our write produces are dropped, so the
   * observer never reacts to itself.
   */
  mutate<T>(write: () => T): T {
    const before = this.running ? this.observer.takeRecords() : [];
    if (before.length) this.handle(before);
    const result = write();
    if (this.running) this.observer.takeRecords();
    return result;
  }

  private handle(records: MutationRecord[]): void {
    const repairs = new Set<Text>();
    for (const record of records) {
      if (record.type === 'characterData') {
        const target = record.target;
        if (this.highlights.isSplit(target)) repairs.add(target);
        else if (!this.ours(target)) this.pending.add(target);
        continue;
      }
      for (const node of record.removedNodes) {
        if (this.highlights.isSplit(node)) this.mutate(() => this.highlights.forget(node));
      }
      for (const node of record.addedNodes) {
        if (!this.ours(node)) this.pending.add(node);
      }
    }
    if (repairs.size) {
      this.mutate(() => {
        for (const node of repairs) this.highlights.repair(node);
      });
    }
    if (this.pending.size) this.schedule();
  }

  private ours(node: Node): boolean {
    if (this.highlights.originOf(node)) return true;
    const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    return element?.closest(HIGHLIGHT_TAG) != null;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), ADDED_CONTENT_DEBOUNCE_MS);
  }

  private async flush(): Promise<void> {
    const roots = [...this.pending].filter((node) => node.isConnected);
    this.pending.clear();
    // Skip nodes inside another pending root: one pass covers them.
    const outer = roots.filter((node) => !roots.some((other) => other !== node && other.contains(node)));
    for (const node of outer) {
      if (!this.running) return;
      const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
      if (element && !isExcluded(element)) await this.highlights.highlightWithin(node);
    }
  }
}
