import { describe, expect, it } from 'vitest';
import { parseDateValue } from '../../../utils/story-date';

const day = (value: string) => parseDateValue(value)?.date;

describe('parseDateValue: ISO 8601', () => {
  it('keeps the day written with an offset, where the story was published', () => {
    expect(parseDateValue('2022-03-10T14:05:00+03:00')).toEqual({
      date: '2022-03-10',
      zone: 'offset',
      offsetMinutes: 180,
      instant: Date.UTC(2022, 2, 10, 11, 5),
    });
  });

  it('does not move a late-evening story west of UTC to the next day', () => {
    // 04:30 UTC on 11 March, but 10 March in New York.
    expect(day('2022-03-10T23:30:00-05:00')).toBe('2022-03-10');
  });

  it('does not move an early-morning story east of UTC to the day before', () => {
    // 16:00 UTC on 10 March, but 11 March in Tokyo.
    expect(day('2022-03-11T01:00:00+09:00')).toBe('2022-03-11');
  });

  it('marks UTC stamps as UTC, in every way pages write them', () => {
    for (const value of [
      '2022-03-10T11:05Z',
      '2022-03-10T11:05:00+00:00',
      '2019-11-19T13:16:49+0000',
      '2022-03-10T11:05:00-00:00',
    ]) {
      expect(parseDateValue(value), value).toMatchObject({ date: value.slice(0, 10), zone: 'utc', offsetMinutes: 0 });
    }
  });

  it('reads a day with no time, and a local time with no offset, as written', () => {
    expect(parseDateValue('2022-03-10')).toEqual({ date: '2022-03-10', zone: 'none' });
    expect(parseDateValue('2018-12-21 12:55:00')).toEqual({ date: '2018-12-21', zone: 'none' });
    expect(parseDateValue('2023-10-27 03:00')).toEqual({ date: '2023-10-27', zone: 'none' });
  });

  it('reads fractions of seconds, offsets without a colon and surrounding spaces', () => {
    expect(parseDateValue('2020-05-16T09:00:40.509-04:00')).toMatchObject({ date: '2020-05-16', offsetMinutes: -240 });
    expect(parseDateValue(' 2020-01-29T11:51:58Z ')).toMatchObject({ date: '2020-01-29', zone: 'utc' });
    expect(parseDateValue('2019-01-03T02:00:02-0500')).toMatchObject({ date: '2019-01-03', offsetMinutes: -300 });
  });

  it('reads the day at the start of a value that goes on in words', () => {
    // Parse.ly's pub_date as Space.com wrote it.
    expect(day('2014-12-12 at 15:20:00PM EST')).toBe('2014-12-12');
  });

  it('reads slashed year-first dates', () => {
    expect(day('2018/06/18')).toBe('2018-06-18');
  });
});

describe('parseDateValue: other machine formats', () => {
  it('reads compact ISO', () => {
    expect(parseDateValue('20180619T055000+0900')).toEqual({
      date: '2018-06-19',
      zone: 'offset',
      offsetMinutes: 540,
      instant: Date.UTC(2018, 5, 18, 20, 50),
    });
    expect(day('20190806')).toBe('2019-08-06');
    expect(day('20190806103251')).toBe('2019-08-06');
  });

  it('reads Unix epoch seconds and milliseconds as UTC', () => {
    expect(parseDateValue('1646913900')).toMatchObject({ date: '2022-03-10', zone: 'utc' });
    expect(parseDateValue('1529283660000')).toMatchObject({
      date: '2018-06-18',
      zone: 'utc',
      instant: 1529283660000,
    });
  });

  it("reads Unix date's and Java's format with the zone's name", () => {
    expect(parseDateValue('Tue Jan 28 15:28:56 CET 2020')).toMatchObject({
      date: '2020-01-28',
      zone: 'offset',
      offsetMinutes: 60,
      instant: Date.UTC(2020, 0, 28, 14, 28, 56),
    });
    expect(parseDateValue('Thu Mar 10 23:30:00 EST 2022')).toMatchObject({ date: '2022-03-10', offsetMinutes: -300 });
  });

  it("reads JavaScript's Date.toString()", () => {
    expect(parseDateValue('Tue Dec 13 2016 18:06:00 GMT+0000 (UTC)')).toMatchObject({
      date: '2016-12-13',
      zone: 'utc',
    });
    expect(parseDateValue('Thu Mar 10 2022 23:30:00 GMT-0500 (Eastern Standard Time)')).toMatchObject({
      date: '2022-03-10',
      offsetMinutes: -300,
    });
  });

  it('reads RFC 2822', () => {
    expect(parseDateValue('Thu, 10 Mar 2022 23:30:00 -0500')).toMatchObject({
      date: '2022-03-10',
      offsetMinutes: -300,
    });
    expect(parseDateValue('10 Mar 2022 14:05 GMT')).toMatchObject({ date: '2022-03-10', zone: 'utc' });
    expect(parseDateValue('10 Mar 2022')).toEqual({ date: '2022-03-10', zone: 'none' });
  });

  it('keeps the written day when the zone name is unknown', () => {
    expect(parseDateValue('Tue Jan 28 15:28:56 XYZ 2020')).toEqual({ date: '2020-01-28', zone: 'offset' });
  });

  it('falls back to a date written in words when that is all the value is', () => {
    expect(day('March 10, 2022')).toBe('2022-03-10');
    expect(day('10. März 2022')).toBe('2022-03-10');
  });
});

describe('parseDateValue: not dates', () => {
  it.each([
    ['', 'empty'],
    ['not a date', 'words'],
    ['2022-02-30', 'no such day'],
    ['2022-13-01', 'no such month'],
    ['2022-03-10T25:00:00Z', 'no such hour'],
    ['2022-03-10T10:00:00+15:00', 'no such offset'],
    ['12345', 'a short number'],
    ['March 2022', 'a month without a day'],
    ['8/9/2022', 'day and month in an ambiguous order'],
  ])('%j (%s)', (value) => {
    expect(parseDateValue(value)).toBeUndefined();
  });

  it('does not look for a date in a long text', () => {
    expect(parseDateValue(`${'A long paragraph about orbits. '.repeat(4)} March 10, 2022`)).toBeUndefined();
  });
});
