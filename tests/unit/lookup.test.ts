import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../../utils/dataset';
import { LOOKUP_LIMIT, buildLookupIndex, foldForSearch, lookup, searchWords } from '../../utils/lookup';

const DATASET = buildLookupIndex(ENTITIES);

function firstId(query: string): string | undefined {
  return lookup(DATASET, query)[0]?.id;
}

describe('folding for search', () => {
  it('drops case, accents and the dots of ё', () => {
    expect(foldForSearch('Пётр')).toBe('петр');
    expect(foldForSearch('Européenne')).toBe('europeenne');
    expect(foldForSearch('Raumfahrtbehörde')).toBe('raumfahrtbehorde');
    expect(foldForSearch('STRAßE')).toBe('strasse');
  });

  it('splits words on anything but letters and digits', () => {
    expect(searchWords('US-Raumfahrtbehörde')).toEqual(['us', 'raumfahrtbehorde']);
    expect(searchWords('Soyuz MS-22')).toEqual(['soyuz', 'ms', '22']);
    expect(searchWords(' — ')).toEqual([]);
  });
});

describe('looking up a name in the dataset', () => {
  it('finds an entity by an alias in another script, and says which spelling matched', () => {
    const [hit] = lookup(DATASET, 'Роскосмос');
    expect(hit).toEqual({ id: 'roscosmos', name: 'Roscosmos', alias: 'Роскосмос', lang: 'ru' });
  });

  it('ignores case and accents on both sides', () => {
    expect(firstId('роскосмос')).toBe('roscosmos');
    expect(firstId('ROSCOSMOS')).toBe('roscosmos');
    expect(firstId('agence spatiale europeenne')).toBe('esa');
    expect(firstId('AGENCE SPATIALE EUROPÉENNE')).toBe('esa');
  });

  it('treats ё and е alike', () => {
    expect(firstId('петр дубров')).toBe('pyotr-dubrov');
    expect(firstId('Пётр Дубров')).toBe('pyotr-dubrov');
  });

  it('accepts German umlauts typed as ae, oe, ue', () => {
    const hits = lookup(DATASET, 'russische raumfahrtbehoerde');
    expect(hits[0]?.id).toBe('roscosmos');
    expect(hits[0]?.alias).toBe('russische Raumfahrtbehörde');
  });

  it('matches the start of each word, in any order', () => {
    expect(firstId('int space stat')).toBe('iss');
    expect(firstId('space international')).toBe('iss');
    expect(firstId('rogoz')).toBe('dmitry-rogozin');
  });

  it('accepts a case ending the alias lacks', () => {
    expect(firstId('Рогозину')).toBe('dmitry-rogozin');
    expect(firstId('Роскосмосом')).toBe('roscosmos');
  });

  it('finds Chinese and Japanese names from any part of them', () => {
    // 航天 (spaceflight) is in many agencies' Chinese names now; a longer part is CNSA's alone.
    expect(firstId('中国国家航天')).toBe('cnsa');
    expect(lookup(DATASET, '航天').map((hit) => hit.id)).toContain('cnsa');
    expect(firstId('天宫')).toBe('tiangong');
    expect(firstId('きぼう')).toBe('kibo');
  });

  it('puts an exact acronym first', () => {
    expect(firstId('ISS')).toBe('iss');
    expect(firstId('мкс')).toBe('iss');
    expect(firstId('nasa')).toBe('nasa');
  });

  it('lists each entity once and at most the limit', () => {
    const hits = lookup(DATASET, 's');
    expect(hits.length).toBe(LOOKUP_LIMIT);
    expect(new Set(hits.map((hit) => hit.id)).size).toBe(hits.length);
  });

  it('finds nothing for nonsense or for no words at all', () => {
    expect(lookup(DATASET, 'zzqx')).toEqual([]);
    expect(lookup(DATASET, '  ,. ')).toEqual([]);
  });
});

describe('ranking', () => {
  const index = buildLookupIndex([
    { id: 'a', name: 'Alpha Station', aliases: [{ text: 'Station Alpha' }] },
    { id: 'b', name: 'Alphabet', aliases: [] },
    { id: 'c', name: 'Big Alpha', aliases: [] },
  ]);

  it('prefers a whole word to the start of one, and a name that starts with the query', () => {
    expect(lookup(index, 'alpha').map((hit) => hit.id)).toEqual(['a', 'c', 'b']);
  });

  it('does not loosen short words: a stem needs four letters', () => {
    expect(lookup(buildLookupIndex([{ id: 'x', name: 'Mir', aliases: [] }]), 'mira')).toEqual([]);
    expect(lookup(buildLookupIndex([{ id: 'x', name: 'Soyuz', aliases: [] }]), 'soyuza')[0]?.id).toBe('x');
  });
});
