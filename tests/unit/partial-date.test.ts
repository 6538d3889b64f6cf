import { describe, expect, it } from 'vitest';
import { endOf, formatPartial, isAfter, isBefore, isPartialDate, startOf } from '../../utils/partial-date';

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
});
