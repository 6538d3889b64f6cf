import { describe, expect, it } from 'vitest';
import {
  FUTURE_SLACK_DAYS,
  LIVING_PAGE_DAYS,
  MAX_SPREAD_DAYS,
  MIN_DATED_TEASERS,
  SOURCE_TRUST,
  decideStoryDate,
  describeSource,
  type DateCandidate,
  type PageSignals,
  type StoryDateSource,
} from '../../../utils/story-date';

const STORY_URL = 'https://ledger.example/space/rogozin-warns-the-iss-could-fall';
const NOW = new Date('2026-11-30T12:00:00Z');

function signals(overrides: Partial<PageSignals> = {}): PageSignals {
  return { url: STORY_URL, jsonLdArticle: false, jsonLdListing: false, datedTeasers: 0, ...overrides };
}
const published = (source: StoryDateSource, value: string): DateCandidate => ({ source, kind: 'published', value });
const modified = (source: StoryDateSource, value: string): DateCandidate => ({ source, kind: 'modified', value });
const decide = (candidates: DateCandidate[], page: Partial<PageSignals> = {}, now = NOW) =>
  decideStoryDate(candidates, signals(page), now);

describe('decideStoryDate: which source', () => {
  it('trusts JSON-LD, published_time, microdata, meta names, <time>, the byline and the address in that order', () => {
    expect(SOURCE_TRUST.join(' > ')).toBe(
      'json-ld > meta-published-time > microdata > meta-name > time-element > byline > url',
    );
    // Each pair one day apart (within the spread), the less trusted first on the page: the more trusted wins.
    for (let i = 0; i + 1 < SOURCE_TRUST.length; i++) {
      const better = SOURCE_TRUST[i]!;
      const worse = SOURCE_TRUST[i + 1]!;
      const worseValue = worse === 'url' ? 'https://ledger.example/2022/03/11/rogozin' : '2022-03-11';
      expect(
        decide([published(worse, worseValue), published(better, '2022-03-10')]),
        `${better} over ${worse}`,
      ).toEqual({ date: '2022-03-10', source: better });
    }
  });

  it('reads each source on its own', () => {
    expect(decide([published('json-ld', '2022-03-10T14:05:00+03:00')])).toEqual({
      date: '2022-03-10',
      source: 'json-ld',
    });
    expect(decide([published('byline', 'March 10, 2022')])).toEqual({ date: '2022-03-10', source: 'byline' });
    expect(decide([published('url', 'https://ledger.example/2022/03/10/rogozin')])).toEqual({
      date: '2022-03-10',
      source: 'url',
    });
  });

  it('prefers the published date to the modified one, however trusted the modified one', () => {
    expect(
      decide([modified('json-ld', '2022-03-12'), published('url', 'https://ledger.example/2022/03/10/a')]),
    ).toEqual({
      date: '2022-03-10',
      source: 'url',
    });
  });

  it('takes the first of equally trusted dates', () => {
    expect(decide([published('meta-name', '2022-03-10'), published('meta-name', '2022-03-11')])?.date).toBe(
      '2022-03-10',
    );
  });

  it('skips values it cannot read', () => {
    expect(decide([published('json-ld', 'soon'), published('meta-name', '2022-03-10')])).toEqual({
      date: '2022-03-10',
      source: 'meta-name',
    });
  });
});

describe('decideStoryDate: abstaining', () => {
  it('gives nothing when no date is found', () => {
    expect(decide([])).toBeUndefined();
    expect(decide([published('url', STORY_URL)])).toBeUndefined();
  });

  it('gives nothing when the page only says when it was changed', () => {
    expect(decide([modified('json-ld', '2022-03-10'), modified('meta-published-time', '2022-03-10')])).toBeUndefined();
  });

  it('gives nothing when published dates disagree by more than the spread', () => {
    expect(
      decide([published('json-ld', '2019-05-01'), published('meta-published-time', '2022-03-10')]),
    ).toBeUndefined();
    const last = `2022-03-${String(10 + MAX_SPREAD_DAYS).padStart(2, '0')}`;
    const past = `2022-03-${String(11 + MAX_SPREAD_DAYS).padStart(2, '0')}`;
    expect(decide([published('json-ld', '2022-03-10'), published('byline', last)])?.date).toBe('2022-03-10');
    expect(decide([published('json-ld', '2022-03-10'), published('byline', past)])).toBeUndefined();
  });

  it('counts the address among the sources that must agree', () => {
    expect(
      decide([published('json-ld', '2022-03-10'), published('url', 'https://ledger.example/2016/03/10/x')]),
    ).toBeUndefined();
  });

  it('gives nothing when the story was changed long before it was published', () => {
    expect(decide([published('json-ld', '2022-03-10'), modified('json-ld', '2019-01-01')])).toBeUndefined();
    expect(decide([published('json-ld', '2022-03-10'), modified('json-ld', '2022-03-20')])?.date).toBe('2022-03-10');
  });

  it('gives nothing for a page kept up to date long after it was published', () => {
    // MediaWiki's JSON-LD: the first revision as datePublished, the latest as dateModified.
    expect(
      decide([published('json-ld', '2005-03-25T15:58:31Z'), modified('json-ld', '2024-02-01T10:00:00Z')]),
    ).toBeUndefined();
    const lastDay = '2023-03-10';
    expect(LIVING_PAGE_DAYS).toBe(365);
    expect(decide([published('json-ld', '2022-03-10'), modified('byline', lastDay)])?.date).toBe('2022-03-10');
    expect(decide([published('json-ld', '2022-03-10'), modified('byline', '2023-03-11')])).toBeUndefined();
  });

  it('gives nothing when the only date is in the future', () => {
    expect(decide([published('json-ld', '2099-01-01T12:00:00Z')])).toBeUndefined();
    const now = new Date('2022-03-09T20:00:00Z');
    expect(decide([published('json-ld', '2022-03-12')], {}, now)).toBeUndefined();
    // Tomorrow in UTC is already today east of UTC.
    expect(FUTURE_SLACK_DAYS).toBe(1);
    expect(decide([published('json-ld', '2022-03-10T06:00:00+14:00')], {}, now)?.date).toBe('2022-03-10');
  });

  it('drops a date in the future and keeps the others', () => {
    expect(decide([published('json-ld', '2099-01-01'), published('byline', '10 March 2022')])).toEqual({
      date: '2022-03-10',
      source: 'byline',
    });
  });

  it('gives nothing for dates before Sputnik 1 (4 October 1957)', () => {
    expect(decide([published('json-ld', '1957-10-03')])).toBeUndefined();
    expect(decide([published('json-ld', '1900-01-01T00:00:00Z')])).toBeUndefined();
    expect(decide([published('json-ld', '1957-10-04')])?.date).toBe('1957-10-04');
  });
});

describe('decideStoryDate: front pages and sections', () => {
  const dated = [published('meta-name', '2022-03-10')];

  it('gives nothing on a front page or a section address, unless JSON-LD says it is one story', () => {
    expect(decide(dated, { url: 'https://www.nytimes.com/es/' })).toBeUndefined();
    expect(decide(dated, { url: 'https://ledger.example/' })).toBeUndefined();
    expect(decide(dated, { url: 'https://ledger.example/news/science/' })).toBeUndefined();
    expect(
      decide([published('json-ld', '2022-03-10')], { url: 'https://ledger.example/news/', jsonLdArticle: true }),
    ).toEqual({ date: '2022-03-10', source: 'json-ld' });
  });

  it('gives nothing for og:type website without an article-level date', () => {
    expect(decide(dated, { ogType: 'website' })).toBeUndefined();
    expect(decide([published('time-element', '2022-03-10')], { ogType: 'website' })).toBeUndefined();
    // A story whose site calls every page a website, with the story's own metadata.
    expect(decide([published('meta-published-time', '2023-11-08T21:13:10Z')], { ogType: 'website' })?.date).toBe(
      '2023-11-08',
    );
    expect(decide([published('json-ld', '2023-11-08')], { ogType: 'website', jsonLdArticle: true })?.date).toBe(
      '2023-11-08',
    );
  });

  it('gives nothing for a JSON-LD collection page', () => {
    expect(decide(dated, { jsonLdListing: true })).toBeUndefined();
    expect(decide([published('json-ld', '2022-03-10')], { jsonLdListing: true, jsonLdArticle: true })?.date).toBe(
      '2022-03-10',
    );
  });

  it('gives nothing for a page of dated teasers without an article-level date', () => {
    expect(decide([published('time-element', '2022-03-10')], { datedTeasers: MIN_DATED_TEASERS })).toBeUndefined();
    expect(decide([published('time-element', '2022-03-10')], { datedTeasers: MIN_DATED_TEASERS - 1 })?.date).toBe(
      '2022-03-10',
    );
    expect(
      decide([published('meta-published-time', '2022-03-10')], { datedTeasers: 60 })?.date,
      'a story with many teasers around it',
    ).toBe('2022-03-10');
  });
});

describe('decideStoryDate: time zones', () => {
  it("keeps the day of the offset the page wrote, not UTC's", () => {
    expect(decide([published('meta-published-time', '2022-03-10T23:30:00-05:00')])?.date).toBe('2022-03-10');
    expect(decide([published('json-ld', '2022-03-11T01:00:00+09:00')])?.date).toBe('2022-03-11');
  });

  it('moves a UTC stamp to the local day when the page gives the same moment with its offset', () => {
    expect(
      decide([
        published('json-ld', '2022-05-04T03:37:37+00:00'),
        published('time-element', '2022-05-03T23:37:37-04:00'),
      ]),
    ).toEqual({ date: '2022-05-03', source: 'json-ld' });
    // East of UTC, the other way.
    expect(
      decide([
        published('json-ld', '2022-03-09T20:00:00Z'),
        published('meta-published-time', '2022-03-10T05:00:00+09:00'),
      ]),
    ).toEqual({ date: '2022-03-10', source: 'json-ld' });
  });

  it('moves a UTC stamp to the day the byline shows when it is the neighbouring day', () => {
    expect(
      decide([published('json-ld', '2019-11-19T04:50:22+00:00'), published('time-element', '2019-11-18')]),
    ).toEqual({
      date: '2019-11-18',
      source: 'time-element',
    });
    expect(decide([published('meta-name', '2019-11-19T01:48:03Z'), published('byline', 'November 18, 2019')])).toEqual({
      date: '2019-11-18',
      source: 'byline',
    });
  });

  it('does not move a UTC stamp for the address, for witnesses that disagree, or to a day no zone reaches', () => {
    const utc = published('json-ld', '2019-11-19T04:50:22Z');
    expect(decide([utc, published('url', 'https://ledger.example/2019/11/18/a')])?.date).toBe('2019-11-19');
    expect(decide([utc, published('time-element', '2019-11-18'), published('byline', '19 November 2019')])?.date).toBe(
      '2019-11-19',
    );
    // Noon UTC is the same day from UTC-12 to UTC+11.
    expect(decide([published('json-ld', '2019-11-19T12:00:00Z'), published('byline', '18 November 2019')])?.date).toBe(
      '2019-11-19',
    );
  });

  it('does not use a local time written hours apart as the same moment', () => {
    expect(
      decide([
        published('json-ld', '2022-03-11T03:30:00Z'),
        published('meta-published-time', '2022-03-10T09:00:00-05:00'),
      ]),
    ).toEqual({ date: '2022-03-11', source: 'json-ld' });
  });
});

describe('describeSource', () => {
  it('says in a few words where each source is', () => {
    expect(describeSource('json-ld')).toBe("the page's metadata");
    expect(describeSource('meta-published-time')).toBe("the page's metadata");
    expect(describeSource('meta-name')).toBe("the page's metadata");
    expect(describeSource('microdata')).toBe("the page's metadata");
    expect(describeSource('time-element')).toBe("the story's byline");
    expect(describeSource('byline')).toBe("the story's byline");
    expect(describeSource('url')).toBe('the address');
  });
});
