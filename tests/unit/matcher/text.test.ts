import { describe, expect, it } from 'vitest';
import { foldForSearch, hasGap, isAcronym, keyOf } from '@/utils/matcher/text';

describe('text rules', () => {
  it('keys a spelling and its variants alike: soft hyphens, ё, quotes, apostrophes, gaps', () => {
    expect(keyOf('Ros\u00adcos\u00admos')).toBe('Roscosmos');
    expect(keyOf('Королёв')).toBe('Королев');
    expect(keyOf('SpaceX\u2019s «Dragon»')).toBe(`SpaceX's "Dragon"`);
    expect(keyOf(' Crew\u2011Dragon \n capsule ')).toBe('Crew Dragon capsule');
    // A hyphen that joins no two words is kept.
    expect(keyOf('Crew-9')).toBe('Crew 9');
    expect(keyOf('-9')).toBe('-9');
  });

  it('folds ё in lower case for substring prefilters', () => {
    expect(foldForSearch('ЁЛКА Королёв')).toBe('елка королев');
  });

  it('tells a gap between words from a word', () => {
    expect(hasGap('Crew Dragon')).toBe(true);
    expect(hasGap('Crew\u2010Dragon')).toBe(true);
    expect(hasGap('Ros\u00adcosmos')).toBe(true);
    expect(hasGap('Roscosmos')).toBe(false);
  });

  it('knows an acronym by two or more capitals and no lower case', () => {
    expect(isAcronym('ISS')).toBe(true);
    expect(isAcronym('РС МКС')).toBe(true);
    expect(isAcronym('I')).toBe(false);
    expect(isAcronym('NASAs')).toBe(false);
  });
});
