import { describe, expect, it } from 'vitest';
import { extractNames, type ExtractOptions } from '../../../scripts/lib/gaps/extract';

/** Words these tests' "pages" also write in lower case. */
const COMMON = new Set(['scientists', 'later', 'engineers', 'mission', 'progress', 'station', 'ракета']);
const names = (text: string, options: Partial<ExtractOptions> = {}) =>
  extractNames(text, { lang: 'en', isCommonWord: (word) => COMMON.has(word), ...options }).map((name) => name.text);

describe('name candidates', () => {
  it('takes capitalised sequences, without the possessive, the sentence dot or a leading title', () => {
    expect(names("NASA Administrator Jim Bridenstine praised SpaceX's work at Jet Propulsion Laboratory.")).toEqual([
      'NASA Administrator Jim Bridenstine',
      'SpaceX',
      'Jet Propulsion Laboratory',
    ]);
    expect(names('The crew flew with Administrator Jared Isaacman.')).toEqual(['Jared Isaacman']);
  });

  it('keeps a craft’s or a crew’s designator with its name', () => {
    expect(
      names("Soyuz MS-22 docked; Expedition 68 welcomed it, as did the Chang'e 6 team and Artemis II planners."),
    ).toEqual(['Soyuz MS-22', 'Expedition 68', "Chang'e 6", 'Artemis II']);
    expect(names('The Soyuz-2.1a rocket and a Falcon 9 booster.')).toEqual(['Soyuz-2.1a', 'Falcon 9']);
  });

  it('joins names with their small words, and does not join two names with "and"', () => {
    expect(names('the Department of Defense and the Agencia de Exploración Espacial said')).toEqual([
      'Department of Defense',
      'Agencia de Exploración Espacial',
    ]);
    expect(names('between Boeing and Lockheed Martin')).toEqual(['Boeing', 'Lockheed Martin']);
  });

  it('does not run a name into the next sentence, and keeps initials', () => {
    expect(names('It launched from Florida. Roscosmos said the U.K. Space Agency agreed.')).toEqual([
      'Florida',
      'Roscosmos',
      'U.K. Space Agency',
    ]);
  });

  it('drops a sentence’s first word when the pages write it in lower case, but keeps a name there', () => {
    expect(names('Scientists said the probe works. Later, Rogozin spoke. Mission control agreed.')).toEqual([
      'Rogozin',
    ]);
    expect(names('Bridenstine said so.')).toEqual(['Bridenstine']);
  });

  it('leaves out months, weekdays, function words and site boilerplate', () => {
    expect(names('On Monday, in March, Read More. Advertisement. Getty Images. The. Continue Reading')).toEqual([]);
    expect(names('The Moon and Mars are closer than the Internet.')).toEqual([]);
    expect(names('Am Montag startete die Rakete.', { lang: 'de' })).toEqual([]);
  });

  it('reads a title-case headline for names of strong shape only', () => {
    expect(names('ESA Receives $18 Billion In Omnibus Spending Bill For SpaceX')).toEqual(['ESA', 'SpaceX']);
  });

  it('in German, where every noun has a capital, keeps sequences and names of strong shape only', () => {
    expect(names('Der Astronaut Alexander Gerst flog mit der Rakete zur ISS und zum Mond.', { lang: 'de' })).toEqual([
      'Astronaut Alexander Gerst',
      'ISS',
    ]);
  });

  it('reads Russian and Ukrainian names, and names in «quotes»', () => {
    expect(
      names('Ракета «Союз-2.1а» вывела корабль «Прогресс МС-21» к МКС, сообщили ЦНИИмаш и Юрий Борисов.', {
        lang: 'ru',
      }),
    ).toEqual(['Союз-2.1а', 'Прогресс МС-21', 'ЦНИИмаш', 'Юрий Борисов']);
    expect(names('Ракета Falcon 9 вивела на орбіту супутник, повідомив Ілон Маск.', { lang: 'uk' })).toEqual([
      'Falcon 9',
      'Ілон Маск',
    ]);
  });

  it('reads Chinese names before 号 and 空间站, and Japanese katakana names and agencies', () => {
    expect(names('神舟十五号载人飞船与天宫空间站对接，国家航天局表示。', { lang: 'zh' })).toEqual([
      '神舟十五号',
      '天宫空间站',
      '国家航天局',
    ]);
    expect(names('宇宙航空研究開発機構はイプシロンロケットを打ち上げた。', { lang: 'ja' })).toEqual([
      '宇宙航空研究開発機構',
      'イプシロンロケット',
    ]);
  });
});
