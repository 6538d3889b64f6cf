/**
 * The plan of a highlighting pass: which of the mentions the decider found in
 * the scanned text nodes get a highlight, and with which topic. Reads the DOM
 * (where a node stands: a headline, a link, a listing page) but writes nothing.
 */
import type { DecidedMention } from '@/utils/matcher/session';
import type { PlannedMention } from './highlighter';
import { canTakeFocus } from './scope';
import { scopeFor } from './article';

export interface EntityTopics {
  topicOf(entityId: string): string | undefined;
}

export interface Scanned {
  node: Text;
  /** The node's text when scanned: if the page changed it since, the plan is stale. */
  data: string;
}

export interface Planned {
  node: Text;
  data: string;
  mentions: PlannedMention[];
}

export interface PlanOptions {
  topics: EntityTopics;
  /** Mark only the first mention of each entity. */
  firstMentionOnly: boolean;
  /** The entity has a live highlight already: first-mention mode marks none of its mentions. */
  marked(entityId: string): boolean;
  /** The entities of every valid mention in a node, marked or not: what the popup counts. */
  found(node: Text, entityIds: string[]): void;
}

/**
 * Which decided mentions get a highlight. First-mention mode keeps one per
 * entity: its first mention in the story's body text, where a reader meets
 * it in a sentence (not in the headline, and not inside a link, where our
 * highlight cannot be a tab stop of its own), else its first mention.
 */
export function planHighlights(
  scanned: readonly Scanned[],
  decided: readonly (readonly DecidedMention[])[],
  options: PlanOptions,
): Planned[] {
  const chosen = options.firstMentionOnly ? firstMentions(scanned, decided, options.marked) : undefined;
  const plan: Planned[] = [];
  scanned.forEach(({ node, data }, index) => {
    const found = decided[index]!;
    if (!found.length) return;
    const focusable = canTakeFocus(node);
    const resolved: string[] = [];
    const planned: PlannedMention[] = [];
    found.forEach(([start, end, entityId], at) => {
      const topic = options.topics.topicOf(entityId);
      if (!topic || start < 0 || end > data.length || start >= end) return;
      resolved.push(entityId);
      if (chosen && chosen.get(entityId) !== `${index}:${at}`) return;
      planned.push({ start, length: end - start, entityId, topic, focusable });
    });
    if (resolved.length) options.found(node, resolved);
    if (planned.length) plan.push({ node, data, mentions: planned });
  });
  return plan;
}

/** Entity → the mention ("text index:mention index") first-mention mode marks, for entities not marked yet. */
function firstMentions(
  scanned: readonly Scanned[],
  decided: readonly (readonly DecidedMention[])[],
  marked: (entityId: string) => boolean,
): Map<string, string> {
  const first = new Map<string, string>();
  const inBody = new Set<string>();
  // On a listing page the headlines are the content: a name's first headline is where it is met.
  const start = scanned[0]?.node.parentElement;
  const listing = start ? scopeFor(start)?.kind === 'listing' : false;
  scanned.forEach(({ node }, index) => {
    const found = decided[index]!;
    if (!found.length) return;
    const prime = isBodyText(node, listing);
    found.forEach(([, , entityId], at) => {
      if (marked(entityId) || inBody.has(entityId)) return;
      if (!first.has(entityId) || prime) first.set(entityId, `${index}:${at}`);
      if (prime) inBody.add(entityId);
    });
  });
  return first;
}

/** Headlines, standfirsts and captions: a name there is met again in the story's sentences. */
const NOT_BODY = [
  'h1, h2, h3, h4, h5, h6, header, figcaption, [itemprop="headline"], [itemprop="description"]',
  ...['headline', 'dek', 'standfirst', 'subtitle', 'subhead', 'strapline', 'kicker'].map(
    (name) => `[class*="${name}" i]`,
  ),
].join(', ');

/**
 * Whether a text node is in the story's running text (on a listing page, its
 * headlines count too), and not in a link (where a highlight is no tab stop).
 */
function isBodyText(node: Text, listing: boolean): boolean {
  const parent = node.parentElement;
  return parent != null && canTakeFocus(node) && (listing || parent.closest(NOT_BODY) === null);
}
