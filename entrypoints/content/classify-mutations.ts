/**
 * What a batch of page mutations means for our highlights, decided before
 * anything is written: a read-only step, so the watcher's writes follow from
 * one look at the whole batch (a node removed and added back in the same
 * batch was moved, not removed).
 */

/** What the page did to a text node we had split. */
export type SplitFate =
  /** Put somewhere else (a wrapper, another parent), still in the document. */
  | { kind: 'moved' }
  /** Taken out and something put in its place (a clone, a rewrite built from its text). */
  | { kind: 'replaced'; by: Node[] }
  /** Taken out, nothing in its place. */
  | { kind: 'removed' };

export interface MutationBatch {
  /** Elements the page made editable: the text in them is the reader's now. */
  editable: Element[];
  /** Split nodes whose text the page rewrote (a framework writing `.data`). */
  rewritten: Set<Text>;
  /** Split nodes the page appended its next text node to (normalize() merging them). */
  grown: Set<Text>;
  /**
   * Split nodes whose pieces the page wrote into as well: it is treating our
   * pieces as its own text (a translation rewriting every text node), so
   * they are its text now.
   */
  touched: Set<Text>;
  /** Split nodes the page took out of their place, and how. */
  displaced: Map<Text, SplitFate>;
  /** Page content that is new or changed: to highlight. */
  added: Node[];
  /** Whether the page removed anything (a first mention's highlight may have gone). */
  removals: boolean;
}

export interface Ownership {
  isSplit(node: Node): node is Text;
  /** Our own pieces and highlights. */
  isOurs(node: Node): boolean;
  /** The split node a piece of ours (or text inside a highlight) was cut from. */
  splitOf(node: Node): Text | undefined;
  /** What a split node holds while highlighted. */
  keptOf(node: Text): string | undefined;
}

export function classifyMutations(records: readonly MutationRecord[], own: Ownership): MutationBatch {
  const batch: MutationBatch = {
    editable: [],
    rewritten: new Set(),
    grown: new Set(),
    touched: new Set(),
    displaced: new Map(),
    added: [],
    removals: false,
  };
  const removedAt = new Map<Text, MutationRecord>();
  for (const record of records) {
    if (record.type === 'attributes') {
      const target = record.target as HTMLElement;
      if (target.isContentEditable) batch.editable.push(target);
      continue;
    }
    if (record.type === 'characterData') {
      const target = record.target as Text;
      if (own.isSplit(target)) batch.rewritten.add(target);
      else if (!own.isOurs(target)) batch.added.push(target);
      else {
        const split = own.splitOf(target);
        if (split) batch.touched.add(split);
      }
      continue;
    }
    for (const node of record.removedNodes) {
      batch.removals = true;
      if (own.isSplit(node)) removedAt.set(node, record);
    }
    for (const node of record.addedNodes) {
      if (!own.isOurs(node) && !own.isSplit(node)) batch.added.push(node);
    }
  }
  for (const [node, removal] of removedAt) batch.displaced.set(node, fateOf(node, removal, records));
  for (const node of batch.rewritten) {
    if (grewByMerge(node, own.keptOf(node), records, own)) {
      batch.rewritten.delete(node);
      batch.grown.add(node);
    }
  }
  // A split node moved back into the document: the watcher decides whether to highlight it again.
  batch.added = batch.added.filter((node) => !(node.nodeType === Node.TEXT_NODE && batch.displaced.has(node as Text)));
  return batch;
}

/**
 * normalize() merged the page's text nodes that followed the split node into
 * it: the node's text is what it kept plus theirs, and they left the
 * document in the same batch. A framework writing new text does not do that.
 */
function grewByMerge(
  node: Text,
  kept: string | undefined,
  records: readonly MutationRecord[],
  own: Ownership,
): boolean {
  if (kept === undefined || node.data === kept || !node.data.startsWith(kept)) return false;
  const merged = records
    .filter((record) => record.type === 'childList' && record.target === node.parentNode)
    .flatMap((record) => [...record.removedNodes])
    .filter((removed) => removed.nodeType === Node.TEXT_NODE && !own.isOurs(removed))
    .map((removed) => (removed as Text).data)
    .join('');
  return merged !== '' && node.data === kept + merged;
}

function fateOf(node: Text, removal: MutationRecord, records: readonly MutationRecord[]): SplitFate {
  if (node.isConnected) return { kind: 'moved' };
  if (removal.addedNodes.length) return { kind: 'replaced', by: [...removal.addedNodes] };
  // normalize() merged the node into the page's text node before it.
  const before = removal.previousSibling;
  if (
    before?.nodeType === Node.TEXT_NODE &&
    before.isConnected &&
    node.data &&
    (before as Text).data.endsWith(node.data)
  ) {
    return { kind: 'replaced', by: [before] };
  }
  // insertBefore(x, node) then node.remove(), or the other way round: x took the node's place.
  const by = records
    .filter(
      (record) =>
        record.type === 'childList' &&
        record !== removal &&
        record.target === removal.target &&
        record.addedNodes.length > 0 &&
        (record.nextSibling === node ||
          (removal.nextSibling !== null && record.nextSibling === removal.nextSibling) ||
          (removal.previousSibling !== null && record.previousSibling === removal.previousSibling)),
    )
    .flatMap((record) => [...record.addedNodes]);
  return by.length ? { kind: 'replaced', by } : { kind: 'removed' };
}
