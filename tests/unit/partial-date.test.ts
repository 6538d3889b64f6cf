import { describe, expect, it } from 'vitest';
import {
  compactRange,
  daysBetween,
  endOf,
  formatPartial,
  isAfter,
  isBefore,
  isPartialDate,
  startOf,
  toMonth,
  toYear,
} from '../../utils/partial-date';

describe('partial dates', () => {
  it.each(['2002', '2022-07', '2022-07-15', '2024-02-29'])('accepts %s', (value) => {
    expect(isPartialDate(value)).toBe(true);
  });

  it.each(['02', '2022-13', '2022-00', '2022-02-30', '2023-02-29', '2022-7-1', '2022-07-15T00:00'])(
    'refuses %s',
    (value) => {
      expect(isPartialDate(value)).toBe(false);
    },
  );

  it('spans the days it may mean', () => {
    expect([startOf('2002'), endOf('2002')]).toEqual(['2002-01-01', '2002-12-31']);
    expect([startOf('2024-02'), endOf('2024-02')]).toEqual(['2024-02-01', '2024-02-29']);
    expect([startOf('2022-07-15'), endOf('2022-07-15')]).toEqual(['2022-07-15', '2022-07-15']);
  });

  it('is neither before nor after a day it may contain', () => {
    expect(isBefore('2022', '2022-03-10')).toBe(false);
    expect(isAfter('2022', '2022-03-10')).toBe(false);
    expect(isAfter('2022-07', '2022-03-10')).toBe(true);
    expect(isBefore('2022-02', '2022-03-10')).toBe(true);
    expect(isAfter('2022-03-10', '2022-03-10')).toBe(false);
  });

  it('never shows a day or month that is not known', () => {
    expect(formatPartial('2002')).toBe('2002');
    expect(formatPartial('2022-07')).toBe('Jul 2022');
    expect(formatPartial('2022-07-05')).toBe('5 Jul 2022');
  });

  it('formats months in another language at the same precision', () => {
    expect(formatPartial('2002', 'de')).toBe('2002');
    expect(formatPartial('2022-07', 'de')).toMatch(/^Juli? 2022$/);
    expect(formatPartial('2022-07-15', 'de')).toMatch(/^15\. Juli? 2022$/);
    expect(formatPartial('2022-07-15', 'en-GB')).toBe('15 Jul 2022');
    expect(formatPartial('2022-09-15', 'en')).toBe('15 Sep 2022');
    expect(formatPartial('2022-07', 'not a locale tag!')).toBe('Jul 2022');
  });

  it('coarsens, never refines', () => {
    expect([toMonth('2022-07-15'), toMonth('2022-07'), toMonth('2022')]).toEqual(['2022-07', '2022-07', '2022']);
    expect(toYear('2022-07-15')).toBe('2022');
    expect(compactRange('2011-12-23', '2018-05-18')).toEqual(['2011', '2018']);
    expect(compactRange('2020-02-01', '2020-09')).toEqual(['2020-02', '2020-09']);
    expect(compactRange('2020-02-01', '2020-02-20')).toEqual(['2020-02']);
    expect(compactRange('2020', '2020-09')).toEqual(['2020']);
  });

  it('counts days between full dates', () => {
    expect(daysBetween('2022-03-10', '2022-07-15')).toBe(127);
    expect(daysBetween('2022-07-15', '2022-03-10')).toBe(-127);
  });
});
