import { describe, expect, it } from 'vitest';
import { compileMatcher } from '@/utils/matcher';
import { found, matcher } from './fixture';

describe('finding names', () => {
  it.each<[string, Array<[string, string[]]>]>([
    ['The ISS orbits Earth.', [['ISS', ['iss']]]],
    ['Muskegon city voted on the mission and its progress', []],
    ['SpaceXs', []],
    ["SpaceX's capsule", [['SpaceX', ['spacex']]]],
    [
      'SpaceX’s capsule (NASA, ESA)',
      [
        ['SpaceX', ['spacex']],
        ['NASA', ['nasa']],
        ['ESA', ['esa']],
      ],
    ],
    ['the crew of the (ISS).', [['ISS', ['iss']]]],
    [
      '«Роскосмос» и “SpaceX”',
      [
        ['Роскосмос', ['roscosmos']],
        ['SpaceX', ['spacex']],
      ],
    ],
    [
      'SPACEX and spacex both name the company',
      [
        ['SPACEX', ['spacex']],
        ['spacex', ['spacex']],
      ],
    ],
    ['a Falcon 9 booster, not a Falcon 99', [['Falcon 9', ['falcon-9']]]],
    ['die Europäische Weltraumorganisation', [['Europäische Weltraumorganisation', ['esa']]]],
    ['ISS_TELEMETRY and @ISS2 are identifiers', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('matches across non-breaking spaces, line breaks and hyphens inside a multi-word name', () => {
    expect(found('International\u00a0Space\n   Station')).toEqual([['International\u00a0Space\n   Station', ['iss']]]);
    expect(found('die Crew-Dragon-Kapsel')).toEqual([['Crew-Dragon', ['crew-dragon']]]);
  });

  it('matches names with soft hyphens inside words and between words, and reports the page’s own text', () => {
    const text = 'Ros\u00adcos\u00admos and the Euro\u00adpean Space\u00ad Agency';
    expect(found(text)).toEqual([
      ['Ros\u00adcos\u00admos', ['roscosmos']],
      ['Euro\u00adpean Space\u00ad Agency', ['esa']],
    ]);
    const [first] = matcher.findMentions(text);
    expect(text.slice(first!.start, first!.end)).toBe('Ros\u00adcos\u00admos');
    // The pattern alone finds the text node, as the content script's scan needs.
    matcher.pattern.lastIndex = 0;
    expect(matcher.pattern.test('Ros\u00adcos\u00admos')).toBe(true);
  });

  it('prefers the longest name at one place and never overlaps', () => {
    expect(found('Crew Dragon, then Dragon')).toEqual([
      ['Crew Dragon', ['crew-dragon']],
      ['Dragon', ['crew-dragon', 'cargo-dragon']],
    ]);
    expect(found('the Russian Orbital Segment')).toEqual([['Russian Orbital Segment', ['ros']]]);
  });

  it('matches nothing when compiled from no aliases', () => {
    const empty = compileMatcher([]);
    expect(empty.size).toBe(0);
    expect(found('ISS NASA SpaceX', empty)).toEqual([]);
  });
});

describe('case rules', () => {
  it('matches acronyms only in capitals', () => {
    expect(found('Iss lieber Gemüse; the iss; Nasa')).toEqual([]);
  });

  it('keeps the capitals of an ambiguous name that is also a common word', () => {
    expect(found('progress was slow')).toEqual([]);
    expect(found('профсоюз заключил союз')).toEqual([]);
    // Any other letter may change case (a headline in capitals)…
    expect(found('zarya, Zarya, ZARYA')).toEqual([
      ['Zarya', ['zarya']],
      ['ZARYA', ['zarya']],
    ]);
    // …unless the dataset asks for the exact spelling.
    expect(found('a Progress cargo ship, PROGRESS')).toEqual([['Progress cargo ship', ['progress']]]);
  });

  it('keeps the capitals in declined forms: Королева is Korolev’s genitive, королева a queen', () => {
    expect(found('улица Королева, королева Англии')).toEqual([['Королева', ['korolev']]]);
  });
});

describe('the German genitive', () => {
  it('takes -s without an apostrophe on names that do not end in s', () => {
    expect(found('NASAs Budget und Musks Firma')).toEqual([
      ['NASAs', ['nasa']],
      ['Musks', ['musk']],
    ]);
    expect(found('ISSs')).toEqual([]);
  });
});
