// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import axe from 'axe-core';
import {
  Card,
  CARD_LABEL_NAMES,
  DEFAULT_CARD_LABELS,
  cardLabelsFrom,
  cardMessageKey,
  focusCard,
  type CardProps,
} from '../../components/Card';
import type { CardEntity } from '../../utils/messages';
import {
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

afterEach(cleanup);

const STORY = { date: '2022-03-10', sourceLabel: "the page's metadata" };
const RELATED = [
  { id: 'roscosmos', name: 'Roscosmos' },
  { id: 'yuri-borisov', name: 'Yuri Borisov' },
];

function renderCard(overrides: Partial<CardProps> = {}) {
  const callbacks = { onClose: vi.fn(), onOpenRelated: vi.fn(), onBack: vi.fn() };
  const props: CardProps = {
    entity: ROGOZIN,
    topicLabel: 'People',
    topicColor: '#d1467a',
    theme: 'light',
    today: TODAY,
    related: RELATED,
    ...callbacks,
    ...overrides,
  };
  const result = render(<Card {...props} />);
  return { ...callbacks, ...result, props, dialog: screen.getByRole('dialog') };
}

/** The facts up to the story a reader sees first (the lists outside "since this story"). */
function leadLines(dialog: HTMLElement): string[] {
  return [...dialog.querySelectorAll<HTMLElement>(':scope > ul:not([hidden]) > li')].map(
    (li) => li.querySelector('.line-text')!.textContent!,
  );
}

/** The list items a reader sees now (inside lists that are not hidden). */
function visibleLines(root: HTMLElement): string[] {
  return [...root.querySelectorAll<HTMLElement>('ul:not([hidden]) > li')].map(
    (li) => li.querySelector('.line-text')!.textContent!,
  );
}

describe('the card without a story date', () => {
  it('is a dialog named after the entity, with topic, summary and the two most relevant facts', () => {
    const { dialog } = renderCard();
    expect(screen.getByRole('dialog', { name: 'Dmitry Rogozin' })).toBe(dialog);
    expect(within(dialog).getByText('People')).toBeTruthy();
    expect(within(dialog).getByText(ROGOZIN.summary)).toBeTruthy();
    // Newest first without a story: the Federation Council seat, then the dismissal.
    expect(visibleLines(dialog)).toEqual([SENATOR.text, DISMISSED.text]);
    expect(within(dialog).queryByRole('heading', { name: /Since this story/ })).toBeNull();
    expect(dialog.textContent).not.toMatch(/Story dated/);
    // He holds no office today: no "Now" line.
    expect(dialog.textContent).not.toMatch(/Now:|At the time/);
  });

  it('names the office held today', () => {
    const { dialog } = renderCard({ entity: ROSCOSMOS, related: [] });
    expect(within(dialog).getByText('Now: Led by Dmitry Bakanov (Head) since Feb 2025')).toBeTruthy();
  });

  it('"N more" is a real disclosure that opens the rest in place and closes it again', () => {
    const { dialog } = renderCard();
    const more = within(dialog).getByRole('button', { name: '4 more' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    const list = document.getElementById(more.getAttribute('aria-controls')!)!;
    expect(list.hidden).toBe(true);
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(more.textContent).toBe('Show fewer');
    expect(list.hidden).toBe(false);
    // In place: the opened list follows the shown facts, inside the card, and the button stays where it was.
    expect(list.closest('[role="dialog"]')).toBe(dialog);
    expect(more.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(visibleLines(dialog)).toHaveLength(ROGOZIN.facts.length);
    expect(dialog.classList.contains('expanded')).toBe(true);
    fireEvent.click(more);
    expect(list.hidden).toBe(true);
  });
});

describe('the card placed against a story date', () => {
  it('says what he was then, what changed since (newest first), and where the story date came from', () => {
    const { dialog } = renderCard({ story: STORY, context: 'Rogozin threatened to drop the ISS over sanctions.' });
    expect(within(dialog).getByText('At the time: Head of Roscosmos since May 2018')).toBeTruthy();
    const since = within(dialog).getByRole('region', { name: 'Since this story (10 Mar 2022)' });
    expect(visibleLines(since)).toEqual([SENATOR.text, DISMISSED.text]);
    // Up to the story, the fact sharing the paragraph's words (ISS, sanctions) leads; the closest in time is next,
    // behind "N more" (a second fact would pass the ~525-character first view).
    expect(leadLines(dialog)).toEqual([TRAMPOLINE.text]);
    fireEvent.click(within(dialog).getByRole('button', { name: '3 more' }));
    expect(leadLines(dialog)).toEqual([TRAMPOLINE.text, KELLY.text, DEPUTY_PM.text, NATO.text]);
    expect(within(dialog).getByText("Story dated 10 Mar 2022, from the page's metadata")).toBeTruthy();
  });

  it('opens the rest of "since this story" in place, below what it shows', () => {
    const later = fact('2024-02', 'A later event, in February 2024.');
    const entity: CardEntity = { ...ROGOZIN, facts: [later, ...ROGOZIN.facts] };
    const { dialog } = renderCard({ entity, story: STORY });
    const since = within(dialog).getByRole('region', { name: /Since this story/ });
    // The dismissal (a change to his office) and the newest change, newest first.
    expect(visibleLines(since)).toEqual([later.text, DISMISSED.text]);
    const more = within(since).getByRole('button', { name: '1 more' });
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(visibleLines(since)).toEqual([later.text, DISMISSED.text, SENATOR.text]);
  });

  it('is as without a story date when nothing changed after it', () => {
    const { dialog } = renderCard({ story: { date: '2025-01-01', sourceLabel: 'the address' } });
    expect(within(dialog).queryByRole('region', { name: /Since this story/ })).toBeNull();
    expect(visibleLines(dialog)).toEqual([SENATOR.text, DISMISSED.text]);
  });

  it('ignores a story date in the future', () => {
    const { dialog } = renderCard({ story: { date: '2099-01-01', sourceLabel: 'the address' } });
    expect(dialog.textContent).not.toMatch(/Story dated|Since this story/);
  });
});

describe('related names and the way back', () => {
  it('offers related names as buttons that call back with the id, and moves focus to the new card', () => {
    const { dialog, onOpenRelated, rerender, props } = renderCard();
    const group = within(dialog).getByRole('group', { name: 'Related:' });
    fireEvent.click(within(group).getByRole('button', { name: 'Roscosmos' }));
    expect(onOpenRelated).toHaveBeenCalledWith('roscosmos');
    rerender(<Card {...props} entity={ROSCOSMOS} related={[]} backTo="Dmitry Rogozin" />);
    const same = screen.getByRole('dialog', { name: 'Roscosmos' });
    // The dialog element is kept, so the host's listeners on it still work.
    expect(same).toBe(dialog);
    expect(document.activeElement).toBe(dialog);
  });

  it('shows "Back to …" only when given, and calls back', () => {
    const { dialog, onBack } = renderCard({ entity: ROSCOSMOS, backTo: 'Dmitry Rogozin' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Back to Dmitry Rogozin' }));
    expect(onBack).toHaveBeenCalledOnce();
    cleanup();
    const plain = renderCard({ entity: ROSCOSMOS });
    expect(within(plain.dialog).queryByRole('button', { name: /Back to/ })).toBeNull();
  });

  it('shows the name as the page wrote it only when it differs', () => {
    const { dialog } = renderCard({ entity: ROSCOSMOS, pageName: 'Роскосмоса' });
    expect(within(dialog).getByText('On this page: Роскосмоса')).toBeTruthy();
    cleanup();
    const same = renderCard({ pageName: 'rogozin' });
    expect(same.dialog.textContent).not.toMatch(/On this page/);
  });

  it('asks to be closed from its close button', () => {
    const { dialog, onClose } = renderCard();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close Dmitry Rogozin card' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});

describe('sources', () => {
  it('shows publisher and a short title; the link is named by the full title and the other sources', () => {
    const { dialog } = renderCard({ story: STORY });
    const link = within(dialog).getByRole('link', {
      name: 'TASS: Putin picks former deputy PM Borisov to head Roscosmos. Also: Wikipedia: Dmitry Rogozin',
    });
    expect(link.textContent).toBe('TASS: Putin picks former deputy…');
    expect(link.getAttribute('href')).toBe('https://tass.com/politics/1480581');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.parentElement!.textContent).toContain('+1');
  });

  it('never renders a link that is not https', () => {
    const unsafe = fact('2021', 'A fact from a page with an unsafe address.', {
      sources: [{ title: 'Old page: a headline', url: 'javascript:alert(1)' }],
    });
    const { dialog } = renderCard({ entity: { ...ROGOZIN, facts: [unsafe, NATO, SENATOR] } });
    fireEvent.click(within(dialog).getByRole('button', { name: /more$/ }));
    for (const link of dialog.querySelectorAll('a')) expect(link.getAttribute('href')).toMatch(/^https:\/\//);
    expect(within(dialog).queryByRole('link', { name: /Old page/ })).toBeNull();
    expect(within(dialog).getByText('Old page: a headline')).toBeTruthy();
  });
});

describe('dates', () => {
  it('shows an event date, "as of" for a state, and a span for an ended state, never more precise than known', () => {
    const entity: CardEntity = {
      ...ROGOZIN,
      roles: [],
      facts: [
        fact('2002', 'He founded a party.'),
        fact('2024-05', 'It has six modules.', { kind: 'state' }),
        fact('2011-12-23', 'He was deputy prime minister.', { kind: 'state', until: '2018-05-18' }),
      ],
    };
    const { dialog } = renderCard({ entity });
    fireEvent.click(within(dialog).getByRole('button', { name: /more$/ }));
    const dates = [...dialog.querySelectorAll('.date')].map((el) => el.textContent);
    expect(dates.sort()).toEqual(['2002', '2011–2018', 'as of May 2024'].sort());
  });

  it('drops a date label the sentence already states', () => {
    const { dialog } = renderCard();
    const senator = [...dialog.querySelectorAll('li')].find((li) => li.textContent!.includes('Federation Council'))!;
    expect(senator.querySelector('.date')).toBeNull();
  });
});

describe('labels', () => {
  it('takes every phrase from its labels', () => {
    const labels = Object.fromEntries(
      CARD_LABEL_NAMES.map((name) => [name, name === 'dateLocale' ? 'de' : `«${DEFAULT_CARD_LABELS[name]}»`]),
    );
    const { dialog } = renderCard({ story: STORY, labels, backTo: 'Roscosmos', pageName: 'Рогозин' });
    const text = dialog.textContent!;
    for (const phrase of [
      '«At the time: «Head of Roscosmos since Mai 2018»»',
      '«+1»',
      '«Since this story (10. März 2022)»',
      "«Story dated 10. März 2022, from the page's metadata»",
      '«Back to Roscosmos»',
      '«On this page: Рогозин»',
      '«Related:»',
    ]) {
      expect(text).toContain(phrase);
    }
    expect(within(dialog).getByRole('button', { name: '«Close Dmitry Rogozin card»' })).toBeTruthy();
  });

  it('names message keys card_<label>, and falls back to English for a missing message', () => {
    expect(cardMessageKey('sinceStory')).toBe('card_sinceStory');
    const labels = cardLabelsFrom((key) => (key === 'card_more' ? 'ещё {count}' : ''));
    expect(labels.more).toBe('ещё {count}');
    expect(labels.fewer).toBe(DEFAULT_CARD_LABELS.fewer);
  });
});

describe('focus and themes', () => {
  it('can take focus itself, or on its first control, for a host moving the reader into it', () => {
    const { dialog, container } = renderCard();
    expect(dialog.tabIndex).toBe(-1);
    expect(focusCard(container)).toBe(true);
    expect(document.activeElement).toBe(dialog);
    focusCard(container, 'first');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close Dmitry Rogozin card' }));
  });

  it('focuses itself on mount when asked', () => {
    const { dialog } = renderCard({ initialFocus: 'dialog' });
    expect(document.activeElement).toBe(dialog);
  });

  it('is dark on request', () => {
    const { dialog } = renderCard({ theme: 'dark' });
    expect(dialog.classList.contains('dark')).toBe(true);
  });
});

describe('accessibility', () => {
  it.each([
    ['without a story date', {}],
    [
      'with a story date, back control, page name and everything open',
      { story: STORY, backTo: 'Roscosmos', pageName: 'Рогозин' },
    ],
  ])('has no axe-core violations %s', async (_, overrides: Partial<CardProps>) => {
    const { dialog } = renderCard(overrides);
    for (const button of within(dialog).queryAllByRole('button', { name: /more$/ })) fireEvent.click(button);
    const result = await axe.run(dialog, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      // jsdom has no layout or rendering: contrast is checked in Chromium by the end-to-end tests.
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});

describe('fitting the first view to the height budget', () => {
  it('keeps a candidate line only if the measured card still fits, before it is painted', () => {
    // jsdom has no layout: fake one where the card is 60 px plus 100 px per line shown.
    const scrollHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollHeight')!;
    Object.defineProperty(Element.prototype, 'scrollHeight', {
      configurable: true,
      get(this: Element) {
        return this.getAttribute('role') === 'dialog' ? 60 + 100 * visibleLines(this as HTMLElement).length : 0;
      },
    });
    try {
      const { dialog } = renderCard({ story: STORY });
      // 300 px: the dismissal (always shown) and the most relevant fact; the second change and fact wait.
      expect(visibleLines(dialog)).toHaveLength(2);
      const since = within(dialog).getByRole('region', { name: /Since this story/ });
      expect(visibleLines(since)).toEqual([DISMISSED.text]);
      expect(leadLines(dialog)).toEqual([KELLY.text]);
      expect(within(since).getByRole('button', { name: '1 more' })).toBeTruthy();
    } finally {
      Object.defineProperty(Element.prototype, 'scrollHeight', scrollHeight);
    }
  });
});
