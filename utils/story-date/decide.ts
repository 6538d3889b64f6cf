/**
 * From the dates found on a page to the story's date, or to none. A wrong
 * date misleads the reader worse than no date ("since this story" would list
 * changes that came before it, or hide ones that came after), so the rules
 * abstain whenever the page is unsure: sources that disagree, a date in the
 * future or before spaceflight, a page that is a list of stories, a page that
 * only says when it was last changed.
 */
import { daysBetween, utcDay } from './day';
import { EARLIEST_DATE, parseDateValue, type ParsedDate } from './parse';
import { SOURCE_TRUST, type DateCandidate, type PageSignals, type StoryDate } from './types';
import { isSectionUrl, urlPathDate } from './url';

/**
 * Published dates on one page may differ by this many days and still be one
 * story's date: one instant is two calendar days in two zones (metadata in
 * UTC, the byline in local time), and a story filed late may be stamped the
 * next morning. A wider gap means one of the dates is about something else
 * (a republished story, a teaser's date, a first draft), and the page cannot
 * be trusted to say which.
 */
export const MAX_SPREAD_DAYS = 3;
/**
 * A date up to this many days after today's UTC date is not in the future:
 * it is already that day in zones east of UTC (up to UTC+14).
 */
export const FUTURE_SLACK_DAYS = 1;
/**
 * This many `<article>` elements each carrying a date, with no article-level
 * date for the page, make a front page or a section: the dates are the
 * teasers', and none of them is the page's.
 */
export const MIN_DATED_TEASERS = 3;
/**
 * A page changed more than this long after it was published is kept up to
 * date: an encyclopedia article (MediaWiki writes its first revision as
 * datePublished and its latest as dateModified), a guide, a story rewritten
 * later. What it says now is not what it said when it came out, so neither
 * day is the story's.
 */
export const LIVING_PAGE_DAYS = 365;
/**
 * Two timestamps this close are one moment written twice (in UTC and in
 * local time); the local one tells the zone the newsroom is in.
 */
const SAME_MOMENT_MS = 12 * 3_600_000;
/** The widest offsets in use, for checking that a UTC time can be a neighbouring local day. */
const WEST_MOST_MS = 12 * 3_600_000;
const EAST_MOST_MS = 14 * 3_600_000;

interface Found {
  candidate: DateCandidate;
  parsed: ParsedDate;
  trust: number;
}

function parseCandidate(candidate: DateCandidate): ParsedDate | undefined {
  if (candidate.source === 'url') {
    const date = urlPathDate(candidate.value);
    return date ? { date, zone: 'none' } : undefined;
  }
  return parseDateValue(candidate.value);
}

/**
 * The page is a front page, a section or a list of stories rather than one
 * story: its dates, if any, are not a story's date.
 */
export function isListingPage(signals: PageSignals, candidates: readonly DateCandidate[]): boolean {
  const articleDate =
    signals.jsonLdArticle ||
    candidates.some((c) => c.kind === 'published' && (c.source === 'json-ld' || c.source === 'meta-published-time'));
  if (isSectionUrl(signals.url) && !signals.jsonLdArticle) return true;
  if (signals.ogType === 'website' && !articleDate) return true;
  if (signals.jsonLdListing && !signals.jsonLdArticle) return true;
  return signals.datedTeasers >= MIN_DATED_TEASERS && !articleDate;
}

/**
 * The day of a UTC timestamp where the story was published. Metadata is
 * often stamped in UTC by the server while the byline shows the newsroom's
 * day: 04:50 UTC on 19 November is the evening of 18 November in New York.
 * When the page gives the same moment with a local offset, or its other
 * sources (not the address) agree on the neighbouring day, that is the day.
 */
function localDay(top: Found, published: readonly Found[]): { date: string; from: Found } {
  const instant = top.parsed.instant;
  if (top.parsed.zone !== 'utc' || instant === undefined) return { date: top.parsed.date, from: top };
  const sameMoment = published.find(
    (f) =>
      f.parsed.zone === 'offset' &&
      f.parsed.offsetMinutes !== undefined &&
      f.parsed.instant !== undefined &&
      Math.abs(f.parsed.instant - instant) <= SAME_MOMENT_MS,
  );
  if (sameMoment) return { date: utcDay(instant + sameMoment.parsed.offsetMinutes! * 60_000), from: top };
  const localDays = published.filter((f) => f.parsed.zone === 'none' && f.candidate.source !== 'url');
  const day = localDays[0]?.parsed.date;
  if (
    day &&
    day !== top.parsed.date &&
    localDays.every((f) => f.parsed.date === day) &&
    (day === utcDay(instant - WEST_MOST_MS) || day === utcDay(instant + EAST_MOST_MS))
  ) {
    return { date: day, from: localDays[0]! };
  }
  return { date: top.parsed.date, from: top };
}

/**
 * The story's date from the candidates found on a page, or undefined when
 * the page does not say it clearly. `now` is injectable for tests.
 */
export function decideStoryDate(
  candidates: readonly DateCandidate[],
  signals: PageSignals,
  now: Date = new Date(),
): StoryDate | undefined {
  if (isListingPage(signals, candidates)) return undefined;
  const latest = utcDay(now.getTime() + FUTURE_SLACK_DAYS * 86_400_000);
  const found: Found[] = [];
  for (const candidate of candidates) {
    const parsed = parseCandidate(candidate);
    if (!parsed || parsed.date < EARLIEST_DATE || parsed.date > latest) continue;
    found.push({ candidate, parsed, trust: SOURCE_TRUST.indexOf(candidate.source) });
  }
  // Stable: among equally trusted dates, the first on the page wins.
  const published = found.filter((f) => f.candidate.kind === 'published').sort((a, b) => a.trust - b.trust);
  // A page that only says when it was last changed does not say when the story was written.
  if (!published.length) return undefined;
  const days = published.map((f) => f.parsed.date).sort();
  const earliest = days[0]!;
  if (daysBetween(earliest, days.at(-1)!) > MAX_SPREAD_DAYS) return undefined;
  const modified = found.filter((f) => f.candidate.kind === 'modified');
  // Changed long before it was published: one of the two is wrong.
  if (modified.some((f) => daysBetween(f.parsed.date, earliest) > MAX_SPREAD_DAYS)) return undefined;
  if (modified.some((f) => daysBetween(earliest, f.parsed.date) > LIVING_PAGE_DAYS)) return undefined;
  const { date, from } = localDay(published[0]!, published);
  return { date, source: from.candidate.source };
}
