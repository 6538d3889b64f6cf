/**
 * Keeps highlights in step with a page that changes: one MutationObserver,
 * our own writes swallowed, page rewrites of split nodes repaired at once
 * (before the next paint), added content batched and highlighted later.
 * On pages that never stop changing (live tickers, log views) it backs off,
 * and the work it keeps waiting is bounded.
 */
import { classifyMutations } from './classify-mutations';
import { isExcluded } from './scope';
import type { PageHighlights } from './page-highlights';

/**
 * Added content waits this long before it is highlighted: long enough to
 * fold an infinite-scroll burst into one pass, short enough that a reader
 * scrolling down sees the names marked well within a second. The wait is not
 * restarted by further changes, so a page that changes all the time is still
 * served.
 */
export const ADDED_CONTENT_DELAY_MS = 150;
/** On a page that keeps changing, the wait doubles after each busy pass, up to this. */
export const MAX_ADDED_CONTENT_DELAY_MS = 3000;
/**
 * Past this many waiting nodes, the watcher stops collecting them one by one
 * and rescans the whole root at the next pass: memory stays bounded however
 * fast a page adds nodes.
 */
export const MAX_PENDING_NODES = 500;
/**
 * A text node the page rewrites more often than this within REWRITE_WINDOW_MS
 * (a clock, a live score) is left unhighlighted: highlighting it again on
 * every tick would be constant work for nothing a reader can hover.
 */
export const MAX_REWRITES = 5;
export const REWRITE_WINDOW_MS = 2000;

export class Watcher {
  private readonly observer: MutationObserver;
  private readonly pending = new Set<Node>();
  private rescanAll = false;
  private rescanNewText = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private delay = ADDED_CONTENT_DELAY_MS;
  private lastPassEnd = 0;
  private running = false;
  private readonly rewrites = new WeakMap<Text, number[]>();

  constructor(
    private readonly root: Node,
    private readonly highlights: PageHighlights,
    /** Runs after each batch of page changes is handled (the card closes if its highlight went). */
    private readonly afterBatch: () => void = () => {},
  ) {
    this.observer = new MutationObserver((records) => this.handle(records));
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.observer.observe(this.root, {
      childList: true,
      characterData: true,
      subtree: true,
      // A region made editable later (an "Edit" button) becomes the reader's text.
      attributes: true,
      attributeFilter: ['contenteditable'],
    });
  }

  stop(): void {
    this.running = false;
    this.observer.disconnect();
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
    this.rescanAll = false;
    this.rescanNewText = false;
  }

  /**
   * Look at the whole root again soon: after a single-page-app navigation
   * (new text), or when a first mention's highlight went away (known text).
   */
  rescan({ newText = true } = {}): void {
    if (!this.running) return;
    this.rescanAll = true;
    this.rescanNewText ||= newText;
    this.schedule();
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
    const batch = classifyMutations(records, this.highlights);
    if (batch.editable.length) {
      this.mutate(() => {
        for (const element of batch.editable) this.highlights.releaseWithin(element);
      });
    }
    // The page wrote into our pieces alone: they are its text now, our highlights in them go.
    for (const node of batch.touched) if (!batch.rewritten.has(node)) batch.rewritten.add(node);
    for (const node of batch.grown) this.highlights.grow(node);
    if (batch.displaced.size || batch.rewritten.size) {
      // At once, before the next paint: the reader must never see our old pieces beside the page's new text.
      this.mutate(() => {
        for (const [node, fate] of batch.displaced) {
          for (const again of this.highlights.settle(node, fate)) this.add(again);
        }
        for (const node of batch.rewritten) {
          this.highlights.repair(node, { highlightAgain: !this.isVolatile(node), touched: batch.touched.has(node) });
        }
      });
    }
    for (const node of batch.added) this.add(node);
    // First-mention mode: when the marked mention of a name leaves, the next one takes over.
    if ((batch.removals || batch.rewritten.size) && this.highlights.lostFirstMentions())
      this.rescan({ newText: false });
    if (this.pending.size || this.rescanAll) this.schedule();
    this.afterBatch();
  }

  private add(node: Node): void {
    if (this.rescanAll) {
      // The coming rescan covers this node, and its text is new to the article.
      this.rescanNewText = true;
      return;
    }
    if (node.nodeType === Node.TEXT_NODE && this.isVolatile(node as Text)) return;
    this.pending.add(node);
    if (this.pending.size > MAX_PENDING_NODES) {
      this.pending.clear();
      this.rescanAll = true;
      this.rescanNewText = true;
    }
  }

  /** Counts a rewrite of a text node and says whether the page rewrites it too often to bother. */
  private isVolatile(node: Text): boolean {
    const now = performance.now();
    const times = (this.rewrites.get(node) ?? []).filter((time) => now - time < REWRITE_WINDOW_MS);
    times.push(now);
    this.rewrites.set(node, times);
    return times.length > MAX_REWRITES;
  }

  private schedule(): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, this.delay);
  }

  private async flush(): Promise<void> {
    if (!this.running) return;
    // Back off while the page keeps changing: a pass that starts right after the last one means a busy page.
    const start = performance.now();
    const busy = start - this.lastPassEnd < this.delay * 2;
    this.delay = busy ? Math.min(this.delay * 2, MAX_ADDED_CONTENT_DELAY_MS) : ADDED_CONTENT_DELAY_MS;

    let roots: Node[];
    let newText = true;
    if (this.rescanAll) {
      newText = this.rescanNewText;
      this.rescanAll = false;
      this.rescanNewText = false;
      roots = [this.root];
    } else {
      const connected = [...this.pending].filter((node) => node.isConnected);
      // Skip nodes inside another waiting node: one pass covers them.
      const set = new Set(connected);
      roots = connected.filter((node) => {
        for (let parent = node.parentNode; parent; parent = parent.parentNode) if (set.has(parent)) return false;
        return true;
      });
    }
    this.pending.clear();
    for (const node of roots) {
      if (!this.running) return;
      const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
      if (element && !isExcluded(element)) await this.highlights.highlightWithin(node, { newText });
    }
    this.lastPassEnd = performance.now();
  }
}
