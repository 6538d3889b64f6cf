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

/** One date format for the whole card: "2002", "Jul 2022", "15 Jul 2022". */
export function formatPartial(value: string): string {
  const [year, month, day] = value.split('-');
  if (!month) return year!;
  const name = MONTHS[Number(month) - 1]!;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}
