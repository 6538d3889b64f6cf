/**
 * Highlights the mentions under a root in three steps: a read-only scan (the
 * story's text nodes, in reading order), the decisions (which entity each
 * mention names, made by the background from the story's text: see
 * utils/background/handlers.ts) and the plan they make (highlight-plan.ts),
 * and the writes (mark.js, through the Highlighter), nearest the viewport first. Scan and writes run in short
 * slices so a big page never freezes. Keeps what was found so the popup can
 * list it.
 */
import type { DecidedMention } from '@/utils/matcher/session';
import { ENTITY_ATTR, HIGHLIGHT_SELECTOR, HIGHLIGHT_TAG } from './dom-contract';
import type { SplitFate } from './classify-mutations';
import { Highlighter } from './highlighter';
import { planHighlights, type EntityTopics, type Planned, type Scanned } from './highlight-plan';
import { NodeMentions } from './node-mentions';
import { createTextWalker, eligibleTextNodes } from './scope';
import { Slicer, type SliceStats } from './slices';
import { viewportFirst } from './viewport';

/**
 * Decides the mentions in story texts (in the background, or in-process in
 * tests and benchmarks). `append`: new story text, context for later names;
 * `fresh`: the story starts over. Undefined: the decider lost this page's
 * context (or did not answer); the page must send its whole story again.
 */
export type Resolver = (
  texts: string[],
  options: { append: boolean; fresh: boolean },
) => Promise<readonly (readonly DecidedMention[])[] | undefined>;

export interface PageHighlightsOptions {
  /** Mark only the first mention of each entity, as encyclopedias link a name once. */
  firstMentionOnly?: boolean;
  /** The page's highlight tag (dom-contract.ts highlightTagFor); HIGHLIGHT_TAG by default. */
  tag?: string;
  /** Runs our DOM writes; the watcher passes one that hides them from its observer. */
  write?: <T>(write: () => T) => T;
  /** The decider lost the story's context: the whole story must be read again (the watcher rescans). */
  onLost?: () => void;
  /** After each pass: what was found may have changed (the toolbar badge counts it). */
  onPass?: () => void;
}

export interface PassResult {
  highlights: number;
  stats: SliceStats;
}

/** How many text nodes the scan visits between two looks at the clock. */
const NODES_PER_CLOCK_CHECK = 32;

export class PageHighlights {
  private readonly highlighter: Highlighter;
  private readonly firstMentionOnly: boolean;
  private readonly write: <T>(write: () => T) => T;
  private readonly onLost: () => void;
  private readonly onPass: () => void;
  /** The first highlight of each entity (first-mention mode), weakly: a removed one may go. */
  private readonly firstHighlight = new Map<string, WeakRef<Element>>();
  /** Entity ids of every resolved mention per text node, marked or not: what the popup counts. */
  private readonly mentions = new NodeMentions();
  private generation = 0;
  /** The next pass starts the story's context over. */
  private fresh = true;

  constructor(
    private readonly resolver: Resolver,
    private readonly topics: EntityTopics,
    options: PageHighlightsOptions = {},
  ) {
    this.firstMentionOnly = options.firstMentionOnly ?? false;
    this.highlighter = new Highlighter(options.tag ?? HIGHLIGHT_TAG);
    this.write = options.write ?? ((write) => write());
    this.onLost = options.onLost ?? (() => {});
    this.onPass = options.onPass ?? (() => {});
  }

  /** Highlights every eligible mention under `root`, in slices; resolves when done or cleared. */
  async highlightWithin(root: Node, { newText = true } = {}): Promise<PassResult> {
    const slicer = new Slicer();
    const generation = this.generation;
    const cancelled = () => generation !== this.generation;
    let highlights = 0;
    if (root.isConnected) {
      const scanned = await this.scan(root, slicer, cancelled);
      if (scanned.length && !cancelled()) {
        const fresh = this.fresh && newText;
        if (fresh) this.fresh = false;
        slicer.pause();
        const decided = await this.resolver(
          scanned.map((item) => item.data),
          { append: newText, fresh },
        );
        slicer.resume();
        if (!decided || decided.length !== scanned.length) {
          if (!cancelled()) {
            // The decider forgot this page (restarted): read the whole story again, from the start.
            this.fresh = true;
            this.onLost();
          }
        } else if (!cancelled()) {
          const plan = planHighlights(scanned, decided, {
            topics: this.topics,
            firstMentionOnly: this.firstMentionOnly,
            marked: (entityId) => this.firstHighlightOf(entityId) !== undefined,
            found: (node, entityIds) => this.mentions.set(node, entityIds),
          });
          highlights = await this.apply(plan, slicer, cancelled);
        }
      }
    }
    if (!cancelled()) this.onPass();
    return { highlights, stats: slicer.finish() };
  }

  private async scan(root: Node, slicer: Slicer, cancelled: () => boolean): Promise<Scanned[]> {
    const scanned: Scanned[] = [];
    let walker = createTextWalker(root);
    let seen: WeakSet<Text> | undefined;
    let visited = 0;
    while (walker) {
      let interrupted = false;
      for (const node of eligibleTextNodes(walker)) {
        // Our own pieces of a split node: their text is the page's node's, already seen.
        if (!seen?.has(node) && !this.highlighter.originOf(node)) {
          scanned.push({ node, data: node.data });
          seen?.add(node);
        }
        if (++visited % NODES_PER_CLOCK_CHECK === 0 && slicer.due()) {
          await slicer.yield();
          if (cancelled()) return [];
          // The page moved or removed the part we were in: walk again, skipping what we saw.
          if (!walker.currentNode.isConnected) {
            interrupted = true;
            break;
          }
        }
      }
      if (!interrupted || !root.isConnected) break;
      seen ??= new WeakSet(scanned.map((item) => item.node));
      walker = createTextWalker(root);
    }
    return scanned;
  }

  private async apply(plan: Planned[], slicer: Slicer, cancelled: () => boolean): Promise<number> {
    const ordered = viewportFirst(plan);
    let index = 0;
    let count = 0;
    while (index < ordered.length) {
      if (cancelled()) return count;
      this.write(() => {
        do {
          const { node, data, mentions } = ordered[index++]!;
          // Skip nodes the page changed since the scan: the watcher sees those changes.
          if (!node.isConnected || node.data !== data) continue;
          const created = this.highlighter.wrap(node, mentions);
          for (const element of created) {
            const entityId = element.getAttribute(ENTITY_ATTR)!;
            if (!this.firstHighlightOf(entityId)) this.firstHighlight.set(entityId, new WeakRef(element));
          }
          count += created.length;
        } while (index < ordered.length && !slicer.due());
      });
      if (index < ordered.length) await slicer.yield();
    }
    return count;
  }

  /**
   * The page rewrote a text node we had split: drop our pieces now (before
   * paint) and highlight its new text. When the page wrote into our pieces
   * too (`touched`), they are its text: only our highlight elements go.
   */
  repair(node: Text, { highlightAgain = true, touched = false } = {}): void {
    // A write of the same text (normalize() replaces data even when it has nothing to merge) changes nothing.
    if (!touched && this.highlighter.isIntact(node)) return;
    const editable = editableRootOf(node);
    if (editable) {
      // The reader is typing (design mode, or a region made editable unseen): the text is theirs,
      // our highlights leave all of it, and the caret stays where it is.
      this.releaseWithin(editable);
      return;
    }
    const parents = touched ? parentsOf(this.highlighter.tailOf(node)) : [];
    this.highlighter.release(node, { keepText: touched });
    this.mentions.delete(node);
    if (!highlightAgain) return;
    for (const root of [node, ...parents]) if (root.isConnected) void this.highlightWithin(root, { newText: false });
  }

  /**
   * The page took a text node we had split out of its place. Returns the
   * nodes whose text should be highlighted again. The page's text must
   * survive whatever it did: see Highlighter.
   */
  settle(node: Text, fate: SplitFate): Node[] {
    const tail = this.highlighter.tailOf(node);
    if (fate.kind === 'moved') {
      if (this.highlighter.isIntact(node)) return [];
      this.highlighter.restore(node);
      return [node];
    }
    if (fate.kind === 'replaced') {
      const copy = fate.by.find((added): added is Text => added.nodeType === Node.TEXT_NODE);
      if (copy && this.highlighter.adopt(node, copy)) {
        this.mentions.move(node, copy);
        return [];
      }
    }
    this.mentions.delete(node);
    if (fate.kind === 'removed') {
      // Gone, with nothing in its place: our pieces go too, and the page's node gets its whole text back.
      this.highlighter.restore(node);
      return [];
    }
    // Replaced by something built from the text it still had (a glossary or ad script, a
    // translation), or merged into the text before it by normalize(): the rest of the sentence
    // is in our pieces, and stays, as the page's own text.
    this.highlighter.release(node, { keepText: true });
    return parentsOf(tail);
  }

  isSplit(node: Node): node is Text {
    return this.highlighter.isSplit(node);
  }

  originOf(node: Node): Text | undefined {
    return this.highlighter.originOf(node);
  }

  /** The split node a piece of ours, or the text inside one of our highlights, was cut from. */
  splitOf(node: Node): Text | undefined {
    return (
      this.highlighter.originOf(node) ?? (node.parentNode ? this.highlighter.originOf(node.parentNode) : undefined)
    );
  }

  keptOf(node: Text): string | undefined {
    return this.highlighter.keptOf(node);
  }

  /** The page appended text to a split node: it keeps it, our highlights stay. */
  grow(node: Text): void {
    this.highlighter.grow(node);
  }

  /** Our own pieces and highlights, and anything inside a highlight. */
  isOurs(node: Node): boolean {
    if (this.highlighter.originOf(node)) return true;
    const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    const highlight = element?.closest(HIGHLIGHT_SELECTOR);
    return highlight != null && this.highlighter.isOurs(highlight);
  }

  /** A highlight this page made (not a look-alike the page made). */
  isHighlight(element: Element): boolean {
    return this.highlighter.isOurs(element);
  }

  /** The first live highlight of an entity, if any. */
  firstHighlightOf(entityId: string): Element | undefined {
    const element = this.firstHighlight.get(entityId)?.deref();
    return element?.isConnected ? element : undefined;
  }

  /**
   * In first-mention mode, whether the page took away the highlight of an
   * entity (rewrote or removed its node): another mention should take over.
   * Forgets those entities, so the next pass marks their next mention.
   */
  lostFirstMentions(): boolean {
    if (!this.firstMentionOnly) return false;
    let lost = false;
    for (const entityId of [...this.firstHighlight.keys()]) {
      if (this.firstHighlightOf(entityId)) continue;
      this.firstHighlight.delete(entityId);
      lost = true;
    }
    return lost;
  }

  /** The page made `element` editable: its text is the reader's now, so our highlights inside it go. */
  releaseWithin(element: Element): void {
    for (const node of this.highlighter.splitNodes()) {
      if (!element.contains(node)) continue;
      this.highlighter.release(node, { keepText: true });
      this.mentions.delete(node);
    }
  }

  /** Bookkeeping still alive: for tests and the memory benchmark. */
  get retained(): { splits: number; mentionNodes: number } {
    return { splits: this.highlighter.size, mentionNodes: this.mentions.size };
  }

  /** The page showed another story in place (single-page-app navigation): its context starts over. */
  resetContext(): void {
    this.fresh = true;
  }

  /** Removes every highlight, gives the page its own text nodes back, and cancels passes in flight. */
  clear(): void {
    this.generation += 1;
    this.highlighter.restoreAll();
    this.fresh = true;
    this.firstHighlight.clear();
    this.mentions.clear();
  }

  /** Mentions per entity on the page now (marked or not), in order of first appearance. */
  found(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const ids of this.mentions.connected()) {
      for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }
}

/** The editable region a text node is in (design mode: the whole body), if any. */
function editableRootOf(node: Text): Element | undefined {
  const doc = node.ownerDocument;
  if (doc.designMode === 'on') return doc.body ?? undefined;
  let element = node.parentElement;
  if (!element?.isContentEditable) return undefined;
  while (element.parentElement?.isContentEditable) element = element.parentElement;
  return element;
}

/** The distinct parents of nodes still in the document. */
function parentsOf(nodes: readonly Node[]): Node[] {
  return [...new Set(nodes.filter((node) => node.isConnected).map((node) => node.parentNode!))];
}
