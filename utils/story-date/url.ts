/**
 * What a page's address says: the day in a dated path (`/2022/03/10/`,
 * `/2019/jan/03/`, `/2022-03-10/`), and whether the address is a front page
 * or a section rather than one story.
 */
import { formatDay } from './day';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `/2022/03/10/` or `/2019/jan/03/`: year, month (number or English abbreviation), day, each a whole segment. */
const SLASHED = /\/((?:19|20)\d{2})\/(\d{1,2}|[a-z]{3})\/(\d{1,2})(?=\/|$)/i;
/** `/2022-03-10/` or `/2022-03-10-rogozin-…`: a day at the start of a segment. */
const DASHED = /\/((?:19|20)\d{2})-(\d{2})-(\d{2})(?=[/_.-]|$)/;

function pathOf(url: string): string | undefined {
  try {
    return new URL(url).pathname;
  } catch {
    return undefined;
  }
}

/** The day written in the address's path, as written (`YYYY-MM-DD`), or undefined. */
export function urlPathDate(url: string): string | undefined {
  const path = pathOf(url);
  if (!path) return undefined;
  let m = SLASHED.exec(path);
  if (m) {
    const month = /^\d+$/.test(m[2]!) ? Number(m[2]) : MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
    const day = formatDay(Number(m[1]), month, Number(m[3]));
    if (day) return day;
  }
  m = DASHED.exec(path);
  return m ? formatDay(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** A section's name: a word, or two joined ("world", "tech-news", "us_canada"). */
const SECTION_SEGMENT = /^[\p{L}]+(?:[-_][\p{L}]+)?$/u;
/** Deeper than this, an address of plain words is a story's slug path, not a section. */
const MAX_SECTION_DEPTH = 2;

/**
 * The address is a front page (`/`, `/index.html`) or a section (`/es/`,
 * `/news/science/`): one or two segments of plain words, with no number, no
 * file extension and no slug of three or more words.
 */
export function isSectionUrl(url: string): boolean {
  const path = pathOf(url);
  if (path === undefined) return false;
  const segments = path.split('/').filter(Boolean);
  if (segments.length && /^(?:index|default|home)\.\w+$/i.test(segments.at(-1)!)) segments.pop();
  if (segments.length === 0) return true;
  return segments.length <= MAX_SECTION_DEPTH && segments.every((segment) => SECTION_SEGMENT.test(segment));
}
