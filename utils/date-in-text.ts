/**
 * Whether a fact's sentence already states its own date, so the card can
 * drop a date label that would only repeat it ("On 23 September 2023 he
 * became…" needs no "23 Sep 2023" beside it). Facts are written in English.
 */

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function monthPattern(month: number): string {
  const name = MONTH_NAMES[month - 1]!;
  // "May" has no abbreviation; "Sept." and "Sep." both occur.
  return name === 'may' ? 'may' : `(?:${name}|${name.slice(0, 3)}t?\\.?)`;
}

/** True when the sentence names this partial date at its own precision: the year, the month and the day it gives. */
export function mentionsDate(text: string, value: string): boolean {
  const [year, month, day] = value.split('-');
  const lower = text.toLowerCase();
  if (!new RegExp(`(?<!\\d)${year}(?!\\d)`, 'u').test(lower)) return false;
  if (!month) return true;
  const monthRe = monthPattern(Number(month));
  if (!new RegExp(`\\b${monthRe}(?![a-z])`, 'u').test(lower)) return false;
  if (!day) return true;
  const d = String(Number(day));
  const dayMonth = new RegExp(`(?<!\\d)0?${d}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${monthRe}(?![a-z])`, 'u');
  const monthDay = new RegExp(`\\b${monthRe}\\s+0?${d}(?:st|nd|rd|th)?(?!\\d)`, 'u');
  return dayMonth.test(lower) || monthDay.test(lower);
}
