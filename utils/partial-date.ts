/**
 * Dates known to the year, the month or the day ("2002", "2022-07",
 * "2022-07-15"). A fact from an encyclopedia often has only a year; the card
 * must never show a day or month that is not known, and comparing a fact with
 * a story's date must respect what is not known ("2022" is neither before nor
 * after 10 March 2022).
 */

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** YYYY-MM-DD that names a real calendar day (2022-02-30 is rejected). */
export function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export function isPartialDate(value: string): boolean {
  const match = PARTIAL.exec(value);
  if (!match) return false;
  const [, , month, day] = match;
  if (day) return isCalendarDate(value);
  if (month) return Number(month) >= 1 && Number(month) <= 12;
  return true;
}

/** The first day the partial date may mean, as YYYY-MM-DD. */
export function startOf(value: string): string {
  const [year, month = '01', day = '01'] = value.split('-');
  return `${year}-${month}-${day}`;
}

/** The last day the partial date may mean, as YYYY-MM-DD. */
export function endOf(value: string): string {
  const [year, month, day] = value.split('-');
  if (day) return value;
  if (month) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return `${year}-${month}-${String(last).padStart(2, '0')}`;
  }
  return `${year}-12-31`;
}

/** Whether the partial date lies wholly before / wholly after a full day. */
export function isBefore(value: string, day: string): boolean {
  return endOf(value) < day;
}

export function isAfter(value: string, day: string): boolean {
  return startOf(value) > day;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * One date format for the whole card: "2002", "Jul 2022", "15 Jul 2022".
 * English uses its own table (Intl's en-GB now writes "Sept"); another
 * language's months come from Intl, at the same precision.
 */
export function formatPartial(value: string, locale?: string): string {
  const [year, month, day] = value.split('-');
  if (!month) return year!;
  if (locale && !/^en\b/i.test(locale)) {
    const date = new Date(`${startOf(value)}T12:00:00Z`);
    const options: Intl.DateTimeFormatOptions = day
      ? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
      : { month: 'short', year: 'numeric', timeZone: 'UTC' };
    try {
      return new Intl.DateTimeFormat(locale, options).format(date);
    } catch {
      // An unknown locale tag falls through to the English table.
    }
  }
  const name = MONTHS[Number(month) - 1]!;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** The same date known only to the month (or the year): never more precise than the value. */
export function toMonth(value: string): string {
  return value.slice(0, 7);
}

export function toYear(value: string): string {
  return value.slice(0, 4);
}

/**
 * A compact span for a state that ended, as the two ends to show: the years
 * when they differ ("2011", "2018"), else the months when both are known,
 * else the one year both share.
 */
export function compactRange(from: string, until: string): [string] | [string, string] {
  if (toYear(from) !== toYear(until)) return [toYear(from), toYear(until)];
  if (from.length >= 7 && until.length >= 7 && toMonth(from) !== toMonth(until)) return [toMonth(from), toMonth(until)];
  return [from.length >= 7 && until.length >= 7 ? toMonth(from) : toYear(from)];
}

/** Whole days from one full day (YYYY-MM-DD) to another; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const DAY_MS = 86_400_000;
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
