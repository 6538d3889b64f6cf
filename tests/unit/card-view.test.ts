import { describe, expect, it } from 'vitest';
import {
  cardView,
  factLabel,
  firstView,
  nextCandidate,
  titleWithin,
  type CardLine,
  type CardView,
} from '../../utils/card-view';
import type { CardEntity } from '../../utils/messages';
import {
  BAKANOV,
  DEPUTY_PM,
  DISMISSED,
  KELLY,
  NATO,
  ROGOZIN,
  ROSCOSMOS,
  SENATOR,
  TODAY,
  TRAMPOLINE,
  fact,
} from '../fixtures/card-entities';

/** What a line says, as text the tests can compare. */
function said(line: CardLine): string {
  const text = line.text;
  if (text.kind === 'fact') return text.text;
  return `${text.kind}: ${text.holder ? `${text.holder} / ` : ''}${text.title}`;
}

const texts = (lines: CardLine[]) => lines.map(said);
const allFacts = (view: CardView) => [...view.lead, ...view.more];
const allChanges = (view: CardView) => view.changes.map(said);

describe('the card placed against a story date between its facts (Rogozin, 10 Mar 2022)', () => {
  const view = cardView(ROGOZIN, { storyDate: '2022-03-10', today: TODAY });

  it('says what he was when the story was written, to the month', () => {
    expect(view.storyDate).toBe('2022-03-10');
    expect(view.atTheTime).toEqual([{ title: 'Head of Roscosmos', from: '2018-05' }]);
  });

  it('keeps the facts up to the story, with "March 2022" counted as at the story', () => {
    expect(texts(allFacts(view)).sort()).toEqual([KELLY, TRAMPOLINE, DEPUTY_PM, NATO].map((f) => f.text).sort());
  });

  it('lists what changed since, newest first, with his dismissal told once (by its fact, not a role line too)', () => {
    expect(allChanges(view)).toEqual([SENATOR.text, DISMISSED.text]);
  });

  it('shows the dismissal first: a change to the office he held outranks newer news', () => {
    expect(view.candidates[0]).toMatchObject({ list: 'since', always: true });
    expect(said(view.candidates[0]!.line)).toBe(DISMISSED.text);
    // Both fit the text budget here, and the section reads newest first.
    expect(texts(view.since)).toEqual([SENATOR.text, DISMISSED.text]);
  });

  it('ranks the fact closest to the story first', () => {
    expect(said(view.facts[0]!)).toBe(KELLY.text);
  });
});

describe('a story date before every fact (1 Jan 2005)', () => {
  const view = cardView(ROGOZIN, { storyDate: '2005-01-01', today: TODAY });

  it('claims no office and no fact up to the story', () => {
    expect(view.atTheTime).toEqual([]);
    expect(view.facts).toEqual([]);
    expect(view.lead).toEqual([]);
  });

  it('puts everything after it, newest first, with office changes no fact of that day tells', () => {
    expect(allChanges(view)).toEqual([
      SENATOR.text,
      DISMISSED.text,
      KELLY.text,
      // Head of Roscosmos from 24 May 2018: no fact of that day.
      'role-began: Head of Roscosmos',
      // Left the deputy prime minister's post on 18 May 2018: the state fact is dated from 2011.
      'role-ended: Deputy Prime Minister',
      TRAMPOLINE.text,
      DEPUTY_PM.text,
      NATO.text,
    ]);
  });

  it('dates office changes as events on their day', () => {
    const began = view.changes.find((line) => line.text.kind === 'role-began')!;
    expect(began.label).toEqual({ kind: 'event', date: '2018-05-24' });
    expect(began.sources[0]!.publisher).toBe('TASS');
  });
});

describe('a story date after every fact (1 Jan 2025)', () => {
  const view = cardView(ROGOZIN, { storyDate: '2025-01-01', today: TODAY });

  it('has nothing since and no office at the time: the card is as without a story date', () => {
    expect(view.changes).toEqual([]);
    expect(view.since).toEqual([]);
    expect(view.sinceMore).toEqual([]);
    expect(view.atTheTime).toEqual([]);
    expect(allFacts(view)).toHaveLength(ROGOZIN.facts.length);
  });
});

describe('a role that ended after the story', () => {
  it('gets its own "left" line when no fact of that day tells it', () => {
    const withoutDismissal: CardEntity = { ...ROGOZIN, facts: ROGOZIN.facts.filter((f) => f !== DISMISSED) };
    const view = cardView(withoutDismissal, { storyDate: '2020-01-01', today: TODAY });
    expect(view.atTheTime).toEqual([{ title: 'Head of Roscosmos', from: '2018-05' }]);
    const left = view.changes.find((line) => line.text.kind === 'role-ended')!;
    expect(said(left)).toBe('role-ended: Head of Roscosmos');
    expect(left.label).toEqual({ kind: 'event', date: '2022-07-15' });
    // An office change ranks first and is always shown.
    expect(texts(view.since)).toContain('role-ended: Head of Roscosmos');
  });

  it('is not claimed on the day it ended: a story of 15 Jul 2022 may be about the dismissal', () => {
    const view = cardView(ROGOZIN, { storyDate: '2022-07-15', today: TODAY });
    expect(view.atTheTime).toEqual([]);
    expect(allChanges(view)).toEqual([SENATOR.text]);
  });
});

describe('a role still held', () => {
  it('is "at the time" with a story date after it began', () => {
    const view = cardView(BAKANOV, { storyDate: '2025-06-01', today: TODAY });
    expect(view.atTheTime).toEqual([{ title: 'Head of Roscosmos', from: '2025-02' }]);
    expect(view.changes).toEqual([]);
  });

  it('is the current office without a story date', () => {
    const view = cardView(BAKANOV, { today: TODAY });
    expect(view.storyDate).toBeUndefined();
    expect(view.atTheTime).toEqual([{ title: 'Head of Roscosmos', from: '2025-02' }]);
  });

  it('began after an earlier story: told by the fact of that day', () => {
    const view = cardView(BAKANOV, { storyDate: '2024-01-15', today: TODAY });
    expect(view.atTheTime).toEqual([]);
    expect(allChanges(view)).toEqual(['Vladimir Putin named him head of Roscosmos on 6 February 2025.']);
  });
});

describe("an organisation's leader at the time", () => {
  it('names who led it on the story date, with the title said within the organisation', () => {
    const view = cardView(ROSCOSMOS, { storyDate: '2022-03-10', today: TODAY });
    expect(view.atTheTime).toEqual([
      { title: 'Head', from: '2018-05', holder: 'Dmitry Rogozin', holderId: 'dmitry-rogozin' },
    ]);
  });

  it('lists each later leader taking over, newest first, without a separate "left" for a post filled that day', () => {
    const view = cardView(ROSCOSMOS, { storyDate: '2022-03-10', today: TODAY });
    expect(allChanges(view)).toEqual([
      'role-began: Dmitry Bakanov / Head of Roscosmos',
      'role-began: Yuri Borisov / Head of Roscosmos',
    ]);
  });

  it('names the current leader without a story date', () => {
    const view = cardView(ROSCOSMOS, { today: TODAY });
    expect(view.atTheTime.map((role) => role.holder)).toEqual(['Dmitry Bakanov']);
  });

  it('shortens the office only where the organisation names it', () => {
    expect(titleWithin('Head of Roscosmos', 'Roscosmos')).toBe('Head');
    expect(titleWithin('NASA Administrator', 'NASA')).toBe('Administrator');
    expect(titleWithin('Chief executive', 'SpaceX')).toBe('Chief executive');
    expect(titleWithin('Roscosmos', 'Roscosmos')).toBe('Roscosmos');
  });
});

describe('ranking by the words of the story', () => {
  it("puts the fact sharing the paragraph's words first", () => {
    const context = 'Rogozin mocked US sanctions and said astronauts could reach the station on a trampoline.';
    const view = cardView(ROGOZIN, { context, today: TODAY });
    expect(said(view.facts[0]!)).toBe(TRAMPOLINE.text);
  });

  it("ignores stop words, case and the entity's own name", () => {
    const names = cardView(ROGOZIN, { context: 'DMITRY ROGOZIN said THE he was IN the', today: TODAY });
    const plain = cardView(ROGOZIN, { today: TODAY });
    expect(texts(names.facts)).toEqual(texts(plain.facts));
    const nato = cardView(ROGOZIN, { context: 'His years as NATO representative', today: TODAY });
    expect(said(nato.facts[0]!)).toBe(NATO.text);
  });

  it('without a story date or paragraph, puts the newest first', () => {
    const view = cardView(ROGOZIN, { today: TODAY });
    expect(texts(view.facts).slice(0, 3)).toEqual([SENATOR.text, DISMISSED.text, KELLY.text]);
    expect(view.changes).toEqual([]);
  });

  it('counts a timeless state half as far from its start, so a headquarters does not crowd out the news', () => {
    const view = cardView(ROSCOSMOS, { storyDate: '2016-01-01', today: TODAY });
    expect(said(view.facts[0]!)).toMatch(/^A law signed/);
  });
});

describe('story dates the card will not use', () => {
  it.each([['2027-01-01'], ['2022-02-30'], ['2022-03'], ['10 March 2022']])('ignores %s', (storyDate) => {
    const view = cardView(ROGOZIN, { storyDate, today: TODAY });
    expect(view.storyDate).toBeUndefined();
    expect(view.changes).toEqual([]);
  });
});

describe('partial dates never gain precision', () => {
  it('shows a year-only event as the year, and counts it as at a story of that year', () => {
    const founded = fact('2010', 'He founded a party.');
    expect(factLabel(founded)).toEqual({ kind: 'event', date: '2010' });
    const entity: CardEntity = { ...ROGOZIN, facts: [founded, NATO, SENATOR], roles: [] };
    const view = cardView(entity, { storyDate: '2010-03-10', today: TODAY });
    expect(texts(view.facts)).toContain(founded.text);
    expect(allChanges(view)).toEqual([SENATOR.text]);
  });

  it('keeps "at the time" to the year when the office is known only to the year', () => {
    const entity: CardEntity = { ...BAKANOV, roles: [{ ...BAKANOV.roles![0]!, from: '2025' }] };
    expect(cardView(entity, { storyDate: '2026-06-01', today: TODAY }).atTheTime[0]!.from).toBe('2025');
    // Within 2025 it may not have begun yet: no claim.
    expect(cardView(entity, { storyDate: '2025-06-01', today: TODAY }).atTheTime).toEqual([]);
  });

  it('spans an ended state by years, or months within one year, never inventing a day', () => {
    expect(factLabel(fact('2011-12-23', 'Deputy prime minister.', { kind: 'state', until: '2018-05-18' }))).toEqual({
      kind: 'range',
      from: '2011',
      until: '2018',
    });
    expect(factLabel(fact('2020-02', 'A post.', { kind: 'state', until: '2020-09-30' }))).toEqual({
      kind: 'range',
      from: '2020-02',
      until: '2020-09',
    });
    expect(factLabel(fact('2020', 'A post.', { kind: 'state', until: '2020-09' }))).toEqual({
      kind: 'range',
      from: '2020',
    });
  });
});

describe('date labels', () => {
  it('drops a label the sentence already states', () => {
    expect(factLabel(SENATOR)).toBeUndefined();
    expect(factLabel(KELLY)).toBeUndefined();
    expect(factLabel(TRAMPOLINE)).toBeUndefined();
    expect(factLabel(fact('2022-03-05', 'In March 2022 it happened.'))).toEqual({ kind: 'event', date: '2022-03-05' });
  });

  it('says "as of" for a state and shows the date of an event', () => {
    expect(factLabel(fact('2024-05', 'It has six modules.', { kind: 'state' }))).toEqual({
      kind: 'state',
      date: '2024-05',
    });
    expect(factLabel(fact('2000-11-02', 'The first crew arrived.'))).toEqual({ kind: 'event', date: '2000-11-02' });
  });

  it('keeps a span the sentence does not give', () => {
    expect(factLabel(DEPUTY_PM)).toEqual({ kind: 'range', from: '2011', until: '2018' });
  });
});

describe('sources', () => {
  it('splits "Publisher: headline", keeps the full title and only https addresses', () => {
    const view = cardView(ROGOZIN, { storyDate: '2022-03-10', today: TODAY });
    const dismissal = view.changes.find((line) => said(line) === DISMISSED.text)!;
    expect(dismissal.sources[0]).toEqual({
      publisher: 'TASS',
      shortTitle: 'Putin picks former deputy…',
      title: 'TASS: Putin picks former deputy PM Borisov to head Roscosmos',
      href: 'https://tass.com/politics/1480581',
    });
    expect(dismissal.sources).toHaveLength(2);
    const unsafe = cardView(
      { ...ROGOZIN, facts: [fact('2020', 'x y z.', { sources: [{ title: 'Old', url: 'javascript:alert(1)' }] })] },
      { today: TODAY },
    );
    expect(unsafe.facts[0]!.sources[0]).toEqual({ publisher: 'Old', title: 'Old' });
  });
});

describe('the first view', () => {
  const long = (date: string, n: number) => fact(date, `${'Word '.repeat(n)}end.`);

  it('shows the summary plus two facts when they fit the text budget, and the rest behind "N more"', () => {
    const view = cardView(ROGOZIN, { today: TODAY });
    expect(view.lead).toHaveLength(2);
    expect(view.more).toHaveLength(ROGOZIN.facts.length - 2);
    expect(texts([...view.lead, ...view.more])).toEqual(texts(view.facts));
  });

  it('always shows the first fact, and leaves a second out when it would pass about 525 characters', () => {
    const entity: CardEntity = { ...ROGOZIN, roles: [], facts: [long('2020', 50), long('2019', 50), long('2018', 50)] };
    const view = cardView(entity, { today: TODAY });
    expect(view.lead).toHaveLength(1);
    expect(view.more).toHaveLength(2);
  });

  it('with a story date, shows the most important change first and keeps each list in order', () => {
    const view = cardView(ROGOZIN, { storyDate: '2022-03-10', today: TODAY });
    // Only the always-shown change: everything else declined (as a card too short for them would).
    const none = firstView(view, []);
    expect(texts(none.since)).toEqual([DISMISSED.text]);
    expect(texts(none.sinceMore)).toEqual([SENATOR.text]);
    expect(none.lead).toEqual([]);
    expect(texts(none.more)).toEqual(texts(view.facts));
    // Accepting the second change but not the first fact: the change is shown, newest first.
    const trial = view.candidates.map((candidate) => candidate.list === 'since');
    expect(texts(firstView(view, trial).since)).toEqual([SENATOR.text, DISMISSED.text]);
    // The second fact is never shown without the first.
    const skipFirstFact = view.candidates.map((candidate, i) => !(candidate.list === 'lead' && i === 1));
    expect(firstView(view, skipFirstFact).lead).toEqual([]);
  });

  it('offers each candidate to measure once, in order, skipping those the budget or order rule out', () => {
    const view = cardView(ROGOZIN, { storyDate: '2022-03-10', today: TODAY });
    // Candidate 0 is always shown; 1 (first fact) is the first to measure.
    expect(nextCandidate(view, [])).toBe(1);
    // First fact declined: the second change is next, and the second fact is never offered.
    expect(nextCandidate(view, [true, false])).toBe(2);
    expect(nextCandidate(view, [true, false, true])).toBeUndefined();
    expect(nextCandidate(view, [true, true, true, true])).toBeUndefined();
  });
});
