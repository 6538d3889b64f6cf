import { describe, expect, it } from 'vitest';
import { contentWords, sharedWordCount } from '../../utils/card-words';
import { mentionsDate } from '../../utils/date-in-text';
import { shorten, splitSourceTitle, SHORT_TITLE_CHARS } from '../../utils/source-title';
import { safeHref } from '../../utils/safe-href';

describe('content words', () => {
  it('drops stop words, short words and small numbers, folds case and plurals, keeps years', () => {
    expect([...contentWords('The Sanctions on ISS astronauts in 2022, he said, by 12 of them')].sort()).toEqual(
      ['2022', 'astronaut', 'iss', 'sanction'].sort(),
    );
  });

  it("leaves out the words it is told to ignore (the entity's own name)", () => {
    expect([...contentWords('Rogozin met Musk', contentWords('Dmitry Rogozin'))]).toEqual(['met', 'musk']);
  });

  it('counts shared words once each', () => {
    expect(sharedWordCount(contentWords('sanctions sanction ISS'), contentWords('US sanctions on the ISS'))).toBe(2);
  });

  it('reads any script', () => {
    expect([...contentWords('Роскосмос объявил')]).toEqual(['роскосмос', 'объявил']);
  });
});

describe('a date the sentence already states', () => {
  it.each([
    ['On 23 September 2023 he became a senator.', '2023-09-23'],
    ['He was dismissed on July 15, 2022.', '2022-07-15'],
    ['In March 2022 he answered.', '2022-03'],
    ['Founded in 2002.', '2002'],
    ['Launched on 1st Sept. 2019.', '2019-09-01'],
    ['From 23 December 2011 to 18 May 2018.', '2018-05'],
  ])('%s states %s', (text, date) => {
    expect(mentionsDate(text, date)).toBe(true);
  });

  it.each([
    ['In March 2022 he answered.', '2022-03-05'],
    ['On 15 July 2022 he left.', '2022-07-05'],
    ['Founded in 20022.', '2002'],
    ['It happened in 2022.', '2022-05'],
    ['Its May 2021 launch', '2021-03'],
  ])('%s does not state %s', (text, date) => {
    expect(mentionsDate(text, date)).toBe(false);
  });
});

describe('source titles', () => {
  it('splits the publisher from the headline at the first ": "', () => {
    expect(splitSourceTitle('SpaceNews: Russia: a new station')).toEqual({
      publisher: 'SpaceNews',
      shortTitle: 'Russia: a new station',
      full: 'SpaceNews: Russia: a new station',
    });
    expect(splitSourceTitle('Wikipedia')).toEqual({ publisher: 'Wikipedia', full: 'Wikipedia' });
  });

  it('cuts long headlines at a word, never past the limit', () => {
    const headline = 'Putin picks former deputy PM Borisov to head Roscosmos';
    const short = shorten(headline, SHORT_TITLE_CHARS);
    expect(short.endsWith('…')).toBe(true);
    expect(short.length).toBeLessThanOrEqual(SHORT_TITLE_CHARS + 1);
    expect(headline.startsWith(short.slice(0, -1))).toBe(true);
    expect(shorten('Short one', SHORT_TITLE_CHARS)).toBe('Short one');
    expect(shorten('Supercalifragilisticexpialidocious', 10)).toBe('Supercalif…');
  });
});

describe('safe links', () => {
  it('accepts https only', () => {
    expect(safeHref('https://tass.com/x')).toBe('https://tass.com/x');
    expect(safeHref('http://example.com')).toBeUndefined();
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('not a url')).toBeUndefined();
  });
});
