import { describe, expect, it } from 'vitest';
import { findWrittenDates, readBylineDates } from '../../../utils/story-date';

const dates = (text: string) => findWrittenDates(text).map((d) => d.date);

describe('findWrittenDates', () => {
  it.each([
    ['March 10, 2022', '2022-03-10'],
    ['Dec. 13, 2016, 12:31 PM UTC', '2016-12-13'],
    ['Published Wed, Nov 20 2019 4:29 AM EST', '2019-11-20'],
    ['Posted November 9th, 2023', '2023-11-09'],
    ['Sept. 2, 2016', '2016-09-02'],
    ['10 March 2022', '2022-03-10'],
    ['Thu 3 Jan 2019 02.00 EST', '2019-01-03'],
    ['3 May, 2022, 11:37 pm', '2022-05-03'],
    ['VICTOR TANGERMANN, FUTURISM 18 NOV 2019', '2019-11-18'],
  ])('English: %j', (text, date) => {
    expect(dates(text)).toEqual([date]);
  });

  it.each([
    ['6. November 2023 | 3 Kommentare', '2023-11-06'],
    ['10. März 2022', '2022-03-10'],
    ['Christian Kahle, 03.11.2023 15:32 Uhr', '2023-11-03'],
    ['15 августа 2016, 13:43', '2016-08-15'],
    ['Текст: Венера Ерофеева · 24 сентября 2018', '2018-09-24'],
    ['Le Monde | 10 mars 2022', '2022-03-10'],
    ['Publié le 4 juillet 2015', '2015-07-04'],
    ['21.dez.2018 às 12h55', '2018-12-21'],
    ['21 de dezembro de 2018', '2018-12-21'],
    ['10 de marzo de 2022', '2022-03-10'],
    ['10 marzo 2022', '2022-03-10'],
  ])('other languages: %j', (text, date) => {
    expect(dates(text)).toEqual([date]);
  });

  it.each([
    ['更新时间 2012年12月10日, 格林尼治标准时间10:41', '2012-12-10'],
    ['2018年6月18日 10:01', '2018-06-18'],
    ['기사입력 2013-10-24 03:00:00', '2013-10-24'],
    ['2013년 10월 24일', '2013-10-24'],
    ['（1/3ページ） 2018/6/19 5:50', '2018-06-19'],
    ['By Mike Wall 2019-11-18T20:51:19Z', '2019-11-18'],
  ])('numbers, year first: %j', (text, date) => {
    expect(dates(text)).toEqual([date]);
  });

  it('finds every date in order, each stretch once', () => {
    expect(dates('Posted: Nov 8, 2023 / 04:43 PM CST Updated: Nov 9, 2023 / 08:00 AM CST')).toEqual([
      '2023-11-08',
      '2023-11-09',
    ]);
    expect(findWrittenDates('on 10 March 2022.')).toEqual([{ date: '2022-03-10', start: 3, end: 16 }]);
  });

  it.each([
    ['8/9/2022', 'US or European order cannot be told'],
    ['March 2022', 'no day'],
    ['In 2022, NASA said', 'a year alone'],
    ['31 February 2022', 'no such day'],
    ['Apollo 11 1969', 'a number and a year'],
    ['version 2022.3.10.4', 'a version number'],
    ['05.10.18', 'a two-digit year'],
    ['ISS 10 Marchesi 2022', 'a word that starts like a month'],
  ])('does not read %j (%s)', (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('readBylineDates', () => {
  it('tells the publication from the last change by their labels', () => {
    expect(readBylineDates('Posted: Nov 8, 2023 / 04:43 PM CST Updated: Nov 9, 2023')).toEqual([
      { date: '2023-11-08', kind: 'published' },
      { date: '2023-11-09', kind: 'modified' },
    ]);
    expect(readBylineDates('Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13')).toEqual([
      { date: '2015-05-04', kind: 'published' },
      { date: '2015-05-05', kind: 'modified' },
    ]);
  });

  it('reads a label a few words before its date', () => {
    expect(readBylineDates('Updated 2010 GMT (0410 HKT) March 14, 2021')).toEqual([
      { date: '2021-03-14', kind: 'modified' },
    ]);
    expect(readBylineDates('Aktualisiert am 28.01.2020 - 15:49')).toEqual([{ date: '2020-01-28', kind: 'modified' }]);
    expect(readBylineDates('Stand: 10.03.2022 14:05 Uhr')).toEqual([{ date: '2022-03-10', kind: 'modified' }]);
    expect(readBylineDates('更新时间 2012年12月10日')).toEqual([{ date: '2012-12-10', kind: 'modified' }]);
  });

  it('takes the label nearest the date when both come before it', () => {
    expect(readBylineDates('Updated: Nov 9, 2023 Published: Nov 8, 2023')).toEqual([
      { date: '2023-11-09', kind: 'modified' },
      { date: '2023-11-08', kind: 'published' },
    ]);
  });

  it('counts an unlabelled date as the publication', () => {
    expect(readBylineDates('By a staff writer · 12 June 2026')).toEqual([{ date: '2026-06-12', kind: 'published' }]);
  });
});
