/**
 * Source titles are "Publisher: headline" (data/README.md). A card shows the
 * publisher and the start of the headline; the full title stays available
 * for the link's accessible name.
 */

/** Headlines are cut at a word boundary near this many characters, so a source fits on one short line. */
export const SHORT_TITLE_CHARS = 26;

export interface SourceTitle {
  publisher: string;
  /** The headline, cut short with "…" when long; absent when the title has no "Publisher: " part. */
  shortTitle?: string;
  /** The title as the dataset gives it. */
  full: string;
}

export function splitSourceTitle(title: string): SourceTitle {
  const full = title.trim();
  const colon = full.indexOf(': ');
  if (colon <= 0) return { publisher: full, full };
  const publisher = full.slice(0, colon).trim();
  const headline = full.slice(colon + 2).trim();
  return headline ? { publisher, shortTitle: shorten(headline, SHORT_TITLE_CHARS), full } : { publisher, full };
}

/** The text cut at the last word boundary before `max` characters, with "…"; unchanged when it fits. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  // A single long word is cut mid-word rather than dropped.
  const kept = space > max / 2 ? cut.slice(0, space) : cut;
  return `${kept.replace(/[\s,;:.–-]+$/u, '')}…`;
}
