import { describe, expect, it } from 'vitest';
import { matcherAliases } from '@/utils/matcher';

describe('the dataset’s aliases as matcher input', () => {
  it('fills in the default case and keeps context and veto words', () => {
    expect(
      matcherAliases('iss', [
        { text: 'International Space Station' },
        { text: 'ISS', case: 'exact', veto: ['proxy adviser'] },
        { text: 'space station', context: ['NASA'], veto: [] },
      ]),
    ).toEqual([
      { text: 'International Space Station', case: 'any', entityId: 'iss' },
      { text: 'ISS', case: 'exact', entityId: 'iss', veto: ['proxy adviser'] },
      { text: 'space station', case: 'any', entityId: 'iss', context: ['NASA'] },
    ]);
  });
});
