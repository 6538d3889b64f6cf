/**
 * The story-date evaluation: every page labelled in tests/fixtures/dates/labels.json
 * (the saved news pages of the shared corpus, used where they lie, and the
 * project's fixture pages) parsed with jsdom, its scripts not run, read with
 * the content script's readStoryDate, and compared with its label. Shared by
 * `npm run eval -- --set dates` and the unit test that runs the set.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { readStoryDate } from '../../entrypoints/content/story-date';
import type { StoryDate } from '../../utils/story-date';
import { CORPUS_DIR, corpusPresent, readCorpusIndex } from './corpus';

const ROOT = resolve(import.meta.dirname, '../..');
export const LABELS_FILE = join(ROOT, 'tests/fixtures/dates/labels.json');

/** The bar: at least this share of dated pages read right, and not one wrong date. */
export const TARGET_CORRECT = 0.95;

export interface DateLabel {
  /** A path inside the corpus folder. */
  corpus?: string;
  /** A path inside the project. */
  fixture?: string;
  /** `YYYY-MM-DD`, or null: no date on the page, or not one story. */
  date: string | null;
  /** Another day the page itself gives for the same moment (a UTC stamp past midnight). */
  alsoAccept?: string[];
  note: string;
}

interface LabelsFile {
  corpus: DateLabel[];
  fixtures: DateLabel[];
}

export function loadDateLabels(): LabelsFile {
  return JSON.parse(readFileSync(LABELS_FILE, 'utf8')) as LabelsFile;
}

/** Canonical URLs by corpus path, from the corpus index (empty for pages saved without one). */
function corpusUrls(dir = CORPUS_DIR): Map<string, string> {
  return new Map((readCorpusIndex(dir) ?? []).map((row) => [row.file!, row.canonical_url ?? '']));
}

export type Outcome = 'correct' | 'correct-other-day' | 'wrong' | 'abstained' | 'correctly-none' | 'false-date';

export interface DateResult {
  label: DateLabel;
  /** The path shown in reports. */
  page: string;
  url: string;
  found: StoryDate | undefined;
  outcome: Outcome;
}

export function judge(label: DateLabel, found: StoryDate | undefined): Outcome {
  if (label.date === null) return found ? 'false-date' : 'correctly-none';
  if (!found) return 'abstained';
  if (found.date === label.date) return 'correct';
  return label.alsoAccept?.includes(found.date) ? 'correct-other-day' : 'wrong';
}

/**
 * Comments, and the source of scripts (except JSON-LD) and style sheets: text
 * the reader never looks at, and most of a saved news page's bytes. The
 * tokens are read left to right as the HTML parser would, so a "<script" in a
 * comment or a "-->" in a script stays where it is.
 */
const INERT = /<!--[\s\S]*?-->|(<script\b[^>]*>)[\s\S]*?(<\/script\s*>)|(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi;

/**
 * A page's HTML without the text the reader never reads: its scripts' source
 * (JSON-LD stays) and its style sheets, most of a saved news page's bytes.
 */
export function withoutInertText(html: string): string {
  return html.replace(
    INERT,
    (match, scriptOpen?: string, scriptClose?: string, styleOpen?: string, styleClose?: string) => {
      if (scriptOpen) return /ld\+json/i.test(scriptOpen) ? match : `${scriptOpen}${scriptClose}`;
      return styleOpen ? `${styleOpen}${styleClose}` : '';
    },
  );
}

/** The page's text in the charset its head declares (the corpus holds UTF-8 and ISO-8859-1 pages). */
export function decode(bytes: Buffer): string {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const charset = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  const latin = charset && /^(iso-8859-1|latin1|windows-1252)$/.test(charset);
  return bytes.toString(latin ? 'latin1' : 'utf8');
}

export interface ReadOptions {
  /** The reader's "now", for dates in the future. */
  now?: Date;
  /**
   * `jsdom` (the default): the whole page, as bytes, jsdom finding the
   * charset. `linkedom`: the page without its inert text, in linkedom, ten
   * times faster, for the unit test that runs the whole set (the test checks
   * that both give the same dates on the fixture pages).
   */
  dom?: 'jsdom' | 'linkedom';
}

/** Reads one page as the content script would; the page's scripts do not run. */
export function readPageDate(file: string, url: string, options: ReadOptions = {}): StoryDate | undefined {
  const bytes = readFileSync(file);
  if (options.dom === 'linkedom') {
    const { document } = parseHTML(withoutInertText(decode(bytes)));
    return readStoryDate(document as unknown as Document, url, options.now);
  }
  // A silent console: the pages' style sheets that jsdom cannot parse are not our concern.
  const dom = new JSDOM(bytes, { virtualConsole: new VirtualConsole() });
  try {
    return readStoryDate(dom.window.document, url, options.now);
  } finally {
    dom.window.close();
  }
}

/** A labelled page: where its file is, the name reports show, and the address the reader is given. */
export interface LabelledPage {
  label: DateLabel;
  file: string;
  page: string;
  url: string;
}

/**
 * Every labelled page: the corpus pages (when asked for), then the fixture
 * pages. A corpus page is read at its canonical URL; one saved without a URL,
 * and every fixture page, at http://127.0.0.1/<path>.
 */
export function labelledPages(corpus: boolean): LabelledPage[] {
  const labels = loadDateLabels();
  const pages: LabelledPage[] = [];
  if (corpus) {
    const urls = corpusUrls();
    for (const label of labels.corpus) {
      const page = label.corpus!;
      const url = urls.get(page) || `http://127.0.0.1/corpus/${page}`;
      pages.push({ label, file: join(CORPUS_DIR, page), page, url });
    }
  }
  for (const label of labels.fixtures) {
    const page = label.fixture!;
    pages.push({
      label,
      file: join(ROOT, page),
      page,
      url: `http://127.0.0.1/${page.slice('tests/fixtures/'.length)}`,
    });
  }
  return pages;
}

export function evaluatePage(entry: LabelledPage, options: ReadOptions = {}): DateResult {
  const found = readPageDate(entry.file, entry.url, options);
  return { label: entry.label, page: entry.page, url: entry.url, found, outcome: judge(entry.label, found) };
}

/** Every labelled page's result: the fixture pages always, the corpus pages when the corpus is there. */
export function evaluateDates(options: ReadOptions & { corpus?: boolean } = {}): DateResult[] {
  return labelledPages(options.corpus ?? corpusPresent()).map((entry) => evaluatePage(entry, options));
}

export interface DateTotals {
  pages: number;
  dated: number;
  correct: number;
  correctOtherDay: number;
  wrong: number;
  abstained: number;
  correctlyNone: number;
  falseDate: number;
  /** Share of dated pages read right (either day a page gives). */
  correctShare: number;
}

export function totalDates(results: readonly DateResult[]): DateTotals {
  const count = (outcome: Outcome) => results.filter((r) => r.outcome === outcome).length;
  const dated = results.filter((r) => r.label.date !== null).length;
  const correct = count('correct');
  const correctOtherDay = count('correct-other-day');
  return {
    pages: results.length,
    dated,
    correct,
    correctOtherDay,
    wrong: count('wrong'),
    abstained: count('abstained'),
    correctlyNone: count('correctly-none'),
    falseDate: count('false-date'),
    correctShare: dated ? (correct + correctOtherDay) / dated : 1,
  };
}

export function meetsDateTarget(totals: DateTotals): boolean {
  return totals.wrong === 0 && totals.falseDate === 0 && totals.correctShare >= TARGET_CORRECT;
}

export function formatTotals(t: DateTotals): string {
  return (
    `${t.pages} pages, ${t.dated} with a date: correct ${t.correct + t.correctOtherDay}/${t.dated} ` +
    `(${(t.correctShare * 100).toFixed(1)}%; ${t.correctOtherDay} on the other day the page gives), ` +
    `wrong ${t.wrong}, abstained ${t.abstained}; ` +
    `${t.pages - t.dated} without: correctly none ${t.correctlyNone}, false date ${t.falseDate}`
  );
}
