/**
 * Labelled pages for the matcher evaluation that are not marked up in place:
 * listing pages that the end-to-end tests also serve as they are, and saved
 * news pages of the corpus (scripts/lib/corpus.ts), used where they lie. Each expected mention
 * is given as a short marked excerpt of one text node
 * (tests/fixtures/eval/listing-pages.json); this module finds each excerpt in
 * the page's text nodes and turns its markers into spans. Pure but for
 * reading the labels file.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CORPUS_DIR } from './corpus';
import { parseMarked, type Span } from './eval-score';

const ROOT = resolve(import.meta.dirname, '../..');
export const PAGE_LABELS_FILE = join(ROOT, 'tests/fixtures/eval/listing-pages.json');

export type PageType = 'article' | 'listing';

export interface PageLabel {
  /** A path inside the project. */
  fixture?: string;
  /** A path inside the corpus folder. */
  corpus?: string;
  /** What the page is, by reading it: one story, or a section, category or front page. */
  type: PageType;
  lang: string;
  note: string;
  /** Marked excerpts, each of one text node: `"Leak on the [[ISS|iss]] grows"`. */
  mentions: string[];
}

export function loadPageLabels(file = PAGE_LABELS_FILE): PageLabel[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { pages: PageLabel[] }).pages;
}

/** The page's file on disk. */
export function labelFile(label: PageLabel, corpusDir = CORPUS_DIR): string {
  return label.fixture ? join(ROOT, label.fixture) : join(corpusDir, label.corpus!);
}

/** The name reports show: the path inside the project or the corpus. */
export function labelName(label: PageLabel): string {
  return label.fixture ?? `corpus/${label.corpus}`;
}

/** A text with its whitespace runs collapsed to one space, and where each kept character was. */
function collapse(raw: string): { text: string; at: number[] } {
  let text = '';
  const at: number[] = [];
  for (let index = 0; index < raw.length; index++) {
    const space = /\s/.test(raw[index]!);
    if (space && text.endsWith(' ')) continue;
    text += space ? ' ' : raw[index];
    at.push(index);
  }
  return { text, at };
}

/**
 * The expected mentions of a page from its excerpts: each excerpt's text must
 * occur exactly once in the page's text nodes (`nodes`, in document order;
 * whitespace runs count as one space), or this throws, so a label never
 * silently points at the wrong place.
 */
export function locateMentions(nodes: readonly string[], excerpts: readonly string[]): Span[] {
  const texts = nodes.map(collapse);
  const spans: Span[] = [];
  const seen = new Set<string>();
  for (const excerpt of excerpts) {
    const { text, spans: marked } = parseMarked(excerpt);
    if (/\s{2}|[\n\t]/.test(text)) throw new Error(`Write the excerpt with single spaces: ${excerpt}`);
    const places: { node: number; from: number }[] = [];
    texts.forEach(({ text: nodeText }, node) => {
      for (let from = nodeText.indexOf(text); from !== -1; from = nodeText.indexOf(text, from + 1)) {
        places.push({ node, from });
      }
    });
    if (places.length !== 1) {
      throw new Error(`The excerpt occurs ${places.length} times in the page's text nodes, not once: ${excerpt}`);
    }
    const { node, from } = places[0]!;
    const { at } = texts[node]!;
    for (const span of marked) {
      const start = at[from + span.start]!;
      const end = at[from + span.end - 1]! + 1;
      const key = `${node}:${start}:${end}`;
      if (seen.has(key)) throw new Error(`Two excerpts mark the same mention: ${excerpt}`);
      seen.add(key);
      spans.push({ start, end, text: nodes[node]!.slice(start, end), entityId: span.entityId, node });
    }
  }
  return spans;
}
