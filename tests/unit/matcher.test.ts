import { describe, expect, it } from 'vitest';
import { compileMatcher, resolveMention, type MatcherAlias } from '../../utils/matcher';

const ALIASES: MatcherAlias[] = [
  { text: 'International Space Station', case: 'any', entityId: 'iss' },
  { text: 'ISS', case: 'exact', entityId: 'iss' },
  { text: 'МКС', case: 'exact', entityId: 'iss' },
  { text: 'Crew Dragon', case: 'any', entityId: 'crew-dragon' },
  { text: 'Dragon', case: 'any', entityId: 'crew-dragon', context: ['SpaceX', 'capsule'] },
  { text: 'Russian Orbital Segment', case: 'any', entityId: 'russian-orbital-segment' },
  { text: 'SpaceX', case: 'any', entityId: 'spacex' },
  { text: 'NASA', case: 'exact', entityId: 'nasa' },
  { text: 'Рогозин', case: 'any', entityId: 'dmitry-rogozin' },
  { text: 'Рогозина', case: 'any', entityId: 'dmitry-rogozin' },
  { text: 'Королёв', case: 'any', entityId: 'korolev' },
  { text: 'Elon Musk', case: 'any', entityId: 'elon-musk' },
  { text: 'Musk', case: 'any', entityId: 'elon-musk', context: ['Tesla', 'SpaceX'] },
  { text: 'Falcon 9', case: 'any', entityId: 'falcon-9' },
];

const matcher = compileMatcher(ALIASES);

function found(text: string): Array<[string, string[]]> {
  return matcher.findMentions(text).map((m) => [m.text, m.entries.map((e) => e.entityId)]);
}

describe('the matcher', () => {
  it.each([
    ['The ISS orbits Earth.', [['ISS', ['iss']]]],
    ['the iss is not an acronym here', []],
    ['A mission to the station', []],
    ["SpaceX's capsule", [['SpaceX', ['spacex']]]],
    ['(NASA, ESA)', [['NASA', ['nasa']]]],
    ['Nasa in lower case is not the agency acronym', []],
    [
      'SPACEX and spacex both match a name',
      [
        ['SPACEX', ['spacex']],
        ['spacex', ['spacex']],
      ],
    ],
    ['Muskegon is a city in Michigan', []],
    ['The Crew Dragon docked', [['Crew Dragon', ['crew-dragon']]]],
    ['the Russian Orbital Segment fires', [['Russian Orbital Segment', ['russian-orbital-segment']]]],
    ['International\u00a0Space\nStation', [['International\u00a0Space\nStation', ['iss']]]],
    ['Глава Роскосмоса Рогозин заявил', [['Рогозин', ['dmitry-rogozin']]]],
    [
      'слова Рогозина о МКС',
      [
        ['Рогозина', ['dmitry-rogozin']],
        ['МКС', ['iss']],
      ],
    ],
    ['Рогозиным не считается без формы', []],
    ['улица Королева (another word)', []],
    [
      'город Королёв и Королев',
      [
        ['Королёв', ['korolev']],
        ['Королев', ['korolev']],
      ],
    ],
    ['a Falcon 9 booster, not Falcon 99', [['Falcon 9', ['falcon-9']]]],
    ['«Рогозин»', [['Рогозин', ['dmitry-rogozin']]]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('prefers the longest name at one position', () => {
    expect(found('Crew Dragon, then Dragon')).toEqual([
      ['Crew Dragon', ['crew-dragon']],
      ['Dragon', ['crew-dragon']],
    ]);
  });

  it('matches nothing when compiled from no aliases', () => {
    const empty = compileMatcher([]);
    expect(empty.size).toBe(0);
    expect(empty.findMentions('ISS NASA SpaceX')).toEqual([]);
  });
});

describe('ambiguous names', () => {
  const [dragon] = matcher.findMentions('the Dragon');

  it('are dropped when the article gives no context', () => {
    expect(resolveMention(dragon!, { namedEntities: new Set(), text: 'A dragon in a fairy tale.' })).toBeNull();
  });

  it('are kept when a context word is in the article', () => {
    expect(resolveMention(dragon!, { namedEntities: new Set(), text: 'The capsule splashed down.' })).toBe(
      'crew-dragon',
    );
  });

  it('are kept when the entity is named unambiguously elsewhere', () => {
    expect(resolveMention(dragon!, { namedEntities: new Set(['crew-dragon']), text: '' })).toBe('crew-dragon');
  });

  it('need the context word as a whole word', () => {
    expect(resolveMention(dragon!, { namedEntities: new Set(), text: 'encapsulated' })).toBeNull();
  });
});
