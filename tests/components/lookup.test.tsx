// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { ShortcutInfo } from '../../components/ShortcutInfo';
import { PopupLookup } from '../../entrypoints/popup/PopupLookup';
import { t } from './english';

afterEach(cleanup);

function type(text: string): HTMLInputElement {
  const box = screen.getByRole('searchbox', { name: 'Look up a name' }) as HTMLInputElement;
  fireEvent.input(box, { target: { value: text } });
  return box;
}

function cardIn(container: Element): HTMLElement | null {
  return container.querySelector('.lookup-card')?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]') ?? null;
}

describe('the popup lookup', () => {
  it('lists the matches with the spelling that matched, and says how many', () => {
    render(<PopupLookup t={t} />);
    type('Роскосмос');
    const list = screen.getByRole('list', { name: 'Matches' });
    const first = within(list).getAllByRole('button')[0]!;
    expect(first.querySelector('.lookup-name')?.textContent).toBe('Roscosmos');
    expect(first.querySelector('.lookup-alias')?.textContent).toBe('Роскосмос');
    expect(first.querySelector('.lookup-alias')?.getAttribute('lang')).toBe('ru');
    expect(screen.getByRole('status').textContent).toMatch(/^\d+ match(es)?$/);
  });

  it('shows the chosen entity’s card in place of the list, and closing it returns to the match', () => {
    const { container } = render(<PopupLookup t={t} />);
    type('agence spatiale europeenne');
    fireEvent.click(screen.getAllByRole('button', { name: /European Space Agency/ })[0]!);
    expect(screen.queryByRole('list', { name: 'Matches' })).toBeNull();
    const card = cardIn(container)!;
    expect(card.querySelector('h2')?.textContent).toBe('European Space Agency');
    const close = card.querySelector('button')!;
    expect(close.getRootNode()).not.toBe(document);
    fireEvent.click(close);
    expect(cardIn(container)).toBeNull();
    expect(document.activeElement?.textContent).toMatch(/^European Space Agency/);
  });

  it('moves from the box into the list with ↓, back with ↑, and opens the first match with Enter', () => {
    const { container } = render(<PopupLookup t={t} />);
    const box = type('rogoz');
    box.focus();
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toMatch(/^Dmitry Rogozin/);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(box);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(cardIn(container)?.querySelector('h2')?.textContent).toBe('Dmitry Rogozin');
  });

  it('says so when nothing matches, and typing again closes the card', () => {
    const { container } = render(<PopupLookup t={t} />);
    type('nasa');
    fireEvent.click(screen.getAllByRole('button', { name: /^NASA/ })[0]!);
    expect(cardIn(container)).not.toBeNull();
    type('zzqx');
    expect(cardIn(container)).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('No name matches “zzqx”.');
  });
});

describe('the shortcut in the options page', () => {
  it('shows the current binding and asks to open the browser’s shortcut settings', () => {
    const onChange = vi.fn();
    const { rerender } = render(<ShortcutInfo shortcut="Alt+Shift+U" onChange={onChange} t={t} />);
    const group = screen.getByRole('group', { name: 'Keyboard shortcut' });
    expect(within(group).getByText('Turn highlights on or off')).toBeTruthy();
    expect(group.querySelector('kbd')?.textContent).toBe('Alt+Shift+U');
    fireEvent.click(within(group).getByRole('button', { name: 'Change shortcuts' }));
    expect(onChange).toHaveBeenCalledOnce();
    rerender(<ShortcutInfo shortcut="" onChange={onChange} t={t} />);
    expect(group.querySelector('kbd')).toBeNull();
    expect(within(group).getByText('No shortcut set')).toBeTruthy();
  });
});
