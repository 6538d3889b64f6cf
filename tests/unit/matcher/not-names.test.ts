import { describe, expect, it } from 'vitest';
import notNames from '@/data/not-names.json';
import { NOT_NAMES } from '@/utils/matcher';
import { found, highlighted, matcher } from './fixture';

describe('the not-names list (data/not-names.json)', () => {
  it('gives a reason for every name, and names each once', () => {
    for (const { name, reason } of notNames) {
      expect(name.trim(), name).toBe(name);
      expect(reason.length, name).toBeGreaterThan(10);
    }
    expect(new Set(NOT_NAMES).size).toBe(NOT_NAMES.length);
  });

  it('is what the matcher is built with by default', () => {
    expect(matcher.notNames).toEqual(NOT_NAMES);
    expect(NOT_NAMES).toContain('ISS Dome');
  });
});

describe('names that are something else', () => {
  it('leaves the ISS Dome and the Unity engine alone, however they are written', () => {
    expect(found('im ISS Dome, in the Unity engine, mit der Unity-Engine')).toEqual([]);
  });

  it('still finds the name beside them', () => {
    expect(found('The ISS Dome is not the ISS.')).toEqual([['ISS', ['iss']]]);
  });

  it('does not take a name that the article uses inside something else’s name', () => {
    expect(highlighted('The ISS tour was built in the Unity engine; Unity made it easy.')).toEqual([['ISS', 'iss']]);
    expect(highlighted('The ISS grew around the Unity node; the Unity hatch opened.')).toEqual([
      ['ISS', 'iss'],
      ['Unity node', 'unity'],
      ['Unity', 'unity'],
    ]);
  });
});
