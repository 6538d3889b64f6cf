import { describe, expect, it } from 'vitest';
import { definitionsOf, spells } from '@/utils/matcher/acronyms';
import { highlighted } from './fixture';

describe('acronyms', () => {
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
});

describe('reading definitions', () => {
  it('spells an acronym from initials, over stopwords, in any script', () => {
    expect(spells('CSA', ['Chief', 'of', 'Staff', 'of', 'the', 'Army'])).toBe(true);
    expect(spells('CSA', ['Chief', 'Staff'])).toBe(false);
    expect(spells('МКС', ['Международная', 'космическая', 'станция'])).toBe(true);
    expect(spells('ESA', ['Endangered', 'Species', 'Act', 'protects'])).toBe(false);
  });

  it('finds "words (ACRONYM)" and "ACRONYM (words)", from where the last search stopped', () => {
    const text = 'The Chief of Staff of the Army (CSA) spoke. Later, CSA (Confederate States of America) came up.';
    expect([...definitionsOf(text, 'CSA', 0)]).toEqual(['Confederate States of America', 'Chief of Staff of the Army']);
    expect([...definitionsOf(text, 'CSA', text.indexOf('Later'))]).toEqual(['Confederate States of America']);
    expect([...definitionsOf('The CSA (a body) met.', 'CSA', 0)]).toEqual([]);
  });
});
