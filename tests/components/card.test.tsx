// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { Card, safeHref } from '../../components/Card';
import type { CardEntity } from '../../utils/messages';

afterEach(cleanup);

const ENTITY: CardEntity = {
  id: 'dmitry-rogozin',
  name: 'Dmitry Rogozin',
  topic: 'people',
  summary: 'Head of Roscosmos from 2018 to 2022.',
  facts: [
    {
      text: 'He led Roscosmos from May 2018 to July 2022.',
      date: '2022-07-15',
      kind: 'event',
      checked: '2026-11-30',
      sources: [{ title: 'TASS', url: 'https://tass.com/science/1481129' }],
    },
    {
      text: 'A fact whose source is not https.',
      date: '2020-01',
      kind: 'state',
      checked: '2026-11-30',
      sources: [{ title: 'Old page', url: 'javascript:alert(1)' }],
    },
  ],
  reviewed: '2026-11-30',
};

function renderCard(onClose = vi.fn()) {
  render(<Card entity={ENTITY} topicLabel="People" topicColor="#d1467a" theme="light" onClose={onClose} />);
  return onClose;
}

describe('the card', () => {
  it('is a dialog named after the entity, with topic, summary and every fact', () => {
    renderCard();
    const dialog = screen.getByRole('dialog', { name: 'Dmitry Rogozin' });
    expect(within(dialog).getByText('People')).toBeTruthy();
    expect(within(dialog).getByText('Head of Roscosmos from 2018 to 2022.')).toBeTruthy();
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(2);
    expect(within(dialog).getByText('15 Jul 2022')).toBeTruthy();
    expect(within(dialog).getByText('As of Jan 2020')).toBeTruthy();
  });

  it('links https sources in a new tab without passing the page along', () => {
    renderCard();
    const link = screen.getByRole('link', { name: 'TASS' });
    expect(link.getAttribute('href')).toBe('https://tass.com/science/1481129');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('never turns a non-https source into a link', () => {
    renderCard();
    expect(screen.queryByRole('link', { name: 'Old page' })).toBeNull();
    expect(screen.getByText('Old page')).toBeTruthy();
  });

  it('asks to be closed from its close button', () => {
    const onClose = renderCard();
    fireEvent.click(screen.getByRole('button', { name: 'Close Dmitry Rogozin card' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('refuses links that are not https', () => {
    expect(safeHref('http://example.com')).toBeUndefined();
    expect(safeHref('not a url')).toBeUndefined();
  });
});
