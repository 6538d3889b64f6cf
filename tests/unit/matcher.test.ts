import { describe, expect, it } from 'vitest';
import {
  CONTEXT_WINDOW,
  MentionContext,
  compileMatcher,
  russianForms,
  type Matcher,
  type MatcherAlias,
} from '../../utils/matcher';

// A small alias set of our own, so these tests do not move when the dataset does.
const SPACE = ['ISS', 'space station', 'astronaut'];
const ALIASES: MatcherAlias[] = [
  { text: 'International Space Station', case: 'any', entityId: 'iss' },
  { text: 'ISS', case: 'exact', entityId: 'iss' },
  { text: 'МКС', case: 'exact', entityId: 'iss' },
  { text: 'space station', case: 'any', entityId: 'iss', context: ['NASA', 'cosmonaut'] },
  { text: 'NASA', case: 'exact', entityId: 'nasa' },
  { text: 'ESA', case: 'exact', entityId: 'esa' },
  { text: 'European Space Agency', case: 'any', entityId: 'esa' },
  { text: 'Europäische Weltraumorganisation', case: 'any', entityId: 'esa' },
  { text: 'CSA', case: 'exact', entityId: 'csa', context: ['NASA', 'astronaut', 'Canada'] },
  { text: 'Canadian Space Agency', case: 'any', entityId: 'csa' },
  { text: 'SpaceX', case: 'any', entityId: 'spacex' },
  { text: 'Crew Dragon', case: 'any', entityId: 'crew-dragon' },
  { text: 'Dragon capsule', case: 'any', entityId: 'crew-dragon', context: ['astronauts', 'Crew-9'] },
  { text: 'Dragon', case: 'exact', entityId: 'crew-dragon', context: ['SpaceX', 'splashdown'] },
  { text: 'Dragon', case: 'exact', entityId: 'cargo-dragon', context: ['resupply', 'cargo'] },
  { text: 'Russian Orbital Segment', case: 'any', entityId: 'ros' },
  { text: 'Russian segment', case: 'any', entityId: 'ros', context: SPACE },
  { text: 'Roscosmos', case: 'any', entityId: 'roscosmos' },
  { text: 'Роскосмос', case: 'any', entityId: 'roscosmos' },
  { text: 'Рогозин', case: 'any', entityId: 'rogozin' },
  { text: 'Королёв', case: 'any', entityId: 'korolev' },
  { text: 'Международная космическая станция', case: 'any', entityId: 'iss' },
  { text: 'Elon Musk', case: 'any', entityId: 'musk' },
  { text: 'Musk', case: 'exact', entityId: 'musk', context: ['SpaceX', 'Tesla'] },
  { text: 'Falcon 9', case: 'any', entityId: 'falcon-9' },
  { text: 'Progress', case: 'exact', entityId: 'progress', context: ['cargo ship', 'resupply', 'Roscosmos'] },
  { text: 'Progress cargo ship', case: 'any', entityId: 'progress' },
  { text: 'Союз', case: 'exact', entityId: 'soyuz', context: ['МКС', 'космонавт'] },
  { text: 'Союз МС', case: 'any', entityId: 'soyuz' },
  { text: 'Unity', case: 'exact', entityId: 'unity', context: SPACE },
  { text: 'Unity node', case: 'any', entityId: 'unity' },
  { text: 'Zarya', case: 'any', entityId: 'zarya', context: SPACE },
  { text: 'Harmony', case: 'exact', entityId: 'harmony', context: ['ISS', 'Destiny'] },
  { text: 'Destiny', case: 'exact', entityId: 'destiny', context: ['ISS', 'Harmony'] },
  { text: 'Destiny laboratory', case: 'any', entityId: 'destiny' },
  { text: 'Columbus', case: 'exact', entityId: 'columbus', context: ['ISS', 'ESA'] },
  { text: 'Columbus laboratory', case: 'any', entityId: 'columbus' },
];

const matcher = compileMatcher(ALIASES);

function found(text: string, using: Matcher = matcher): Array<[string, string[]]> {
  return using.findMentions(text).map((m) => [m.text, m.entries.map((e) => e.entityId)]);
}

/** What a reader would see highlighted in `text` read as one article: [text, entity] pairs. */
function highlighted(text: string, using: Matcher = matcher): Array<[string, string]> {
  const context = new MentionContext(using);
  const at = context.append(text)!;
  const mentions = using.findMentions(text);
  context.note(mentions);
  return mentions
    .map((mention) => context.resolve(mention, at + mention.start))
    .filter((hit) => hit !== null)
    .map((hit) => [hit.text, hit.entityId]);
}

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

describe('Russian inflections', () => {
  it('declines a surname the dataset gives only in the nominative, with ё written either way', () => {
    const text = 'Рогозин, Рогозина, Рогозину, Рогозиным, Рогозине; Королёв и Королев';
    expect(found(text).map(([word]) => word)).toEqual([
      'Рогозин',
      'Рогозина',
      'Рогозину',
      'Рогозиным',
      'Рогозине',
      'Королёв',
      'Королев',
    ]);
  });

  it('declines adjective phrases and names word by word', () => {
    expect(russianForms('Международная космическая станция')).toEqual([
      'Международной космической станции',
      'Международную космическую станцию',
      'Международной космической станцией',
    ]);
    expect(russianForms('Илон Маск')).toEqual(['Илона Маска', 'Илону Маску', 'Илоном Маском', 'Илоне Маске']);
    expect(russianForms('космодром Восточный')).toContain('космодрома Восточный');
    expect(russianForms('Пётр Дубров')).toContain('Петра Дуброва');
    expect(russianForms('Союз')).toContain('Союзах');
    // Words that do not decline, and phrases whose declension the spelling does not tell.
    expect(russianForms('Кибо')).toEqual([]);
    expect(russianForms('РС МКС')).toEqual([]);
    expect(russianForms('NASA')).toEqual([]);
  });

  it('finds declined phrases in text', () => {
    expect(found('экипаж Международной космической станции')).toEqual([['Международной космической станции', ['iss']]]);
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

describe('names that are something else', () => {
  it('leaves the ISS Dome and the Unity engine alone, however they are written', () => {
    expect(found('im ISS Dome, in the Unity engine, mit der Unity-Engine')).toEqual([]);
  });

  it('still finds the name beside them', () => {
    expect(found('The ISS Dome is not the ISS.')).toEqual([['ISS', ['iss']]]);
  });
});

describe('resolving mentions in an article', () => {
  it('highlights unambiguous names without support', () => {
    expect(highlighted('NASA and Roscosmos run the ISS.')).toEqual([
      ['NASA', 'nasa'],
      ['Roscosmos', 'roscosmos'],
      ['ISS', 'iss'],
    ]);
  });

  it('needs a context word near an ambiguous name, or the entity named elsewhere', () => {
    expect(highlighted('In the fairy tale the Dragon sleeps under the mountain.')).toEqual([]);
    expect(highlighted('SpaceX said the Dragon would stay docked for a month.')).toEqual([
      ['SpaceX', 'spacex'],
      ['Dragon', 'crew-dragon'],
    ]);
    expect(highlighted('The Crew Dragon docked; later the Dragon undocked.')).toEqual([
      ['Crew Dragon', 'crew-dragon'],
      ['Dragon', 'crew-dragon'],
    ]);
  });

  it('counts a context word only nearby, not anywhere on a long page', () => {
    const filler = ' Lorem ipsum dolor sit amet.'.repeat(Math.ceil((CONTEXT_WINDOW + 200) / 28));
    expect(highlighted(`SpaceX said so.${filler} Then the Dragon slept.`)).toEqual([['SpaceX', 'spacex']]);
  });

  it('picks the entity whose context is closest when one spelling names several', () => {
    expect(highlighted('A cargo flight: the Dragon brought resupply.')).toEqual([['Dragon', 'cargo-dragon']]);
  });

  it('takes a shorter name when the longer one is not justified', () => {
    expect(highlighted('SpaceX showed its Dragon capsule on Monday.')).toEqual([
      ['SpaceX', 'spacex'],
      ['Dragon', 'crew-dragon'],
    ]);
    expect(highlighted('SpaceX flew four astronauts in its Dragon capsule.')).toEqual([
      ['SpaceX', 'spacex'],
      ['Dragon capsule', 'crew-dragon'],
    ]);
  });

  it('needs the context word as a whole word, in any of its forms', () => {
    expect(highlighted('An encapsulated Russian segment.')).toEqual([]);
    expect(highlighted('Two astronauts worked in the Russian segment.')).toEqual([['Russian segment', 'ros']]);
  });

  it('treats the start of a sentence as no evidence for a one-word name: the sentence must hold its context', () => {
    expect(highlighted('A Progress cargo ship docked. Progress on the talks was slow.')).toEqual([
      ['Progress cargo ship', 'progress'],
    ]);
    expect(highlighted('A Progress cargo ship docked. Progress brought resupply for the crew.')).toEqual([
      ['Progress cargo ship', 'progress'],
      ['Progress', 'progress'],
    ]);
    expect(highlighted('Columbus, Ohio, hosts the meeting. The Columbus laboratory turns 20.')).toEqual([
      ['Columbus laboratory', 'columbus'],
    ]);
  });

  it('does not let two ambiguous names vouch for each other', () => {
    expect(highlighted('The Harmony choir sings in the Destiny hall.')).toEqual([]);
    expect(highlighted('The Destiny laboratory is attached to Harmony.')).toEqual([
      ['Destiny laboratory', 'destiny'],
      ['Harmony', 'harmony'],
    ]);
  });

  it('does not trust capitals in shouted text', () => {
    expect(highlighted('Kaloriencheck: ISS DAS statt Bratwurst!')).toEqual([]);
    expect(highlighted('ISS CREW SAFE. The International Space Station is fine.')).toEqual([
      ['ISS', 'iss'],
      ['International Space Station', 'iss'],
    ]);
    expect(highlighted('NASA ESA talks')).toEqual([
      ['NASA', 'nasa'],
      ['ESA', 'esa'],
    ]);
  });

  it('drops an acronym the article spells out as something else', () => {
    const text =
      'The Chief of Staff of the Army (CSA) met NASA officials. The CSA said astronauts may train with the Army.';
    expect(highlighted(text)).toEqual([['NASA', 'nasa']]);
    expect(highlighted('The Endangered Species Act (ESA) protects the owl. ESA rules apply.')).toEqual([]);
  });

  it('keeps an acronym the article spells out as our entity', () => {
    expect(highlighted('The Canadian Space Agency (CSA) and NASA signed. The CSA astronaut flies in May.')).toEqual([
      ['Canadian Space Agency', 'csa'],
      ['CSA', 'csa'],
      ['NASA', 'nasa'],
      ['CSA', 'csa'],
    ]);
  });

  it('does not take a name that the article uses inside something else’s name', () => {
    expect(highlighted('The ISS tour was built in the Unity engine; Unity made it easy.')).toEqual([['ISS', 'iss']]);
    expect(highlighted('The ISS grew around the Unity node; the Unity hatch opened.')).toEqual([
      ['ISS', 'iss'],
      ['Unity node', 'unity'],
      ['Unity', 'unity'],
    ]);
  });

  it('stops growing its text at the limit, and then counts context anywhere', () => {
    const small = new MentionContext(matcher, CONTEXT_WINDOW, 10);
    expect(small.append('SpaceX here.')).toBe(0);
    expect(small.append('More text.')).toBeUndefined();
  });

  it('forgets everything when cleared', () => {
    const context = new MentionContext(matcher);
    context.append('Crew Dragon');
    context.note(matcher.findMentions('Crew Dragon'));
    expect(context.namedEntities.has('crew-dragon')).toBe(true);
    context.clear();
    expect(context.namedEntities.size).toBe(0);
    const [dragon] = matcher.findMentions('the Dragon');
    expect(context.resolve(dragon!, 0)).toBeNull();
  });
});

describe('resolving without positions: context anywhere in the article', () => {
  // A spelling of cargo-dragon that needs no context, so an article can name it unambiguously.
  const withCargo = compileMatcher([...ALIASES, { text: 'Cargo Dragon', case: 'any', entityId: 'cargo-dragon' }]);
  const [dragon] = withCargo.findMentions('the Dragon');

  function resolveIn(article: string): string | null {
    const context = new MentionContext(withCargo);
    context.append(article);
    context.note(withCargo.findMentions(article));
    return context.resolve(dragon!)?.entityId ?? null;
  }

  it('needs a context word or the entity named', () => {
    expect(resolveIn('A dragon in a fairy tale.')).toBeNull();
    expect(resolveIn('The splashdown went well.')).toBe('crew-dragon');
    expect(resolveIn('The Cargo Dragon is ready.')).toBe('cargo-dragon');
  });
});

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
