import { describe, expect, it } from 'vitest';
import { compileMatcher, type MatcherAlias } from '@/utils/matcher';
import { chunkCursor, earliest } from '@/utils/matcher/pattern';
import { mulberry32 } from '../../../scripts/lib/random';
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

describe('declined names, spelled word by word', () => {
  const phrase: MatcherAlias[] = [
    { text: 'Международная космическая станция', case: 'any', entityId: 'iss' },
    { text: 'Міжнародна космічна станція', case: 'any', entityId: 'iss', lang: 'uk' },
  ];
  const declined = compileMatcher(phrase);

  it('finds every case form, and no mixture of cases', () => {
    expect(found('на Международной космической станции и Міжнародній космічній станції', declined)).toEqual([
      ['Международной космической станции', ['iss']],
      ['Міжнародній космічній станції', ['iss']],
    ]);
    expect(found('Международная космической станцию', declined)).toEqual([]);
  });

  it('keeps the pattern far smaller than one path per form', () => {
    const source = declined.pattern.source;
    expect(source.match(/станци/g)?.length).toBe(1);
    expect(source.match(/станці/g)?.length).toBe(1);
  });
});

describe('the chunk cursor a scan walks a text with', () => {
  /** Chunks with overlapping spellings, so a position can match in two of them at different lengths. */
  const sources = ['\\b(?:ab|abc|x)\\b', '\\b(?:abc d|q)\\b', '\\b(?:zz|ab)\\b'];
  const chunks = () => sources.map((source) => new RegExp(source, 'giu'));
  const words = ['ab', 'abc', 'abc d', 'x', 'q', 'zz', 'none', 'd', '.'];

  it('finds what a search of every chunk from the same place finds, for any walk', () => {
    const random = mulberry32(7);
    for (let round = 0; round < 300; round += 1) {
      const text = Array.from({ length: 12 }, () => words[Math.floor(random() * words.length)]).join(' ');
      const next = chunkCursor(chunks(), text);
      const fresh = chunks();
      let from = 0;
      for (let step = 0; step < 20 && from <= text.length; step += 1) {
        const expected = earliest(fresh, text, from);
        const got = next(from);
        expect([got?.index, got?.[0]]).toEqual([expected?.index, expected?.[0]]);
        // Walks forward by a match, by one character, and now and then back.
        from =
          random() < 0.15 ? Math.max(0, from - 3) : got ? got.index + (random() < 0.5 ? 1 : got[0].length) : from + 1;
      }
    }
  });

  it('searches a chunk with nothing ahead once, not once per match', () => {
    const counted = chunks();
    let searches = 0;
    for (const chunk of counted) {
      const exec = chunk.exec.bind(chunk);
      chunk.exec = (text: string) => {
        searches += 1;
        return exec(text);
      };
    }
    const text = Array.from({ length: 200 }, () => 'x').join(' ');
    const next = chunkCursor(counted, text);
    let matches = 0;
    for (let match = next(0); match; match = next(match.index + match[0].length)) matches += 1;
    expect(matches).toBe(200);
    // The first chunk once per match and once more at the end; the other two once each.
    expect(searches).toBe(201 + 2);
  });
});
