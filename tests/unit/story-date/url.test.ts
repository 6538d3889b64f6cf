import { describe, expect, it } from 'vitest';
import { isSectionUrl, urlPathDate } from '../../../utils/story-date';

describe('urlPathDate', () => {
  it.each([
    ['https://www.cnn.com/2021/03/08/uk/meghan-harry-oprah/index.html', '2021-03-08'],
    ['https://www.hawaiinewsnow.com/2019/11/19/scientists-use-hawaii-telescope/', '2019-11-19'],
    ['https://www.theguardian.com/environment/2019/jan/03/what-is-the-sea-telling-us', '2019-01-03'],
    ['https://ledger.example/2022/3/9/rogozin', '2022-03-09'],
    ['https://ledger.example/news/2022-03-10/rogozin', '2022-03-10'],
    ['https://ledger.example/news/2022-03-10-rogozin-warns', '2022-03-10'],
    ['https://ledger.example/2022/03/10', '2022-03-10'],
  ])('%s', (url, date) => {
    expect(urlPathDate(url)).toBe(date);
  });

  it.each([
    ['https://nymag.com/intelligencer/2016/09/how-fox-news-women.html', 'a year and a month, no day'],
    ['https://ledger.example/story?date=2022/03/10', 'a date in the query, not the path'],
    ['https://ledger.example/story#2022/03/10', 'a date in the fragment'],
    ['https://ledger.example/2022/13/10/x', 'no such month'],
    ['https://ledger.example/2022/02/30/x', 'no such day'],
    ['https://ledger.example/archive/20220310/x', 'digits run together'],
    ['https://ledger.example/1850/03/10/x', 'a year before spaceflight'],
    ['https://ledger.example/id/2022/03/104/x', 'a three-digit day'],
    ['not a url', 'not an address'],
  ])('not %s (%s)', (url) => {
    expect(urlPathDate(url)).toBeUndefined();
  });
});

describe('isSectionUrl', () => {
  it.each([
    'https://www.nytimes.com/es/',
    'https://ledger.example/',
    'https://ledger.example',
    'https://ledger.example/index.html',
    'https://ledger.example/news/science/',
    'https://ledger.example/tech-news',
    'https://ledger.example/news/world_news/index.php',
  ])('front page or section: %s', (url) => {
    expect(isSectionUrl(url)).toBe(true);
  });

  it.each([
    'https://www.nbcnews.com/tech/tech-news/what-s-hold-spacex-n695001',
    'https://kulu-media.com/meta-outage-hits-facebook-instagram-and-messenger/',
    'http://www.bbc.com/news/world-us-canada-33646704',
    'https://winfuture.de/news,139377.html',
    'http://127.0.0.1/pages/dates/rogozin-2022-json-ld.html',
    'https://ledger.example/news/science/rogozin',
    'not a url',
  ])('a story: %s', (url) => {
    expect(isSectionUrl(url)).toBe(false);
  });
});
