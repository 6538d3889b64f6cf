/**
 * The only module that touches mark.js. It wraps planned mentions inside one
 * text node at a time and remembers exactly what it split, so the page's own
 * text node objects can be given back unchanged (mark.js's `unmark()` calls
 * `normalize()`, which drops and merges the page's nodes: see
 * shared/notes/stack.md, pitfall 8).
 */
import Mark from 'mark.js';
import { ENTITY_ATTR, HIGHLIGHT_TAG } from './scope';

export interface PlannedMention {
  start: number;
  length: number;
  entityId: string;
  topic: string;
  focusable: boolean;
}

interface SplitRecord {
  /** The node's text before we split it. */
  original: string;
  /** What we inserted after it: highlights and the text pieces between them. */
  pieces: ChildNode[];
}

export type HighlightStyle = 'underline' | 'background';

export class Highlighter {
  private readonly records = new Map<Text, SplitRecord>();
  private readonly origins = new WeakMap<Node, Text>();

  constructor(private readonly style: HighlightStyle = 'underline') {}

  /** Wraps the mentions (offsets into `node.data`) and returns the new highlights. */
  wrap(node: Text, mentions: readonly PlannedMention[]): HTMLElement[] {
    if (!mentions.length || this.records.has(node) || !node.parentNode) return [];
    const original = node.data;
    const boundary = node.nextSibling;
    const created: HTMLElement[] = [];
    const style = this.style;
    // A Text node as context: mark.js iterates that node alone (the root of
    // a NodeIterator is its first node), so nothing else on the page is read.
    new Mark(node as unknown as HTMLElement).markRanges(
      mentions.map((mention) => ({ ...mention })),
      {
        element: HIGHLIGHT_TAG,
        each(element: Element, range: unknown) {
          const planned = range as PlannedMention;
          element.removeAttribute('data-markjs');
          element.setAttribute(ENTITY_ATTR, planned.entityId);
          element.setAttribute('data-backstory-topic', planned.topic);
          element.setAttribute('data-backstory-style', style);
          if (planned.focusable) {
            element.setAttribute('tabindex', '0');
            element.setAttribute('role', 'button');
            element.setAttribute('aria-haspopup', 'dialog');
            element.setAttribute('aria-expanded', 'false');
          }
          created.push(element as HTMLElement);
        },
      } as Mark.MarkRangesOptions,
    );
    const pieces: ChildNode[] = [];
    for (let piece = node.nextSibling; piece && piece !== boundary; piece = piece.nextSibling) {
      pieces.push(piece);
      this.origins.set(piece, node);
    }
    if (pieces.length) this.records.set(node, { original, pieces });
    return created;
  }

  isSplit(node: Node): node is Text {
    return this.records.has(node as Text);
  }

  /** The page's text node a highlight or piece was cut from. */
  originOf(node: Node): Text | undefined {
    return this.origins.get(node);
  }

  /** Puts the original text back into the page's own node and removes our pieces. */
  restore(node: Text): void {
    const record = this.records.get(node);
    if (!record) return;
    this.records.delete(node);
    if (isEditable(node)) {
      unwrapAll(record.pieces);
      return;
    }
    removeAll(record.pieces);
    if (node.data !== record.original) node.data = record.original;
  }

  /**
   * The page replaced the node's text (a framework writing `.data`) or removed
   * the node: drop our pieces and keep whatever the page put there. With
   * `keepText` (a region the page made editable), only our highlight elements
   * go and the text they held stays where it is: it is the reader's now.
   */
  release(node: Text, { keepText = false } = {}): void {
    const record = this.records.get(node);
    if (!record) return;
    this.records.delete(node);
    if (keepText || isEditable(node)) unwrapAll(record.pieces);
    else removeAll(record.pieces);
  }

  restoreAll(): void {
    for (const node of [...this.records.keys()]) this.restore(node);
  }

  /** Split nodes whose record no longer matches the page (removed by the page). */
  splitNodes(): Text[] {
    return [...this.records.keys()];
  }
}

/**
 * The page made the text editable after we highlighted it (an "Edit" button
 * setting contenteditable, or design mode): a change there is the reader
 * typing, and the node holds only the text before our first highlight. Our
 * pieces then hold the rest of the reader's text, so they must stay: only
 * our highlight elements go, their text left in their place.
 */
function isEditable(node: Text): boolean {
  return node.parentElement?.isContentEditable === true || node.ownerDocument.designMode === 'on';
}

function unwrapAll(nodes: readonly ChildNode[]): void {
  for (const piece of nodes) {
    if (piece.nodeType === Node.ELEMENT_NODE && piece.isConnected) piece.replaceWith(...piece.childNodes);
  }
}

function removeAll(nodes: readonly ChildNode[]): void {
  for (const piece of nodes) piece.remove();
}
