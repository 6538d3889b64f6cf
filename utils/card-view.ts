/**
 * What a card shows, decided from the entity and the story it is read in: who
 * or what it was when the story was written, the facts most relevant to this
 * story, and what changed since. Pure: the card component only phrases this
 * with its labels.
 *
 * A card is read in seconds, so it follows Wikipedia's Page Previews, which
 * stop at about 525 characters of text and never scroll: the first view
 * holds the summary, the "at the time" line and as many of the chosen lines
 * as fit that budget; the rest sit behind "N more". The card component also
 * measures its height and keeps a candidate line only if the card still
 * fits (`firstView`, `nextCandidate`).
 */
import type { CardEntity } from './messages';
import type { Fact, Role, Source } from './schema';
import { compactRange, daysBetween, endOf, isAfter, isCalendarDate, startOf, toMonth } from './partial-date';
import { contentWords, sharedWordCount } from './card-words';
import { mentionsDate } from './date-in-text';
import { splitSourceTitle } from './source-title';
import { safeHref } from './safe-href';

/** Characters of text on a card's first view (Page Previews stop at about 525). */
export const FIRST_VIEW_CHARS = 525;
/** Facts up to the story shown before "N more". */
export const LEAD_FACTS = 2;
/** "Since this story" items shown before its own "N more". */
export const SINCE_SHOWN = 2;
/** "At the time" names at most this many offices: more would crowd out the facts. */
export const AT_THE_TIME_ROLES = 2;
/** Each word a fact shares with the story's paragraph weighs this much against closeness in time (at most 1). */
const WORD_WEIGHT = 0.5;
/** A state with no end is true at the story's date, but a timeless state (a headquarters) is rarely the news: it counts half as far from its start. */
const OPEN_STATE_DISTANCE = 0.5;
/** Rough length of a role line's fixed words ("Left as", the date), for the first-view budget. */
const ROLE_LINE_EXTRA_CHARS = 12;

export interface CardViewInput {
  /** The day the story was published (YYYY-MM-DD), when the page says so. */
  storyDate?: string;
  /** The paragraph around the mention: facts sharing its words rank higher. */
  context?: string;
  /** Today (YYYY-MM-DD): ranks facts without a story date, and refuses a story date in the future. */
  today: string;
}

/** How a line's date is shown; absent when the sentence already says it. */
export type DateLabel =
  { kind: 'event'; date: string } | { kind: 'state'; date: string } | { kind: 'range'; from: string; until?: string };

export interface SourceView {
  publisher: string;
  shortTitle?: string;
  /** The full "Publisher: headline" title, for the accessible name. */
  title: string;
  /** Only https addresses; a source without one is shown as text. */
  href?: string;
}

export type LineText =
  | { kind: 'fact'; text: string }
  /** A person took or left an office; `holder` is set on an organisation's card. */
  | { kind: 'role-began' | 'role-ended'; title: string; holder?: string };

export interface CardLine {
  key: string;
  /** Importance within its list, 0 first: relevance for facts; for changes, changes to an office first. */
  rank: number;
  /** When (a partial date): orders "since this story" newest first. */
  date: string;
  text: LineText;
  label?: DateLabel;
  /** First source shown, the others named in its accessible name. */
  sources: SourceView[];
}

/** An office held at the time: on a person's card the title; on an organisation's, who held it. */
export interface AtTheTime {
  title: string;
  from: string;
  holder?: string;
  holderId?: string;
}

/** The lines a card's first view may hold, most important first, and which list each belongs to. */
export interface Candidate {
  list: 'lead' | 'since';
  line: CardLine;
  /** Shown whatever the budgets say: the first change since the story, or the first fact when nothing changed. */
  always: boolean;
}

/** Which lines are shown first and which sit behind each "N more". */
export interface FirstView {
  lead: CardLine[];
  more: CardLine[];
  /** Since the story, newest first: shown, then the rest. Both empty without a story date. */
  since: CardLine[];
  sinceMore: CardLine[];
}

export interface CardView extends FirstView {
  /** The story date the card is placed against: absent when none was given, or it was invalid or in the future. */
  storyDate?: string;
  /** Offices held on the story's date (or today, without one). */
  atTheTime: AtTheTime[];
  /** Every fact up to the story, most relevant first. */
  facts: CardLine[];
  /** Every change since the story, newest first. */
  changes: CardLine[];
  /**
   * In the order the first view takes them: the most important change,
   * the most relevant fact, the second change, the second fact. `lead`,
   * `more`, `since` and `sinceMore` are the plan with every candidate that
   * fits the text budget; a card that measures its height decides each
   * candidate itself (see `firstView`).
   */
  candidates: Candidate[];
  /** Characters left for candidates after the summary and the "at the time" line. */
  textBudget: number;
}

export function cardView(entity: CardEntity, input: CardViewInput): CardView {
  const storyDate =
    input.storyDate && isCalendarDate(input.storyDate) && input.storyDate <= input.today ? input.storyDate : undefined;
  const reference = storyDate ?? input.today;
  const roles = entity.roles ?? [];

  const after = storyDate ? entity.facts.filter((fact) => isAfter(fact.date, storyDate)) : [];
  const upTo = entity.facts.filter((fact) => !after.includes(fact));

  const ignore = contentWords(entity.name);
  const contextWords = contentWords(input.context ?? '', ignore);
  const facts = upTo
    .map((fact, index) => ({ fact, index, score: relevance(fact, reference, contextWords, ignore) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ fact }, rank) => ({ ...factLine(fact), rank }));

  const changes = storyDate ? sinceStory(after, roles, storyDate) : [];
  const atTheTime = heldOn(roles, reference, entity.name);

  const textBudget =
    FIRST_VIEW_CHARS -
    entity.summary.length -
    atTheTime.reduce((sum, role) => sum + role.title.length + (role.holder?.length ?? 0) + ROLE_LINE_EXTRA_CHARS, 0);
  const byRank = [...changes].sort((a, b) => a.rank - b.rank);
  const candidates: Candidate[] = [];
  const add = (list: 'lead' | 'since', line: CardLine | undefined, always: boolean) => {
    if (line) candidates.push({ list, line, always });
  };
  add('since', byRank[0], true);
  add('lead', facts[0], changes.length === 0);
  if (SINCE_SHOWN > 1) add('since', byRank[1], false);
  if (LEAD_FACTS > 1) add('lead', facts[1], false);

  const partial = { storyDate, atTheTime, facts, changes, candidates, textBudget };
  const plan = firstView(
    partial,
    candidates.map(() => true),
  );
  return { ...(storyDate ? { storyDate } : {}), atTheTime, facts, changes, candidates, textBudget, ...plan };
}

/**
 * The first view for a set of decisions, one per candidate in order (true:
 * show it if the text budget allows; missing: not shown). A candidate is
 * also left out when it would overrun the text budget, or when an earlier
 * one of its own list was left out, so each list keeps its order.
 */
export function firstView(
  view: Pick<CardView, 'facts' | 'changes' | 'candidates' | 'textBudget'>,
  accepted: readonly boolean[],
): FirstView {
  const shown = new Set<CardLine>();
  const closed = new Set<'lead' | 'since'>();
  let left = view.textBudget;
  view.candidates.forEach((candidate, index) => {
    const cost = lineLength(candidate.line);
    const fits = candidate.always || (accepted[index] === true && !closed.has(candidate.list) && cost <= left);
    if (!fits) {
      closed.add(candidate.list);
      return;
    }
    shown.add(candidate.line);
    left -= cost;
  });
  return {
    lead: view.facts.filter((line) => shown.has(line)),
    more: view.facts.filter((line) => !shown.has(line)),
    since: view.changes.filter((line) => shown.has(line)),
    sinceMore: view.changes.filter((line) => !shown.has(line)),
  };
}

/**
 * The next candidate worth measuring after these decisions: one that the
 * text budget and its list's order still allow. Undefined when the plan is
 * settled. `always` candidates need no measuring.
 */
export function nextCandidate(
  view: Pick<CardView, 'facts' | 'changes' | 'candidates' | 'textBudget'>,
  accepted: readonly boolean[],
): number | undefined {
  for (let index = accepted.length; index < view.candidates.length; index += 1) {
    const candidate = view.candidates[index]!;
    if (candidate.always) continue;
    const trial = [...accepted];
    for (let i = accepted.length; i < index; i += 1) trial[i] = false;
    trial[index] = true;
    if (firstView(view, trial)[candidate.list === 'lead' ? 'lead' : 'since'].includes(candidate.line)) return index;
  }
  return undefined;
}

function lineLength(line: CardLine): number {
  const text = line.text.kind === 'fact' ? line.text.text : `${line.text.holder ?? ''}${line.text.title}`;
  return text.length + (line.text.kind === 'fact' ? 0 : ROLE_LINE_EXTRA_CHARS);
}

/**
 * Higher for facts near the reference day (the story's, or today) and for
 * facts sharing words with the story's paragraph. Closeness runs from 1 (at
 * the day) towards 0 (decades away); an event known only to the year of the
 * story counts as at it.
 */
function relevance(fact: Fact, reference: string, contextWords: Set<string>, ignore: Set<string>): number {
  const words = contextWords.size ? sharedWordCount(contentWords(fact.text, ignore), contextWords) : 0;
  return words * WORD_WEIGHT + 1 / (1 + yearsAway(fact, reference));
}

function yearsAway(fact: Fact, reference: string): number {
  const start = startOf(fact.date);
  if (fact.kind === 'state' && !fact.until) {
    return start <= reference ? (daysBetween(start, reference) / 365) * OPEN_STATE_DISTANCE : 0;
  }
  const end = endOf(fact.until ?? fact.date);
  if (reference < start) return daysBetween(reference, start) / 365;
  if (reference > end) return daysBetween(end, reference) / 365;
  return 0;
}

function factLine(fact: Fact): Omit<CardLine, 'rank'> {
  return {
    key: `fact:${fact.date}:${fact.text}`,
    date: fact.date,
    text: { kind: 'fact', text: fact.text },
    label: factLabel(fact),
    sources: sourceViews(fact.sources),
  };
}

/**
 * An event shows its date; a state "as of" its date, or its span when it
 * ended. A label that only repeats the date the sentence already states is
 * dropped (most facts name their own date).
 */
export function factLabel(fact: Pick<Fact, 'text' | 'date' | 'until' | 'kind'>): DateLabel | undefined {
  if (fact.kind === 'state' && fact.until) {
    const [from, until] = compactRange(fact.date, fact.until);
    const said = mentionsDate(fact.text, from) && (!until || mentionsDate(fact.text, until));
    return said ? undefined : until ? { kind: 'range', from, until } : { kind: 'range', from };
  }
  if (mentionsDate(fact.text, fact.date)) return undefined;
  return fact.kind === 'state' ? { kind: 'state', date: fact.date } : { kind: 'event', date: fact.date };
}

export function sourceViews(sources: readonly Source[]): SourceView[] {
  return sources.map((source) => {
    const { publisher, shortTitle } = splitSourceTitle(source.title);
    const href = safeHref(source.url);
    return { publisher, ...(shortTitle ? { shortTitle } : {}), title: source.title, ...(href ? { href } : {}) };
  });
}

/**
 * Offices surely held on a day: begun on or before it, and ended only after
 * it. An office that began or ended in a year or month containing the day,
 * or ended on the day itself, is not claimed: a wrong "at the time" misleads
 * worse than none. Newest first.
 */
function heldOn(roles: readonly Role[], day: string, entityName: string): AtTheTime[] {
  return roles
    .filter((role) => endOf(role.from) <= day && (!role.until || isAfter(role.until, day)))
    .sort((a, b) => startOf(b.from).localeCompare(startOf(a.from)))
    .slice(0, AT_THE_TIME_ROLES)
    .map((role) => ({
      title: role.holder ? titleWithin(role.title, entityName) : role.title,
      from: toMonth(role.from),
      ...(role.holder ? { holder: role.holder } : {}),
      ...(role.holderId ? { holderId: role.holderId } : {}),
    }));
}

/** On an organisation's own card, "Head of Roscosmos" says no more than "Head", and "NASA Administrator" than "Administrator". */
export function titleWithin(title: string, organisation: string): string {
  const escaped = organisation.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const shorter = title
    .replace(new RegExp(`\\s+of\\s+(?:the\\s+)?${escaped}$`, 'iu'), '')
    .replace(new RegExp(`^${escaped}\\s+`, 'iu'), '');
  if (!shorter || shorter === title) return title;
  return shorter.charAt(0).toUpperCase() + shorter.slice(1);
}

/**
 * Facts dated wholly after the story, and offices begun or ended after it,
 * newest first. An office change is left out when a fact of the same day
 * already tells it (shares a word with the office or its holder), and an
 * organisation's "X left" when someone took the same office that day.
 * Changes to an office rank before other news: a reader of an old story
 * most needs to know that the person it quotes no longer holds the post.
 */
function sinceStory(facts: readonly Fact[], roles: readonly Role[], storyDate: string): CardLine[] {
  const tellsOf = (fact: Fact, date: string, role: Role) =>
    fact.date === date &&
    sharedWordCount(contentWords(fact.text), contentWords(`${role.title} ${role.holder ?? ''}`)) > 0;
  const officeFacts = new Set<Fact>();
  const lines: { line: Omit<CardLine, 'rank'>; office: boolean }[] = [];
  for (const role of roles) {
    const changes: [kind: 'role-began' | 'role-ended', date: string | undefined][] = [
      ['role-began', role.from],
      ['role-ended', role.until],
    ];
    for (const [kind, date] of changes) {
      if (!date || !isAfter(date, storyDate)) continue;
      const told = facts.filter((fact) => tellsOf(fact, date, role));
      told.forEach((fact) => officeFacts.add(fact));
      const succeeded = roles.some((other) => other !== role && other.title === role.title && other.from === date);
      if (told.length > 0 || (kind === 'role-ended' && role.holder && succeeded)) continue;
      lines.push({ line: roleLine(kind, role, date), office: true });
    }
  }
  for (const fact of facts) lines.push({ line: factLine(fact), office: officeFacts.has(fact) });
  lines.sort((a, b) => newestFirst(a.line.date, b.line.date));
  const ranks = [...lines].sort((a, b) => Number(b.office) - Number(a.office));
  return lines.map((entry) => ({ ...entry.line, rank: ranks.indexOf(entry) }));
}

/** Negative when `a` is newer: by the last day each may mean, then the first. */
function newestFirst(a: string, b: string): number {
  return endOf(b).localeCompare(endOf(a)) || startOf(b).localeCompare(startOf(a));
}

function roleLine(kind: 'role-began' | 'role-ended', role: Role, date: string): Omit<CardLine, 'rank'> {
  return {
    key: `${kind}:${role.title}:${role.holder ?? ''}:${date}`,
    date,
    text: { kind, title: role.title, ...(role.holder ? { holder: role.holder } : {}) },
    label: { kind: 'event', date },
    sources: sourceViews(role.sources),
  };
}
