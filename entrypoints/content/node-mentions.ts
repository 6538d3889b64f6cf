/**
 * Which entities each text node mentions (marked or not): what the popup
 * counts. Held weakly, so a node the page drops takes its entry with it.
 */
/** Below this many entries, sweeping is not worth a pass. */
const MIN_SWEEP = 256;

export class NodeMentions {
  private ids = new WeakMap<Text, string[]>();
  private refs: WeakRef<Text>[] = [];
  /** `refs` is swept of nodes the page let go once it grows past this (see Highlighter). */
  private sweepAt = MIN_SWEEP;

  set(node: Text, ids: string[]): void {
    if (!this.ids.has(node)) this.refs.push(new WeakRef(node));
    this.ids.set(node, ids);
    if (this.refs.length > this.sweepAt) {
      this.refs = this.refs.filter((ref) => {
        const held = ref.deref();
        return held !== undefined && this.ids.has(held);
      });
      this.sweepAt = Math.max(MIN_SWEEP, 2 * this.refs.length);
    }
  }

  delete(node: Text): void {
    this.ids.delete(node);
  }

  move(from: Text, to: Text): void {
    const ids = this.ids.get(from);
    this.ids.delete(from);
    if (ids) this.set(to, ids);
  }

  clear(): void {
    this.ids = new WeakMap();
    this.refs = [];
  }

  /** The ids of nodes still in the document; forgets the rest. */
  *connected(): Generator<string[]> {
    const kept: WeakRef<Text>[] = [];
    for (const ref of this.refs) {
      const node = ref.deref();
      const ids = node && this.ids.get(node);
      if (!node || !ids) continue;
      kept.push(ref);
      if (node.isConnected) yield ids;
    }
    this.refs = kept;
  }

  get size(): number {
    let count = 0;
    for (const ref of this.refs) {
      const node = ref.deref();
      if (node && this.ids.has(node)) count++;
    }
    return count;
  }
}
