/**
 * Scoring for the labelled evaluation set in tests/fixtures/eval: reading the
 * marked-up text, predicting mentions in a passage the way the content script
 * does, and precision, recall and F1 per language. Pure: pages are read by
 * scripts/eval.ts, which hands spans to the functions here.
 */
import { MentionContext, resolveAll, type Matcher } from '../../utils/matcher';

/** One mention: where it is, what it says, which entity it names. */
export interface Span {
  start: number;
  end: number;
  text: string;
  entityId: string;
  /** For pages: the index of the text node (in document order) the offsets are in. */
  node?: number;
}

/**
 * An expected mention is written `[[surface text|entity-id]]`: "the
 * [[ISS|iss]] orbits", "[[Roscosmos|roscosmos]]-Chef". The text between the
 * brackets is exactly what should be highlighted.
 */
const MARKER = /\[\[([^[\]|]+)\|([a-z0-9-]+)\]\]/g;

/** The plain text of a marked-up string, and the mentions its markers expect. */
export function parseMarked(marked: string): { text: string; spans: Span[] } {
  const spans: Span[] = [];
  let text = '';
  let last = 0;
  for (const match of marked.matchAll(MARKER)) {
    text += marked.slice(last, match.index);
    const surface = match[1]!;
    spans.push({ start: text.length, end: text.length + surface.length, text: surface, entityId: match[2]! });
    text += surface;
    last = match.index + match[0].length;
  }
  text += marked.slice(last);
  if (/\[\[|\]\]/.test(text)) throw new Error(`A marker is malformed in: ${marked.slice(0, 80)}…`);
  return { text, spans };
}

/** The mentions the content script would highlight in a passage read as one article. */
export function predictText(matcher: Matcher, text: string): Span[] {
  const context = new MentionContext(matcher);
  const at = context.append(text) ?? 0;
  return resolveAll(context, [{ mentions: matcher.findMentions(text), at }]).map(({ resolved }) => ({ ...resolved }));
}

export interface Counts {
  /** Expected and predicted: the same span, the same entity. */
  tp: number;
  /** Predicted, not expected (a wrong span or a wrong entity counts here). */
  fp: number;
  /** Expected, not predicted. */
  fn: number;
}

export interface Comparison extends Counts {
  missed: Span[];
  extra: Span[];
}

function spanKey(span: Span): string {
  return `${span.node ?? ''}:${span.start}:${span.end}:${span.entityId}`;
}

/** Exact matching: a mention counts only with the same span and the same entity. */
export function compare(expected: readonly Span[], predicted: readonly Span[]): Comparison {
  const wanted = new Map(expected.map((span) => [spanKey(span), span]));
  const got = new Map(predicted.map((span) => [spanKey(span), span]));
  const missed = [...wanted].filter(([key]) => !got.has(key)).map(([, span]) => span);
  const extra = [...got].filter(([key]) => !wanted.has(key)).map(([, span]) => span);
  return { tp: wanted.size - missed.length, fp: extra.length, fn: missed.length, missed, extra };
}

export interface Ratios {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision and recall of nothing are 1: no highlight on a trap page is perfect precision. */
export function ratios({ tp, fp, fn }: Counts): Ratios {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export interface EvalCase {
  id: string;
  lang: string;
  kind: 'passage' | 'page';
  /** For pages: one story, or a section, category or front page (as labelled, not as the scope read it). */
  pageType?: 'article' | 'listing';
  comparison: Comparison;
}

export interface Summary extends Counts, Ratios {
  label: string;
  cases: number;
}

function sum(label: string, cases: readonly EvalCase[]): Summary {
  const counts = cases.reduce<Counts>(
    (total, { comparison }) => ({
      tp: total.tp + comparison.tp,
      fp: total.fp + comparison.fp,
      fn: total.fn + comparison.fn,
    }),
    { tp: 0, fp: 0, fn: 0 },
  );
  return { label, cases: cases.length, ...counts, ...ratios(counts) };
}

/** One row per language, then one per kind (passages, pages), one per page type present, then overall. */
export function summarize(cases: readonly EvalCase[]): Summary[] {
  const languages = [...new Set(cases.map((item) => item.lang))].sort();
  return [
    ...languages.map((lang) =>
      sum(
        lang,
        cases.filter((item) => item.lang === lang),
      ),
    ),
    sum(
      'passages',
      cases.filter((item) => item.kind === 'passage'),
    ),
    sum(
      'pages',
      cases.filter((item) => item.kind === 'page'),
    ),
    ...(['article', 'listing'] as const)
      .filter((type) => cases.some((item) => item.pageType === type))
      .map((type) =>
        sum(
          `${type} pages`,
          cases.filter((item) => item.pageType === type),
        ),
      ),
    sum('overall', cases),
  ];
}

/** The summary as a fixed-width table. */
export function formatTable(rows: readonly Summary[]): string {
  const header = ['', 'cases', 'expected', 'found', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1'];
  const lines = rows.map((row) => [
    row.label,
    String(row.cases),
    String(row.tp + row.fn),
    String(row.tp + row.fp),
    String(row.tp),
    String(row.fp),
    String(row.fn),
    row.precision.toFixed(3),
    row.recall.toFixed(3),
    row.f1.toFixed(3),
  ]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...lines.map((line) => line[column]!.length)));
  const format = (cells: readonly string[]) =>
    cells.map((cell, column) => (column ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ');
  return [format(header), ...lines.map(format)].join('\n');
}
