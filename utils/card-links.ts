/**
 * The only addresses a card may link to: the https sources of the entity it
 * shows (facts, offices and the entity's own sources), as the dataset holds
 * them. The card checks a link against these when the reader activates it,
 * since the page can reach into the card's open shadow root and rewrite one.
 */
import { safeHref } from './safe-href';

interface SourceLike {
  url: string;
}

interface SourcedEntity {
  sources?: readonly SourceLike[];
  facts?: readonly { sources: readonly SourceLike[] }[];
  roles?: readonly { sources: readonly SourceLike[] }[];
}

export function cardLinkTargets(entity: SourcedEntity): Set<string> {
  const sources = [
    ...(entity.sources ?? []),
    ...(entity.facts ?? []).flatMap((fact) => fact.sources),
    ...(entity.roles ?? []).flatMap((role) => role.sources),
  ];
  const targets = new Set<string>();
  for (const { url } of sources) {
    const href = safeHref(url);
    // The form a link's `href` property reports, so the two compare as equal.
    if (href) targets.add(new URL(href).href);
  }
  return targets;
}

/** Whether a link's resolved address is one of the card's own. */
export function isCardLink(href: string, targets: ReadonlySet<string>): boolean {
  try {
    return targets.has(new URL(href).href);
  } catch {
    return false;
  }
}
