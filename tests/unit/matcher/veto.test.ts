import { describe, expect, it } from 'vitest';
import { CONTEXT_WINDOW, MentionContext, compileMatcher, createMatcher, prepareMatcher } from '@/utils/matcher';
import { highlighted } from './fixture';

// ISS is also Institutional Shareholder Services, the proxy adviser; Мир is also Russia's card payment system.
const matcher = compileMatcher([
  {
    text: 'ISS',
    case: 'exact',
    entityId: 'iss',
    veto: ['shareholder', 'proxy adviser', 'Institutional Shareholder Services', 'Stimmrechtsberater', 'Aktionär'],
  },
  { text: 'International Space Station', case: 'any', entityId: 'iss' },
  { text: 'Internationale Raumstation', case: 'any', entityId: 'iss' },
  { text: 'NASA', case: 'exact', entityId: 'nasa' },
  { text: 'Мир', case: 'exact', entityId: 'mir', veto: ['карта', 'платёжная система'] },
  { text: 'Mir', case: 'exact', entityId: 'mir', context: ['space station', 'Soyuz'], veto: ['payment'] },
]);

const seen = (text: string) => highlighted(text, matcher);

describe('veto words', () => {
  it('reject an English mention with a veto word near it, and only that alias', () => {
    expect(seen('Proxy adviser ISS told shareholders to vote against the pay plan.')).toEqual([]);
    expect(
      seen('ISS, the proxy adviser, backed the board. NASA said the International Space Station is fine.'),
    ).toEqual([
      ['NASA', 'nasa'],
      ['International Space Station', 'iss'],
    ]);
    expect(seen('The ISS crew returned on Tuesday, NASA said.')).toEqual([
      ['ISS', 'iss'],
      ['NASA', 'nasa'],
    ]);
  });

  it('count only within the context window', () => {
    const filler = ' Lorem ipsum dolor sit amet.'.repeat(Math.ceil((CONTEXT_WINDOW + 200) / 28));
    expect(seen(`The ISS crew returned.${filler} Shareholders met in May.`)).toEqual([['ISS', 'iss']]);
    expect(seen(`The shareholders met in May.${filler} The ISS crew returned.`)).toEqual([['ISS', 'iss']]);
  });

  it('reject a Russian mention, the veto word in any case form and with ё written either way', () => {
    expect(seen('Оплатить картой «Мир» можно почти везде.')).toEqual([]);
    expect(seen('Платежная система «Мир» работает и за границей.')).toEqual([]);
    expect(seen('Станция «Мир» сошла с орбиты в 2001 году.')).toEqual([['Мир', 'mir']]);
    expect(seen('Экипаж станции «Мир» вернулся.')).toEqual([['Мир', 'mir']]);
  });

  it('reject a German mention, the veto word with its ending', () => {
    expect(seen('Der Stimmrechtsberater ISS empfiehlt den Aktionären, gegen den Vorstand zu stimmen.')).toEqual([]);
    expect(seen('Die ISS umkreist die Erde; die Internationale Raumstation ist bemannt.')).toEqual([
      ['ISS', 'iss'],
      ['Internationale Raumstation', 'iss'],
    ]);
  });

  it('reject an ambiguous alias even when its context is there', () => {
    expect(seen('The Mir space station took Soyuz crews.')).toEqual([['Mir', 'mir']]);
    expect(seen('Payments with Mir work at the old space station museum.')).toEqual([]);
  });

  it('keep a vetoed mention from naming its entity for others', () => {
    const context = new MentionContext(matcher);
    const text = 'Proxy adviser ISS spoke.';
    const at = context.append(text)!;
    context.note(matcher.findMentions(text), at);
    expect(context.namedEntities.has('iss')).toBe(false);
  });

  it('survive the trip from the background to the page as plain data', () => {
    const prepared = JSON.parse(
      JSON.stringify(prepareMatcher([{ text: 'ISS', case: 'exact', entityId: 'iss', veto: ['shareholder'] }])),
    );
    const page = createMatcher(prepared);
    expect(highlighted('ISS shareholders voted.', page)).toEqual([]);
    expect(highlighted('The ISS crew voted.', page)).toEqual([['ISS', 'iss']]);
  });
});
