/**
 * Dates as pages write them in metadata: ISO 8601 with or without an offset,
 * compact ISO, Unix epoch seconds and milliseconds, RFC 2822, and the strings
 * that Unix `date`, Java's `Date.toString()` and JavaScript's
 * `Date.toString()` print. Pure: no DOM, no clock, no time zone of the reader.
 *
 * The day kept is the day as written. A timestamp with an offset is local
 * time in that offset, so `2022-03-10T23:30:00-05:00` is 10 March where the
 * story was published, though it is already 11 March in UTC: converting to
 * UTC or to the reader's zone would move a story to a day it was not
 * published on.
 */
import { formatDay, utcDay } from './day';
import { findWrittenDates } from './written';

export interface ParsedDate {
  /** The calendar day as written: local to the offset, or to the page when there is none. */
  date: string;
  /**
   * `utc`: stamped in UTC (`Z`, `+00:00`, `GMT`), which is often the server's
   * clock rather than the newsroom's. `offset`: local time with its offset.
   * `none`: a day, or a local time, with no zone.
   */
  zone: 'utc' | 'offset' | 'none';
  /** Minutes east of UTC, when the zone says it. */
  offsetMinutes?: number;
  /** Milliseconds since the epoch, when the time and its zone are both known. */
  instant?: number;
}

/** The first artificial satellite, Sputnik 1: no story about spaceflight, or with a usable date, is older. */
export const EARLIEST_DATE = '1957-10-04';

/**
 * Zone abbreviations that Unix `date` and Java print. Only the offset's sign
 * and size matter here (to tell UTC from local time); an unknown abbreviation
 * still gives the written day.
 */
const ZONE_ABBREVIATIONS: Record<string, number> = {
  UTC: 0,
  UT: 0,
  GMT: 0,
  Z: 0,
  WET: 0,
  BST: 60,
  CET: 60,
  CEST: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  IST: 330,
  JST: 540,
  KST: 540,
  AEST: 600,
  AEDT: 660,
  HST: -600,
  AKST: -540,
  AKDT: -480,
  PST: -480,
  PDT: -420,
  MST: -420,
  MDT: -360,
  CST: -360,
  CDT: -300,
  EST: -300,
  EDT: -240,
};

const MONTHS_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function englishMonth(name: string): number | undefined {
  const index = MONTHS_EN.indexOf(name.slice(0, 3).toLowerCase());
  return index === -1 ? undefined : index + 1;
}

/** `+03:00`, `+0300`, `+03`, `Z`, `GMT+0300`, `CET` → minutes east of UTC; undefined for an unknown name. */
function offsetOf(zone: string): number | undefined {
  const named = zone.toUpperCase();
  if (named in ZONE_ABBREVIATIONS) return ZONE_ABBREVIATIONS[named];
  const numeric = /^(?:GMT|UTC)?([+-])(\d{2}):?(\d{2})?$/i.exec(zone);
  if (!numeric) return undefined;
  const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
  if (minutes > 14 * 60) return undefined;
  return numeric[1] === '-' && minutes ? -minutes : minutes;
}

/**
 * A written day with its time and zone. `zone` is the zone text as written
 * (`Z`, `+03:00`, `CET`) or undefined when there is none.
 */
function dated(
  year: number,
  month: number,
  day: number,
  time?: { hour: number; minute: number; second: number },
  zone?: string,
): ParsedDate | undefined {
  const date = formatDay(year, month, day);
  if (!date) return undefined;
  if (time && (time.hour > 24 || time.minute > 59 || time.second > 60)) return undefined;
  if (zone === undefined) return { date, zone: 'none' };
  const offsetMinutes = offsetOf(zone);
  if (offsetMinutes === undefined) {
    // An offset no place has (+15:00) is a broken value; an unknown zone name is still local time as written.
    return /\d/.test(zone) ? undefined : { date, zone: 'offset' };
  }
  const parsed: ParsedDate = { date, zone: offsetMinutes === 0 ? 'utc' : 'offset', offsetMinutes };
  if (time) {
    parsed.instant = Date.UTC(year, month - 1, day, time.hour, time.minute, time.second) - offsetMinutes * 60_000;
  }
  return parsed;
}

const time = (h?: string, m?: string, s?: string) =>
  h === undefined ? undefined : { hour: Number(h), minute: Number(m ?? 0), second: Number(s ?? 0) };

/** `2022-03-10T14:05:00+03:00`, `2022-03-10T11:05Z`, `2022-03-10`, `2018-12-21 12:55:00`, `2018/06/18`. */
const ISO =
  /^(\d{4})([-/])(\d{2})\2(\d{2})(?:(?:T|\s+)(\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?(?![\d:])/i;
/** `20180619T055000+0900`, `20190806`, `20190806103251` (compact ISO, as the NYT and Nikkei write it). */
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{4})?$/i;
/** Unix epoch seconds (9–10 digits: 1973–2286) or milliseconds (12–13 digits). */
const EPOCH = /^(\d{9,10}|\d{12,13})$/;
/** RFC 2822: `Thu, 10 Mar 2022 14:05:00 +0300`, `10 Mar 2022 14:05 GMT`. */
const RFC_2822 =
  /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{4})(?:\s+(\d{2}):(\d{2})(?::(\d{2}))?(?:\s*([+-]\d{4}|[a-z]{1,5}))?)?$/i;
/** Unix `date` and Java: `Tue Jan 28 15:28:56 CET 2020`. */
const UNIX_DATE =
  /^(?:[a-z]{3},?\s+)?([a-z]{3})\s+(\d{1,2})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s+([a-z]{1,5}|[+-]\d{4})\s+(\d{4})$/i;
/** JavaScript's `Date.toString()`: `Tue Dec 13 2016 18:06:00 GMT+0000 (UTC)`. */
const JS_DATE =
  /^(?:[a-z]{3},?\s+)?([a-z]{3})\s+(\d{1,2})\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s+(GMT[+-]\d{4}|[a-z]{1,5})(?:\s+\(.*\))?$/i;

/** Longer than this, a value is prose rather than a date, and only a written date inside it is looked for. */
const MAX_VALUE_LENGTH = 80;

/**
 * Reads one date value from metadata (JSON-LD, a meta tag's content, a
 * `datetime` attribute). Falls back to a written date ("March 10, 2022",
 * "10. März 2022") for values that are short enough to be only a date.
 */
export function parseDateValue(raw: string): ParsedDate | undefined {
  const value = raw.trim();
  if (!value || value.length > 200) return undefined;

  let m = ISO.exec(value);
  if (m) return dated(+m[1]!, +m[3]!, +m[4]!, time(m[5], m[6], m[7]), m[8]);

  if (EPOCH.test(value)) {
    const instant = value.length <= 10 ? Number(value) * 1000 : Number(value);
    return { date: utcDay(instant), zone: 'utc', offsetMinutes: 0, instant };
  }

  m = COMPACT.exec(value);
  if (m) return dated(+m[1]!, +m[2]!, +m[3]!, time(m[4], m[5], m[6]), m[7]);

  m = RFC_2822.exec(value);
  if (m) {
    const month = englishMonth(m[2]!);
    if (month) return dated(+m[3]!, month, +m[1]!, time(m[4], m[5], m[6]), m[4] === undefined ? undefined : m[7]);
  }

  m = UNIX_DATE.exec(value);
  if (m) {
    const month = englishMonth(m[1]!);
    if (month) return dated(+m[7]!, month, +m[2]!, time(m[3], m[4], m[5]), m[6]);
  }

  m = JS_DATE.exec(value);
  if (m) {
    const month = englishMonth(m[1]!);
    if (month) return dated(+m[3]!, month, +m[2]!, time(m[4], m[5], m[6]), m[7]);
  }

  if (value.length <= MAX_VALUE_LENGTH) {
    const written = findWrittenDates(value)[0];
    if (written) return { date: written.date, zone: 'none' };
  }
  return undefined;
}
