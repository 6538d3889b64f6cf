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
