import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import messages from '../../public/_locales/en/messages.json';
import { readCard } from '../../entrypoints/content/card/read';
import { ROGOZIN } from '../fixtures/card-entities';

describe('a card’s facts as the background sent them', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The fake browser has no message bundle: the English one stands in.
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
      (key: string) => (messages as Record<string, { message: string } | undefined>)[key]?.message ?? '',
    );
  });

  const related = [{ id: 'roscosmos', name: 'Roscosmos' }];

  it('keeps the entity and its related names, with the topic’s label and colour', () => {
    const content = readCard({ entity: ROGOZIN, related }, 'dmitry-rogozin');
    expect(content?.entity.name).toBe('Dmitry Rogozin');
    expect(content?.entity.facts).toHaveLength(ROGOZIN.facts.length);
    expect(content?.related).toEqual(related);
    expect(content?.topicLabel).toBe('People');
    expect(content?.topicColor).toBe('#d1467a');
  });

  it('turns down another entity than the one asked for, no entity, and a reply out of shape', () => {
    expect(readCard({ entity: ROGOZIN, related }, 'yuri-borisov')).toBeUndefined();
    expect(readCard({ entity: null }, 'dmitry-rogozin')).toBeUndefined();
    expect(readCard({ entity: { ...ROGOZIN, facts: 'none' } }, 'dmitry-rogozin')).toBeUndefined();
    expect(readCard({ entity: ROGOZIN, related: [{ id: 'Not An Id', name: 'x' }] }, 'dmitry-rogozin')).toBeUndefined();
    expect(readCard(undefined, 'dmitry-rogozin')).toBeUndefined();
  });
});
