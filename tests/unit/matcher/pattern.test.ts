import { describe, expect, it } from 'vitest';
import { compileMatcher, type MatcherAlias } from '@/utils/matcher';
import { ALIASES, found } from './fixture';

describe('a very large alias set', () => {
  // Enough spellings to pass the size at which V8 stops optimising one pattern.
  const many: MatcherAlias[] = Array.from({ length: 3000 }, (_, index) => ({
    text: `Testname${index.toString(36)} Probe`,
    case: 'any',
    entityId: `entity-${index}`,
  }));
  const big = compileMatcher([...many, ...ALIASES]);

  it('is split into several patterns that still behave as one', () => {
    expect(found('Testnamezz Probe and the ISS and Testname0 Probe', big)).toEqual([
      ['Testnamezz Probe', ['entity-1295']],
      ['ISS', ['iss']],
      ['Testname0 Probe', ['entity-0']],
    ]);
    big.pattern.lastIndex = 0;
    expect(big.pattern.test('nothing here')).toBe(false);
    big.pattern.lastIndex = 0;
    expect(big.pattern.test('only Testname2s Probe here')).toBe(true);
  });
});

describe('declined names, spelled word by word', () => {
  const phrase: MatcherAlias[] = [
    { text: 'Международная космическая станция', case: 'any', entityId: 'iss' },
    { text: 'Міжнародна космічна станція', case: 'any', entityId: 'iss', lang: 'uk' },
  ];
  const declined = compileMatcher(phrase);

  it('finds every case form, and no mixture of cases', () => {
    expect(found('на Международной космической станции и Міжнародній космічній станції', declined)).toEqual([
      ['Международной космической станции', ['iss']],
      ['Міжнародній космічній станції', ['iss']],
    ]);
    expect(found('Международная космической станцию', declined)).toEqual([]);
  });

  it('keeps the pattern far smaller than one path per form', () => {
    const source = declined.pattern.source;
    expect(source.match(/станци/g)?.length).toBe(1);
    expect(source.match(/станці/g)?.length).toBe(1);
  });
});
