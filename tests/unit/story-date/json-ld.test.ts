import { describe, expect, it } from 'vitest';
import { jsonLdDates, parseJsonLd } from '../../../utils/story-date';

const published = (value: string) => ({ source: 'json-ld', kind: 'published', value });
const modified = (value: string) => ({ source: 'json-ld', kind: 'modified', value });

describe('jsonLdDates', () => {
  it('reads a NewsArticle at the top level, published and modified', () => {
    expect(
      jsonLdDates({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        datePublished: '2022-03-10T14:05:00+03:00',
        dateModified: '2022-03-11T09:00:00+03:00',
      }),
    ).toEqual({
      candidates: [published('2022-03-10T14:05:00+03:00'), modified('2022-03-11T09:00:00+03:00')],
      article: true,
      listing: false,
    });
  });

  it('reads the article in an @graph, and not the WebPage beside it', () => {
    const found = jsonLdDates({
      '@graph': [
        { '@type': 'WebSite', name: 'The Orbital Ledger' },
        { '@type': 'WebPage', datePublished: '2021-01-01' },
        { '@type': 'ReportageNews', datePublished: '2022-03-10' },
      ],
    });
    expect(found.candidates).toEqual([published('2022-03-10')]);
  });

  it('reads an array of objects', () => {
    const found = jsonLdDates([
      { '@type': 'BreadcrumbList', itemListElement: [] },
      { '@type': 'BlogPosting', datePublished: '2022-03-10' },
    ]);
    expect(found).toMatchObject({ candidates: [published('2022-03-10')], article: true, listing: false });
  });

  it('reads the article that a WebPage holds as its main entity', () => {
    const found = jsonLdDates({ '@type': 'WebPage', mainEntity: { '@type': 'Article', datePublished: '2022-03-10' } });
    expect(found.candidates).toEqual([published('2022-03-10')]);
  });

  it('knows article types written as a list or as full names', () => {
    expect(jsonLdDates({ '@type': ['CreativeWork', 'NewsArticle'], datePublished: 'a' }).candidates).toHaveLength(1);
    expect(jsonLdDates({ '@type': 'http://schema.org/AnalysisNewsArticle', datePublished: 'b' }).article).toBe(true);
    expect(jsonLdDates({ '@type': 'schema:LiveBlogPosting', datePublished: 'c' }).article).toBe(true);
  });

  it("does not take a video's, an event's or a page's date for the story's", () => {
    const found = jsonLdDates([
      { '@type': 'VideoObject', datePublished: '2019-05-03', uploadDate: '2019-05-03' },
      { '@type': 'Event', startDate: '2022-03-10' },
      { '@type': 'WebPage', datePublished: '2022-03-10' },
    ]);
    expect(found).toEqual({ candidates: [], article: false, listing: false });
  });

  it('takes dateCreated only when there is no datePublished', () => {
    expect(jsonLdDates({ '@type': 'Article', dateCreated: '2022-03-09' }).candidates).toEqual([
      published('2022-03-09'),
    ]);
    expect(
      jsonLdDates({ '@type': 'Article', dateCreated: '2022-03-09', datePublished: '2022-03-10' }).candidates,
    ).toEqual([published('2022-03-10')]);
  });

  it('takes the first string of a list of dates, and ignores values that are not strings', () => {
    expect(jsonLdDates({ '@type': 'Article', datePublished: [7, '2022-03-10'] }).candidates).toEqual([
      published('2022-03-10'),
    ]);
    expect(jsonLdDates({ '@type': 'Article', datePublished: { value: '2022-03-10' } }).candidates).toEqual([]);
  });

  it('marks a collection page as a listing, and does not read the stories it lists', () => {
    const found = jsonLdDates({
      '@type': 'CollectionPage',
      mainEntity: {
        '@type': 'ItemList',
        itemListElement: [{ '@type': 'ListItem', item: { '@type': 'NewsArticle', datePublished: '2022-03-10' } }],
      },
    });
    expect(found).toEqual({ candidates: [], article: false, listing: true });
  });

  it('adds to what earlier blocks on the page found', () => {
    const found = jsonLdDates({ '@type': 'ItemList' });
    jsonLdDates({ '@type': 'NewsArticle', datePublished: '2022-03-10' }, found);
    expect(found).toEqual({ candidates: [published('2022-03-10')], article: true, listing: true });
  });

  it('gives nothing for values that are not JSON-LD objects', () => {
    for (const value of [undefined, null, 'NewsArticle', 42, [null, 'x']]) {
      expect(jsonLdDates(value)).toEqual({ candidates: [], article: false, listing: false });
    }
  });

  it('stops at a depth no real page uses', () => {
    let node: unknown = { '@type': 'NewsArticle', datePublished: '2022-03-10' };
    for (let i = 0; i < 10; i++) node = { '@graph': [node] };
    expect(jsonLdDates(node).candidates).toEqual([]);
  });
});

describe('parseJsonLd', () => {
  it('parses JSON, and gives undefined without throwing for a block that is not', () => {
    expect(parseJsonLd('{"@type":"NewsArticle"}')).toEqual({ '@type': 'NewsArticle' });
    expect(parseJsonLd('{ "@type": "NewsArticle", }')).toBeUndefined();
    expect(parseJsonLd('{"a":1}{"b":2}')).toBeUndefined();
    expect(parseJsonLd('')).toBeUndefined();
  });
});
