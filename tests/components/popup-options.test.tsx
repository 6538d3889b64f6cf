// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { FoundList } from '../../components/FoundList';
import { Switch } from '../../components/Switch';
import { TopicList } from '../../components/TopicList';
import { RadioGroup } from '../../components/RadioGroup';
import { SiteList } from '../../components/SiteList';
import { SettingsTransfer } from '../../components/SettingsTransfer';
import { t } from './english';

afterEach(cleanup);

const ITEMS = [
  { id: 'iss', name: 'International Space Station', topicLabel: 'Stations', topicColor: '#00f', count: 4 },
  { id: 'nasa', name: 'NASA', topicLabel: 'Agencies', topicColor: '#f0f', count: 3 },
  { id: 'roscosmos', name: 'Roscosmos', topicLabel: 'Agencies', topicColor: '#f0f', count: 1 },
];

describe('the found list', () => {
  it('groups names by topic with their counts, and picking one asks to show it', () => {
    const onSelect = vi.fn();
    render(<FoundList items={ITEMS} onSelect={onSelect} t={t} />);
    const agencies = screen.getByRole('region', { name: 'Agencies' });
    const buttons = within(agencies).getAllByRole('button');
    // The count is a bare number on screen and a counted phrase for screen readers.
    expect(buttons.map((button) => button.querySelector('.found-count')?.textContent)).toEqual(['3', '1']);
    expect(within(agencies).getByRole('button', { name: 'NASA, 3 mentions' })).toBe(buttons[0]);
    expect(within(agencies).getByRole('button', { name: 'Roscosmos, 1 mention' })).toBe(buttons[1]);
    fireEvent.click(buttons[1]!);
    expect(onSelect).toHaveBeenCalledWith('roscosmos');
  });

  it('says honestly when nothing was found, or when it cannot look', () => {
    const { rerender } = render(<FoundList items={[]} onSelect={vi.fn()} t={t} />);
    expect(screen.getByText('No names from the dataset on this page.')).toBeTruthy();
    rerender(<FoundList items={undefined} unavailable onSelect={vi.fn()} t={t} />);
    expect(screen.getByText('Backstory does not run on this page.')).toBeTruthy();
  });
});

describe('controls', () => {
  it('a switch has its own name, its description, and reports on/off', () => {
    const onChange = vi.fn();
    render(<Switch label="Highlights" description="Mark names" checked onChange={onChange} />);
    const control = screen.getByRole('switch', { name: 'Highlights' });
    expect(control.getAttribute('aria-describedby')).toBeTruthy();
    fireEvent.click(control);
    expect(onChange).toHaveBeenCalledWith(false);
  });

  it('topics are checkboxes, checked unless disabled', () => {
    const onToggle = vi.fn();
    render(
      <TopicList
        topics={[
          { id: 'people', label: 'People', color: '#f00', count: 3 },
          { id: 'agencies', label: 'Space agencies', color: '#0f0', count: 2 },
        ]}
        disabled={['people']}
        onToggle={onToggle}
        t={t}
      />,
    );
    const people = screen.getByRole('checkbox', { name: /People/ }) as HTMLInputElement;
    expect(people.closest('label')?.textContent).toContain('3 names');
    expect(people.checked).toBe(false);
    fireEvent.click(people);
    expect(onToggle).toHaveBeenCalledWith('people', true);
  });

  it('a radio group reports the chosen value', () => {
    const onChange = vi.fn();
    render(
      <RadioGroup
        legend="Highlight style"
        name="style"
        value="underline"
        options={[
          { value: 'underline', label: 'Underline' },
          { value: 'background', label: 'Soft background' },
        ]}
        onChange={onChange}
      />,
    );
    fireEvent.click(screen.getByRole('radio', { name: /Soft background/ }));
    expect(onChange).toHaveBeenCalledWith('background');
  });

  it('the site list removes a site by name, and explains itself when empty', () => {
    const onRemove = vi.fn();
    const { rerender } = render(<SiteList sites={['example.com']} onRemove={onRemove} t={t} />);
    fireEvent.click(screen.getByRole('button', { name: 'Turn Backstory back on for example.com' }));
    expect(onRemove).toHaveBeenCalledWith('example.com');
    rerender(<SiteList sites={[]} onRemove={onRemove} t={t} />);
    expect(screen.getByText(/None\./)).toBeTruthy();
  });

  it('settings transfer shows an error as an alert', () => {
    render(
      <SettingsTransfer
        onExport={vi.fn()}
        onImport={vi.fn()}
        maxBytes={1000}
        onTooLarge={vi.fn()}
        onReset={vi.fn()}
        message={{ kind: 'error', text: 'This file is not JSON.' }}
        t={t}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe('This file is not JSON.');
  });
});
