/**
 * The only module that touches mark.js. It wraps planned mentions inside one
 * text node at a time and remembers exactly what it split, so the page's own
 * text node objects can be given back unchanged. mark.js's `unmark()` is not
 * used: it calls `normalize()`, which drops and merges the page's text nodes
 * (docs/pitfalls.md, “`unmark()` and `normalize()`”).
 *
 * After a split the page's node holds part of its text and our pieces hold
 * the rest. The page's node always keeps some real text (never an empty
 * node that `normalize()` would drop): the text before the first name, else
 * the first text between or after names, else, when the node is a single
 * name, the node itself goes inside the highlight with all its text.
 * Whatever the page then does to its node (moves it, wraps it, rewrites it,
 * removes it, normalises its parent), the text must neither vanish nor
 * appear twice: each way of taking our pieces down checks first that they
 * are still exactly what we made.
 */
import Mark from 'mark.js';
import { ENTITY_ATTR, HIGHLIGHT_TAG, TOPIC_ATTR } from './dom-contract';

export interface PlannedMention {
  start: number;
  length: number;
  entityId: string;
  topic: string;
  focusable: boolean;
}

interface Piece {
  node: ChildNode;
  /** Its text when we made it: a piece the page wrote into is the page's now. */
  text: string;
}

interface SplitRecord {
  /** What the page's node holds while highlighted. */
  kept: string;
  /** Our pieces before and after the page's node (or its highlight), in document order. */
  before: Piece[];
  after: Piece[];
  /** The highlight the page's node sits in, when the node is a single name. */
  around?: Piece;
}

/**
 * A page that adds and drops highlighted content for hours (a feed, a
 * recycled list) must not grow our list of split nodes: it is swept of the
 * nodes the page let go once it doubles, so the sweep costs little per node.
 */
const MIN_SWEEP = 256;

export class Highlighter {
  /**
   * Weakly held: when the page drops a subtree we split (a feed row, a view
   * of a single-page app), its records go with it. `splits` lets us walk the
   * live ones when highlights are turned off.
   */
  private readonly records = new WeakMap<Text, SplitRecord>();
  private splits = new Set<WeakRef<Text>>();
  /** `splits` is swept of collected nodes when it grows past this (twice its live size after a sweep). */
  private sweepAt = MIN_SWEEP;
  private readonly origins = new WeakMap<Node, Text>();
  private readonly highlights = new WeakSet<Element>();

  /** `tag`: this page's highlight tag (dom-contract.ts highlightTagFor). */
  constructor(private readonly tag: string = HIGHLIGHT_TAG) {}

  /** Wraps the mentions (offsets into `node.data`) and returns the new highlights. */
  wrap(node: Text, mentions: readonly PlannedMention[]): HTMLElement[] {
    const parent = node.parentNode;
    if (!mentions.length || this.records.has(node) || !parent) return [];
    const original = node.data;
    const created: HTMLElement[] = [];
    let record: SplitRecord | undefined;
    let marked: boolean;
    if (mentions[0]!.start > 0) {
      // The page's node keeps the text before the first name; our pieces follow it.
      const boundary = node.nextSibling;
      marked = this.mark(node, mentions, created);
      const after = between(node.nextSibling, boundary);
      if (after) record = { kept: node.data, before: [], after };
    } else {
      // Marked on a copy, then the page's node takes the place of a piece of real text.
      const work = node.ownerDocument.createTextNode(original);
      parent.insertBefore(work, node);
      marked = this.mark(work, mentions, created);
      const made = between(work.nextSibling, node);
      work.remove();
      if (marked) record = made && this.seat(node, made);
      else for (const piece of made ?? []) piece.node.remove();
    }
    if (!marked || !record || textOfRecord(node, record) !== original || !this.isIntactRecord(node, record)) {
      // Something ran inside our writes (a page's custom element upgrading
      // itself, say) and the pieces are not what we made: take them all
      // down, wherever the page's code put them, and give the node its text.
      if (record) this.takeDown(node, record, original);
      for (const stray of [...created, ...node.ownerDocument.querySelectorAll(`${this.tag}[data-markjs]`)]) {
        stray.remove();
      }
      if (node.data !== original) node.data = original;
      return [];
    }
    for (const { node: made } of piecesOf(record)) this.origins.set(made, node);
    for (const element of created) this.highlights.add(element);
    this.records.set(node, record);
    this.splits.add(new WeakRef(node));
    if (this.splits.size > this.sweepAt) this.sweepAt = Math.max(MIN_SWEEP, 2 * this.splitNodes().length);
    return created;
  }

  isSplit(node: Node): node is Text {
    return this.records.has(node as Text);
  }

  /** The page's text node a highlight or piece was cut from. */
  originOf(node: Node): Text | undefined {
    return this.origins.get(node);
  }

  /** Whether this element is a highlight we made (a page can make look-alikes). */
  isOurs(element: Element): boolean {
    return this.highlights.has(element);
  }

  /** What the page's node holds while highlighted. */
  keptOf(node: Text): string | undefined {
    return this.records.get(node)?.kept;
  }

  /** Our pieces around the node, in document order (empty when it is not split). */
  tailOf(node: Text): ChildNode[] {
    const record = this.records.get(node);
    return record ? piecesOf(record).map((piece) => piece.node) : [];
  }

  /** Whether our pieces still surround the node, in order and untouched, as we left them. */
  isIntact(node: Text): boolean {
    const record = this.records.get(node);
    return record !== undefined && this.isIntactRecord(node, record);
  }

  /**
   * The page appended text to its node (normalize() merging the text node
   * after it): the node keeps what it has now, our pieces stay.
   */
  grow(node: Text): void {
    const record = this.records.get(node);
    if (record) record.kept = node.data;
  }

  /**
   * Gives the page its text back in its own node, as it was before the split,
   * wherever the node now is. When the page has written into our pieces, they
   * are the page's text now: only our highlight elements go, their text stays.
   */
  restore(node: Text): void {
    const record = this.forget(node);
    if (record) this.takeDown(node, record, textOfRecord(node, record));
  }

  /**
   * The page replaced the node's text (a framework writing `.data`): drop the
   * pieces that are still ours and keep whatever the page put there. With
   * `keepText` (a region the page made editable, or a node the page replaced
   * with content built from its text), only our highlight elements go and the
   * text they held stays where it is.
   */
  release(node: Text, { keepText = false } = {}): void {
    const record = this.forget(node);
    if (!record) return;
    const keep = keepText || isEditable(node);
    keepingCaret(node.ownerDocument, () => {
      for (const piece of [...record.before, ...record.after]) {
        if (!keep && textOf(piece.node) === piece.text) piece.node.remove();
        else this.unwrap(piece.node);
      }
      if (record.around) this.unwrap(record.around.node);
    });
  }

  /**
   * The page swapped our split node for a copy of it (same text, same place):
   * the copy carries the record from now on, so the highlights stay and
   * turning them off still gives the page its whole text.
   */
  adopt(from: Text, to: Text): boolean {
    const record = this.records.get(from);
    if (!record || this.records.has(to) || !this.isIntactRecord(to, record)) return false;
    this.forget(from);
    this.records.set(to, record);
    this.splits.add(new WeakRef(to));
    for (const { node } of piecesOf(record)) this.origins.set(node, to);
    return true;
  }

  restoreAll(): void {
    for (const node of this.splitNodes()) this.restore(node);
  }

  /** The split nodes the page still holds (connected or not). */
  splitNodes(): Text[] {
    const live: Text[] = [];
    const kept = new Set<WeakRef<Text>>();
    for (const ref of this.splits) {
      const node = ref.deref();
      if (node && this.records.has(node) && !live.includes(node)) {
        live.push(node);
        kept.add(ref);
      }
    }
    this.splits = kept;
    return live;
  }

  /** How many split records are alive: for tests and the memory benchmark. */
  get size(): number {
    return this.splitNodes().length;
  }

  /** Marks the mentions; false when what mark.js handed back is not an element it just made of our tag. */
  private mark(target: Text, mentions: readonly PlannedMention[], created: HTMLElement[]): boolean {
    const tag = this.tag;
    let sound = true;
    try {
      // A Text node as context: mark.js iterates that node alone (the root of
      // a NodeIterator is its first node), so nothing else on the page is read.
      new Mark(target as unknown as HTMLElement).markRanges(
        mentions.map((mention) => ({ ...mention })),
        {
          element: tag,
          each(element: Node, range: unknown) {
            // mark.js hands back the node before the text it split: our new element, unless
            // a page's code moved it while it was inserted.
            if (element.nodeType !== Node.ELEMENT_NODE || (element as Element).localName !== tag) {
              sound = false;
              return;
            }
            const highlight = element as HTMLElement;
            const planned = range as PlannedMention;
            highlight.removeAttribute('data-markjs');
            highlight.setAttribute(ENTITY_ATTR, planned.entityId);
            highlight.setAttribute(TOPIC_ATTR, planned.topic);
            if (planned.focusable) {
              highlight.setAttribute('tabindex', '0');
              highlight.setAttribute('role', 'button');
              highlight.setAttribute('aria-haspopup', 'dialog');
              highlight.setAttribute('aria-expanded', 'false');
            }
            created.push(highlight);
          },
        } as unknown as Mark.MarkRangesOptions,
      );
    } catch {
      sound = false;
    }
    return sound;
  }

  /**
   * Puts the page's node in the place of the first piece of real text among
   * `made` (or, for a single name, inside its highlight), so it keeps text.
   */
  private seat(node: Text, made: Piece[]): SplitRecord | undefined {
    const index = made.findIndex((piece) => piece.node.nodeType === Node.TEXT_NODE && piece.text !== '');
    if (index >= 0) {
      const keeper = made[index]!.node as Text;
      node.data = keeper.data;
      keeper.replaceWith(node);
      return { kept: node.data, before: made.slice(0, index), after: made.slice(index + 1) };
    }
    const around = made[0]!;
    const inner = around.node.firstChild;
    if (around.node.nodeType !== Node.ELEMENT_NODE || inner?.nodeType !== Node.TEXT_NODE) return undefined;
    node.data = (inner as Text).data;
    inner.replaceWith(node);
    return { kept: node.data, before: [], after: made.slice(1), around };
  }

  /** Takes one of our highlight elements out, leaving its text in its place. */
  private unwrap(node: ChildNode): void {
    if (node.nodeType === Node.ELEMENT_NODE && (node as Element).localName === this.tag) {
      node.replaceWith(...node.childNodes);
    }
  }

  private isIntactRecord(node: Text, record: SplitRecord): boolean {
    if (node.data !== record.kept) return false;
    let anchor: ChildNode = node;
    if (record.around) {
      const around = record.around.node;
      if (node.parentNode !== (around as Node) || around.childNodes.length !== 1) return false;
      anchor = around;
    }
    let previous: ChildNode = anchor;
    for (const piece of [...record.before].reverse()) {
      if (previous.previousSibling !== piece.node || textOf(piece.node) !== piece.text) return false;
      previous = piece.node;
    }
    let next: ChildNode = anchor;
    for (const piece of record.after) {
      if (next.nextSibling !== piece.node || textOf(piece.node) !== piece.text) return false;
      next = piece.node;
    }
    return true;
  }

  private forget(node: Text): SplitRecord | undefined {
    const record = this.records.get(node);
    if (!record) return undefined;
    this.records.delete(node);
    for (const { node: piece } of piecesOf(record)) this.origins.delete(piece);
    return record;
  }

  private takeDown(node: Text, record: SplitRecord, original: string): void {
    const around = record.around?.node;
    const inside = around !== undefined && node.parentNode === (around as Node);
    const untouched =
      node.data === record.kept &&
      [...record.before, ...record.after].every((piece) => textOf(piece.node) === piece.text) &&
      (!around || (inside ? around.childNodes.length === 1 : around.childNodes.length === 0));
    if (!untouched || isEditable(node)) {
      keepingCaret(node.ownerDocument, () => {
        for (const piece of piecesOf(record)) this.unwrap(piece.node);
      });
      return;
    }
    for (const piece of [...record.before, ...record.after]) piece.node.remove();
    if (around) {
      if (inside) around.replaceWith(node);
      else around.remove();
    }
    if (node.data !== original) node.data = original;
  }
}

/** The siblings from `first` up to (not including) `end`, with their text; undefined if `end` is not reached. */
function between(first: ChildNode | null, end: ChildNode | null): Piece[] | undefined {
  const pieces: Piece[] = [];
  let piece = first;
  for (; piece && piece !== end; piece = piece.nextSibling) pieces.push({ node: piece, text: textOf(piece) });
  return piece === end && pieces.length ? pieces : undefined;
}

function piecesOf(record: SplitRecord): Piece[] {
  return [...record.before, ...(record.around ? [record.around] : []), ...record.after];
}

/** The node's whole text as the page had it: our pieces' text around what the node keeps. */
function textOfRecord(node: Text, record: SplitRecord): string {
  const join = (pieces: readonly Piece[]) => pieces.map((piece) => piece.text).join('');
  return join(record.before) + record.kept + join(record.after);
}

function textOf(node: Node): string {
  return node.textContent ?? '';
}

/**
 * The page made the text editable after we highlighted it (an "Edit" button
 * setting contenteditable, or design mode): a change there is the reader
 * typing, and the node holds only part of the text. Our pieces then hold the
 * rest of the reader's text, so they must stay: only our highlight elements
 * go, their text left in their place.
 */
function isEditable(node: Text): boolean {
  return node.parentElement?.isContentEditable === true || node.ownerDocument.designMode === 'on';
}

/**
 * Unwrapping a highlight moves its text node out of it, and the DOM moves a
 * caret inside a moved node to the parent: in text the reader is editing, the
 * next letter would land elsewhere. The caret goes back where it was.
 */
function keepingCaret(doc: Document, write: () => void): void {
  const selection = doc.getSelection?.();
  const saved =
    selection && selection.rangeCount
      ? ([selection.anchorNode, selection.anchorOffset, selection.focusNode, selection.focusOffset] as const)
      : undefined;
  write();
  if (!selection || !saved) return;
  const [anchor, anchorOffset, focus, focusOffset] = saved;
  if (anchor?.isConnected && focus?.isConnected && (selection.anchorNode !== anchor || selection.focusNode !== focus)) {
    selection.setBaseAndExtent(anchor, anchorOffset, focus, focusOffset);
  }
}
