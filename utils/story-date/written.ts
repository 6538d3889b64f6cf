/**
 * Dates written for people, in bylines and datelines: "March 10, 2022",
 * "Dec. 13, 2016", "10 March 2022", "6. November 2023", "15 августа 2016",
 * "21.dez.2018", "03.11.2023", "2018/6/19", "2012年12月10日", "2013년 10월 24일".
 * English, German, French, Spanish, Portuguese, Italian and Russian month
 * names. Slashed day/month orders (`8/9/2022`) are ambiguous between the US
 * and elsewhere and are not read.
 */
import { formatDay } from './day';
import type { DateKind } from './types';

/** Month names and abbreviations by month: English, German, French, Spanish, Portuguese, Italian, Russian. */
const MONTH_NAMES: readonly string[] = [
  'january jan januar jänner janvier janv enero ene janeiro gennaio gen января январь янв',
  'february feb febr februar février févr fevr febrero fevereiro fev febbraio февраля февраль фев',
  'march mar märz maerz mars marzo março marco марта март мар',
  'april apr avril avr abril abr aprile апреля апрель апр',
  'may mai mayo maio maggio mag мая май',
  'june jun juni juin junio junho giugno giu июня июнь июн',
  'july jul juli juillet juil julio julho luglio lug июля июль июл',
  'august aug août aout agosto ago августа август авг',
  'september sep sept septembre septiembre setiembre setembro set settembre сентября сентябрь сент сен',
  'october oct oktober okt octobre octubre outubro out ottobre ott октября октябрь окт',
  'november nov novembre noviembre novembro ноября ноябрь нояб ноя',
  'december dec dezember dez décembre déc decembre diciembre dic dezembro dicembre декабря декабрь дек',
];

const MONTH_BY_NAME = new Map<string, number>(
  MONTH_NAMES.flatMap((names, index) => names.split(' ').map((name) => [name, index + 1] as const)),
);

/** Longest names first, so "sept" wins over "sep" and "juillet" over "jul". */
const MONTH = `(${[...MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;
/** Not inside a word or a number. */
const START = String.raw`(?<![\p{L}\p{N}])`;
const END = String.raw`(?![\p{L}\p{N}])`;
const YEAR = String.raw`((?:19|20)\d{2})`;
const DAY = String.raw`(\d{1,2})`;

interface Form {
  pattern: RegExp;
  /** Year, month and day from a match. */
  read: (m: RegExpExecArray) => [number, number, number] | undefined;
}

const month = (name: string) => MONTH_BY_NAME.get(name.toLowerCase());

const FORMS: Form[] = [
  {
    // 10 March 2022 · 6. November 2023 · 3 May, 2022 · 21 de dezembro de 2018 · 21.dez.2018 · 18 NOV 2019
    pattern: new RegExp(
      `${START}${DAY}\\.?(?:\\s+|\\s*de\\s+|(?=[\\p{L}]))${MONTH}(?:\\s*,?\\s*|\\s+de\\s+|(?<=\\.))${YEAR}${END}`,
      'giu',
    ),
    read: (m) => [+m[3]!, month(m[2]!)!, +m[1]!],
  },
  {
    // March 10, 2022 · Dec. 13, 2016 · Nov 20 2019 · November 9th, 2023
    pattern: new RegExp(`${START}${MONTH}\\s+${DAY}(?:st|nd|rd|th)?,?\\s+${YEAR}${END}`, 'giu'),
    read: (m) => [+m[3]!, month(m[1]!)!, +m[2]!],
  },
  {
    // 2022-03-10 · 2018/6/19 · 2022.03.10 (year first: never ambiguous)
    pattern: new RegExp(`${START}${YEAR}([-/.])(\\d{1,2})\\2${DAY}(?!\\d|[-/.]\\d)`, 'gu'),
    read: (m) => [+m[1]!, +m[3]!, +m[4]!],
  },
  {
    // 03.11.2023 (day first with dots, as German, Russian, French pages write it)
    pattern: new RegExp(`${START}${DAY}\\.(\\d{1,2})\\.${YEAR}${END}`, 'gu'),
    read: (m) => [+m[3]!, +m[2]!, +m[1]!],
  },
  {
    // 2012年12月10日 · 2013년 10월 24일
    pattern: new RegExp(`${YEAR}\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*${DAY}\\s*[日일]`, 'gu'),
    read: (m) => [+m[1]!, +m[2]!, +m[3]!],
  },
];

export interface WrittenDate {
  date: string;
  /** Where in the text the date starts and ends. */
  start: number;
  end: number;
}

/** Every complete date (day, month and year) written in the text, in order. */
export function findWrittenDates(text: string): WrittenDate[] {
  const found: WrittenDate[] = [];
  for (const form of FORMS) {
    form.pattern.lastIndex = 0;
    for (let m = form.pattern.exec(text); m; m = form.pattern.exec(text)) {
      const parts = form.read(m);
      const date = parts && formatDay(...parts);
      if (date) found.push({ date, start: m.index, end: m.index + m[0].length });
    }
  }
  found.sort((a, b) => a.start - b.start);
  // One stretch of text is one date, whichever forms matched it.
  return found.filter((item, i) => i === 0 || item.start >= found[i - 1]!.end);
}

/** Labels that, just before a date, say it is when the story was changed rather than published. */
const UPDATED_LABEL =
  /updated|modified|edited|aktualisiert|geändert|stand:|mis à jour|actualizado|atualizado|aggiornato|обновлено|изменено|更新|수정/giu;
/** Labels that say a date is the publication ("Published: … Updated: … Published: …" is read label by label). */
const PUBLISHED_LABEL =
  /published|posted|veröffentlicht|publié|publicado|pubblicato|опубликовано|опубликован|입력|发布|發佈|公開/giu;
/** How far before a date its label ("Updated on:", "Mis à jour le") is looked for. */
const LABEL_REACH = 32;

function lastIndexOf(pattern: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(pattern)) last = m.index;
  return last;
}

export interface BylineDate {
  date: string;
  kind: DateKind;
}

/**
 * The dates in a byline's text, each marked published or modified by the
 * label just before it: "Posted: Nov 8, 2023 … Updated: Nov 9, 2023",
 * "04.05.2015 à 13h36 • Mis à jour le 05.05.2015".
 */
export function readBylineDates(text: string): BylineDate[] {
  return findWrittenDates(text).map(({ date, start }) => ({ date, kind: kindFromLabel(text.slice(0, start)) }));
}

/** Whether the text just before a date labels it as a change ("Updated:") rather than the publication. */
export function kindFromLabel(before: string): DateKind {
  const label = before.slice(-LABEL_REACH);
  return lastIndexOf(UPDATED_LABEL, label) > lastIndexOf(PUBLISHED_LABEL, label) ? 'modified' : 'published';
}
