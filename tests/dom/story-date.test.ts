// @vitest-environment jsdom
// The story-date reader on the date fixture pages and on small documents: read-only DOM queries in a real DOM.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPageDates, readStoryDate } from '../../entrypoints/content/story-date';

const DATES_DIR = join(import.meta.dirname, '../fixtures/pages/dates');
const NOW = new Date('2026-11-30T12:00:00Z');
const STORY_URL = 'https://ledger.example/space/rogozin-warns-the-iss-could-fall';

function fixture(path: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(DATES_DIR, path), 'utf8'), 'text/html');
}
function page(head: string, body: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}
const read = (doc: Document, url = STORY_URL) => readStoryDate(doc, url, NOW);

const PROSE = '<p>Dmitry Rogozin, the head of Roscosmos, answered the sanctions on social media.</p>';

describe('readStoryDate on the date fixture pages', () => {
  it.each([
    ['rogozin-2022-json-ld.html', { date: '2022-03-10', source: 'json-ld' }],
    ['published-time-only.html', { date: '2022-03-10', source: 'meta-published-time' }],
    ['microdata-only.html', { date: '2022-03-10', source: 'microdata' }],
    ['meta-name-only.html', { date: '2022-03-10', source: 'meta-name' }],
    ['byline-time-only.html', { date: '2022-03-10', source: 'time-element' }],
    ['byline-text-only.html', { date: '2022-03-10', source: 'byline' }],
    ['broken-json-ld.html', { date: '2022-03-10', source: 'time-element' }],
    ['utc-metadata.html', { date: '2022-03-10', source: 'byline' }],
  ])('%s', (file, expected) => {
    expect(read(fixture(file), `http://127.0.0.1/pages/dates/${file}`)).toEqual(expected);
  });

  it('reads the day in the address', () => {
    const path = '2022/03/10/rogozin-tweets.html';
    expect(read(fixture(path), `http://127.0.0.1/pages/dates/${path}`)).toEqual({ date: '2022-03-10', source: 'url' });
    expect(read(fixture(path), 'http://127.0.0.1/pages/dates/rogozin-tweets.html')).toBeUndefined();
  });

  it.each([
    ['section-front.html', { ogType: 'website', datedTeasers: 4 }],
    ['collection-page.html', { jsonLdListing: true, jsonLdArticle: false }],
  ])('abstains on a list of stories: %s', (file, signals) => {
    const doc = fixture(file);
    expect(readPageDates(doc, `http://127.0.0.1/pages/dates/${file}`).signals).toMatchObject(signals);
    expect(read(doc, `http://127.0.0.1/pages/dates/${file}`)).toBeUndefined();
  });

  it.each([
    'sources-disagree.html',
    'future-date.html',
    'before-sputnik.html',
    'modified-only.html',
    'encyclopedia.html',
  ])('abstains on %s, though it finds its dates', (file) => {
    const doc = fixture(file);
    expect(readPageDates(doc, `http://127.0.0.1/pages/dates/${file}`).candidates.length).toBeGreaterThan(1);
    expect(read(doc, `http://127.0.0.1/pages/dates/${file}`)).toBeUndefined();
  });

  it('finds every source on the JSON-LD page, each with its kind', () => {
    const { candidates, signals } = readPageDates(fixture('rogozin-2022-json-ld.html'), STORY_URL);
    expect(candidates).toEqual([
      { source: 'json-ld', kind: 'published', value: '2022-03-10T14:05:00+03:00' },
      { source: 'json-ld', kind: 'modified', value: '2022-03-11T09:00:00+03:00' },
      { source: 'time-element', kind: 'published', value: '2022-03-10T14:05:00+03:00' },
      { source: 'byline', kind: 'published', value: '2022-03-10' },
      { source: 'url', kind: 'published', value: STORY_URL },
    ]);
    expect(signals).toEqual({
      url: STORY_URL,
      ogType: 'article',
      jsonLdArticle: true,
      jsonLdListing: false,
      datedTeasers: 0,
    });
  });
});

describe('readPageDates: metadata', () => {
  it('reads meta tags that put the date in `value`, and names in any case', () => {
    const doc = page(
      '<meta value="Tue Dec 13 2016 18:06:00 GMT+0000 (UTC)" name="article:published">' +
        '<meta name="DC.Date.Issued" content="2016-12-13">' +
        '<meta name="parsely-page" content=\'{"title": "x", "pub_date": "2014-12-12 at 15:20:00PM EST"}\'>' +
        '<meta name="epoch-publish-date" content="1529283660000">' +
        '<meta property="og:updated_time" content="2016-12-14T10:00:00Z">' +
        '<meta name="description" content="2016-01-01">',
      '',
    );
    expect(readPageDates(doc, STORY_URL).candidates).toEqual([
      { source: 'meta-published-time', kind: 'published', value: 'Tue Dec 13 2016 18:06:00 GMT+0000 (UTC)' },
      { source: 'meta-name', kind: 'published', value: '2016-12-13' },
      { source: 'meta-name', kind: 'published', value: '2014-12-12 at 15:20:00PM EST' },
      { source: 'meta-name', kind: 'published', value: '1529283660000' },
      { source: 'meta-published-time', kind: 'modified', value: '2016-12-14T10:00:00Z' },
      { source: 'url', kind: 'published', value: STORY_URL },
    ]);
  });

  it('reads every JSON-LD block, and carries on past one that does not parse', () => {
    const doc = page(
      '<script type="application/ld+json">{ "@type": "NewsArticle", </script>' +
        '<script type="application/LD+JSON">[{"@type":"ItemList"},{"@type":"NewsArticle","datePublished":"2022-03-10"}]</script>' +
        '<script type="text/javascript">var datePublished = "2001-01-01";</script>',
      '',
    );
    const { candidates, signals } = readPageDates(doc, STORY_URL);
    expect(candidates[0]).toEqual({ source: 'json-ld', kind: 'published', value: '2022-03-10' });
    expect(signals).toMatchObject({ jsonLdArticle: true, jsonLdListing: true });
  });

  it("reads microdata on the article's item, datePublished before dateCreated, in any case", () => {
    const doc = page(
      '',
      '<div itemscope itemtype="https://schema.org/VideoObject"><meta itemprop="datePublished" content="2015-03-12"></div>' +
        '<div itemscope itemtype="http://schema.org/Comment"><span itemprop="datePublished" content="2018-10-05">5 Oct</span></div>' +
        '<article itemscope itemtype="https://schema.org/NewsArticle">' +
        '<meta itemprop="dateCreated" content="2015-03-12T12:21:24Z">' +
        '<meta itemprop="datepublished" content="2015-03-11T19:46:14Z">' +
        '<abbr itemprop="dateModified">March 12, 2015</abbr></article>',
    );
    expect(readPageDates(doc, STORY_URL).candidates.filter((c) => c.source === 'microdata')).toEqual([
      { source: 'microdata', kind: 'published', value: '2015-03-11T19:46:14Z' },
      { source: 'microdata', kind: 'modified', value: 'March 12, 2015' },
    ]);
  });
});

describe('readPageDates: the byline', () => {
  const header = (doc: Document) =>
    readPageDates(doc, STORY_URL).candidates.filter((c) => c.source === 'time-element' || c.source === 'byline');

  it('reads the <time> and the byline nearest after the headline, not the dates further down', () => {
    const doc = page(
      '',
      '<article><header><h1>Rogozin warns the ISS could fall</h1>' +
        '<p class="byline">By a staff writer, <time datetime="2022-03-10">10 March 2022</time></p></header>' +
        `${PROSE}<p class="date-note">The station was launched on 20 November 1998.</p>` +
        '<p>Next launch: <time datetime="2022-04-08">8 April</time></p></article>',
    );
    expect(header(doc)).toEqual([
      { source: 'time-element', kind: 'published', value: '2022-03-10' },
      { source: 'byline', kind: 'published', value: '2022-03-10' },
    ]);
  });

  it('reads a dateline above the headline when there is none below it', () => {
    const doc = page(
      '',
      '<article><p class="date">15 августа 2016, 13:43</p><h1>Подольски завершил карьеру</h1></article>',
    );
    expect(header(doc)).toEqual([{ source: 'byline', kind: 'published', value: '2016-08-15' }]);
  });

  it('looks up to the story’s <article> for a byline laid out far from the headline', () => {
    const doc = page(
      '',
      '<article><div><div><div><h1>Scientists spot water vapour on Europa</h1></div></div></div>' +
        '<section><div><div class="byline">By HNN Staff | <span>November 18, 2019 at 2:26 PM HST</span></div></div></section>' +
        `${PROSE}</article>`,
    );
    expect(header(doc)).toEqual([{ source: 'byline', kind: 'published', value: '2019-11-18' }]);
  });

  it('does not climb past a few levels outside an <article>', () => {
    const doc = page(
      '',
      '<div><div><div><div><div><h1>Scientists spot water vapour on Europa</h1></div></div></div></div>' +
        '<div class="byline">November 18, 2019</div></div>',
    );
    expect(header(doc)).toEqual([]);
  });

  it('marks a <time> for the last change as modified, by its class or its label', () => {
    const doc = page(
      '',
      '<article><h1>Chef joins the war on toxic food</h1>' +
        '<p><time class="op-modified" datetime="2020-09-28T08:39:12+0100">28 September 2020</time></p></article>',
    );
    expect(header(doc)).toEqual([{ source: 'time-element', kind: 'modified', value: '2020-09-28T08:39:12+0100' }]);
    const labelled = page(
      '',
      '<article><h1>Chef joins the war on toxic food</h1><p>Updated: <time datetime="2020-09-28">28 Sep</time></p></article>',
    );
    expect(header(labelled)[0]).toMatchObject({ kind: 'modified' });
  });

  it("skips a logo's <h1>, and dates in teasers, asides and related links", () => {
    const doc = page(
      '',
      '<h1><a href="/"><img alt="dongA.com" src="logo.png"></a></h1>' +
        '<div><h1>창의적 열정과 소통, 초일류 시험인증 기업이 간다</h1>' +
        '<ul class="related-links"><li><p class="date">2012년 12월 6일</p></li></ul>' +
        '<article><time datetime="2013-10-01">1 Oct</time></article>' +
        '<aside><p class="date">2013-10-02</p></aside>' +
        '<p class="title_foot">기사입력 <span class="date">2013-10-24 03:00:00</span></p></div>',
    );
    expect(header(doc)).toEqual([{ source: 'byline', kind: 'published', value: '2013-10-24' }]);
  });

  it('is not put off by words like "related" on the blocks around the whole story', () => {
    const doc = page(
      '',
      '<div class="layout has-related-posts"><div class="post"><h1>Rogozin warns the ISS could fall</h1>' +
        '<p class="byline">10 March 2022</p></div></div>',
    );
    doc.body.className = 'single related-enabled';
    expect(header(doc)).toEqual([{ source: 'byline', kind: 'published', value: '2022-03-10' }]);
  });

  it("does not read a script's source as the byline's text", () => {
    const doc = page(
      '',
      '<article><h1>Seeking a bigger role for a big rocket</h1>' +
        '<span class="info"><script>var published = "March 1, 2011";</script>by Jeff Foust</span></article>',
    );
    expect(header(doc)).toEqual([]);
  });

  it("counts <article> teasers that carry a date, not the story's own", () => {
    const teaser = (d: string) => `<article><h2>Teaser</h2><time datetime="${d}">${d}</time></article>`;
    const doc = page(
      '',
      `<main><h1>Space: the latest</h1>${teaser('2022-03-10')}${teaser('2022-03-08')}<article>no date</article></main>`,
    );
    expect(readPageDates(doc, STORY_URL).signals.datedTeasers).toBe(2);
  });
});

describe('readStoryDate is read-only and reads no layout', () => {
  afterEach(() => vi.restoreAllMocks());

  it('leaves the document exactly as it was', () => {
    const doc = fixture('rogozin-2022-json-ld.html');
    const before = doc.documentElement.outerHTML;
    expect(read(doc)).toEqual({ date: '2022-03-10', source: 'json-ld' });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('never asks for layout or computed style', () => {
    const layout = () => {
      throw new Error('layout read');
    };
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(layout);
    vi.spyOn(Element.prototype, 'getClientRects').mockImplementation(layout);
    vi.spyOn(window, 'getComputedStyle').mockImplementation(layout);
    for (const property of ['offsetHeight', 'offsetWidth', 'offsetTop', 'innerText'] as const) {
      Object.defineProperty(HTMLElement.prototype, property, { configurable: true, get: layout });
    }
    try {
      for (const file of ['byline-text-only.html', 'utc-metadata.html', 'section-front.html', 'microdata-only.html']) {
        expect(() => read(fixture(file))).not.toThrow();
      }
      expect(read(fixture('byline-text-only.html'))).toEqual({ date: '2022-03-10', source: 'byline' });
    } finally {
      for (const property of ['offsetHeight', 'offsetWidth', 'offsetTop', 'innerText']) {
        delete (HTMLElement.prototype as unknown as Record<string, unknown>)[property];
      }
    }
  });
});
