/**
 * Highlights the mentions under a root: scan (read-only) → resolve (pure) →
 * wrap (mark.js, through the Highlighter). Keeps what was found so the popup
 * can list it and ambiguous names can lean on the rest of the page.
 */
import { resolveMention, type Matcher } from '@/utils/matcher';
import { Highlighter, type PlannedMention } from './highlighter';
import { ENTITY_ATTR, HIGHLIGHT_TAG, canTakeFocus, scanText } from './scope';

export interface EntityTopics {
  topicOf(entityId: string): string | undefined;
}

/**
 * Context words are looked up in at most this much page text: enough for any
 * article, and a page that streams text forever cannot grow it without end.
 */
const MAX_CONTEXT_CHARS = 500_000;

export class PageHighlights {
  private readonly highlighter = new Highlighter();
  /** Text of the page seen so far: context words for ambiguous names. */
  private pageText = '';
  private readonly named = new Set<string>();

  constructor(
    private readonly matcher: Matcher,
    private readonly topics: EntityTopics,
  ) {}

  /** Highlights every eligible mention under `root`; returns the new highlights. */
  highlightWithin(root: Node, { newText = true } = {}): HTMLElement[] {
    if (!this.matcher.size || !root.isConnected) return [];
    const scan = scanText(root, this.matcher.pattern);
    if (newText && this.pageText.length < MAX_CONTEXT_CHARS) {
      this.pageText = `${this.pageText} ${scan.text}`.slice(0, MAX_CONTEXT_CHARS);
    }
    const found = scan.candidates.map((node) => ({ node, mentions: this.matcher.findMentions(node.data) }));
    for (const { mentions } of found) {
      for (const mention of mentions) {
        const plain = mention.entries.find((entry) => !entry.ambiguous);
        if (plain) this.named.add(plain.entityId);
      }
    }
    const article = { namedEntities: this.named, text: this.pageText };
    const created: HTMLElement[] = [];
    for (const { node, mentions } of found) {
      const focusable = canTakeFocus(node);
      const planned: PlannedMention[] = [];
      for (const mention of mentions) {
        const entityId = resolveMention(mention, article);
        const topic = entityId && this.topics.topicOf(entityId);
        if (!entityId || !topic) continue;
        planned.push({ start: mention.start, length: mention.end - mention.start, entityId, topic, focusable });
      }
      created.push(...this.highlighter.wrap(node, planned));
    }
    return created;
  }

  /** The page rewrote a text node we had split: keep its text and highlight it afresh. */
  repair(node: Text): void {
    this.highlighter.release(node);
    if (node.isConnected) this.highlightWithin(node, { newText: false });
  }

  /** The page removed a text node we had split: take our pieces out with it. */
  forget(node: Text): void {
    this.highlighter.release(node);
  }

  isSplit(node: Node): node is Text {
    return this.highlighter.isSplit(node);
  }

  originOf(node: Node): Text | undefined {
    return this.highlighter.originOf(node);
  }

  /** Removes every highlight and gives the page its own text nodes back. */
  clear(): void {
    this.highlighter.restoreAll();
    this.pageText = '';
    this.named.clear();
  }

  /** Entity ids with the number of highlights of each, in order of first appearance. */
  found(doc: Document): Map<string, number> {
    const counts = new Map<string, number>();
    for (const element of doc.querySelectorAll(`${HIGHLIGHT_TAG}[${ENTITY_ATTR}]`)) {
      const id = element.getAttribute(ENTITY_ATTR)!;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }
}
