// @vitest-environment jsdom
// mark.js under happy-dom can loop forever (docs/pitfalls.md, “mark.js hangs under happy-dom”).
/**
 * Listing pages (a science section, a category page, a front page): many
 * headlines with short teasers and no dominant story. The scope is the main
 * column's headlines and teasers, never the menus, rails, ads and footers;
 * article pages keep their story.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../entrypoints/content/article';
import { headlineKind } from '../../entrypoints/content/scope/listing';
import { createTextWalker, eligibleTextNodes } from '../../entrypoints/content/scope';
import { PageHighlights } from '../../entrypoints/content/page-highlights';
import { aliasesFor } from '../../utils/alias-index';
import { topicOf } from '../../utils/topic-index';
import { compileMatcher, localResolver } from '../../utils/matcher';
import { TOPIC_IDS } from '../../utils/topics';
import { predictPage } from '../../scripts/eval';
import { withoutInertText } from '../../scripts/lib/date-eval';
import { CORPUS_DIR, corpusAvailable, readCorpusIndex } from '../../scripts/lib/corpus';
import { loadPageLabels } from '../../scripts/lib/page-labels';

const ROOT = resolve(import.meta.dirname, '../..');
const LISTING_DIR = join(ROOT, 'tests/fixtures/pages/listing');

/** A teaser summary: one sentence, as section pages print them. */
const TEASER = 'The crew will spend six months on board and run two hundred experiments.';
/** A paragraph of story prose. */
const PROSE = 'The crew spent the morning on experiments and the afternoon on repairs to the cooling loop. '.repeat(3);

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}

function teasers(count: number, { tag = 'div', cls = 'card', summary = TEASER, from = 1 } = {}): string {
  return Array.from(
    { length: count },
    (_, index) =>
      `<${tag} class="${cls}"><div class="card__body"><h3><a href="/story-${from + index}">Headline number ${from + index} about the station crew</a></h3>` +
      `<p>${summary}</p></div></${tag}>`,
  ).join('');
}

function describeRoots(doc: Document): string[] {
  return findArticle(doc).roots.map((element) => element.id || element.localName);
}

/** The text the content script would read, one entry per text node. */
function walkedText(doc: Document): string[] {
  const walker = createTextWalker(doc.body);
  if (!walker) return [];
  return [...eligibleTextNodes(walker)].map((node) => node.data.trim()).filter(Boolean);
}

function load(file: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(LISTING_DIR, file), 'utf8'), 'text/html');
}

describe('telling a listing page from an article', () => {
  it('reads a section page of teasers as a listing, scoped to its main column', () => {
    const doc = page(`
      <header><a href="/">Site</a><nav><a href="/nasa">NASA news and more</a></nav></header>
      <div id="wrap"><div id="river">${teasers(10)}</div>
        <div id="rail" class="most-read">${teasers(3, { from: 50 })}</div></div>
      <div id="foot" class="site-footer"><p>About this site and its many stories</p></div>`);
    expect(findArticle(doc).kind).toBe('listing');
    expect(describeRoots(doc)).toEqual(['river']);
  });

  it('keeps an article with an unmarked rail of teasers an article', () => {
    const doc = page(`
      <div id="story"><h1>Crew returns</h1><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p></div>
      <div id="more">${teasers(8)}</div>`);
    expect(findArticle(doc).kind).toBe('article');
    expect(describeRoots(doc)).toEqual(['story']);
  });

  it('keeps a long story an article above a feed of forty teasers', () => {
    const doc = page(`
      <article id="story"><h1>Crew returns</h1>${`<p>${PROSE}</p>`.repeat(6)}</article>
      <div id="feed">${teasers(40)}</div>`);
    expect(findArticle(doc).kind).toBe('article');
    expect(describeRoots(doc)).toEqual(['story']);
  });

  it('keeps a short story in scope beside the feed it cannot outweigh', () => {
    const doc = page(`
      <div id="brief"><h1>Crew returns</h1><p>${PROSE}</p></div>
      <div id="feed">${teasers(12)}</div>`);
    expect(findArticle(doc).kind).toBe('listing');
    expect(describeRoots(doc)).toEqual(['brief', 'feed']);
  });

  it('counts cards named "promo" as the listing, while a "related" rail beside a story stays out', () => {
    const listing = page(`<div id="river">${teasers(8, { cls: 'story-promo' })}</div>`);
    expect(findArticle(listing).kind).toBe('listing');
    expect(walkedText(listing)).toContain(TEASER);

    // A short story (under a hundred words), so that only the rail's name keeps its eight headlines out.
    const article = page(`
      <article id="story"><h1>Crew returns</h1><p>${PROSE}</p><p>${PROSE}</p></article>
      <div class="related-stories">${teasers(8, { summary: 'Two hundred experiments in six months.' })}</div>`);
    expect(findArticle(article).kind).toBe('article');
    expect(walkedText(article).join('\n')).not.toContain('Headline number');
  });

  it('does not take a story written without paragraphs for a listing because of its rail', () => {
    const doc = page(`
      <div id="story">${'The crew spent the morning on experiments and the afternoon on repairs.<br>'.repeat(30)}</div>
      <div id="rail">${teasers(12)}</div>`);
    expect(findArticle(doc).kind).toBe('body');
  });

  it('does not count menu entries, skip links or links inside prose as headlines', () => {
    const doc = page(`
      <a href="#main">Skip to main content</a>
      <ul id="menu">${Array.from({ length: 30 }, (_, i) => `<li><a href="/s${i}">Section ${i}</a></li>`).join('')}</ul>
      <div id="story">${Array.from({ length: 8 }, (_, i) => `<p>As <a href="/ref-${i}">the agency said in a statement</a>, ${PROSE}</p>`).join('')}</div>`);
    expect(findArticle(doc).kind).toBe('article');
    expect(describeRoots(doc)).toEqual(['story']);
  });

  it('takes Chinese and Japanese headlines by their characters', () => {
    const link = (text: string) => page(`<h3><a href="/x">${text}</a></h3>`).querySelector('a')!;
    expect(headlineKind(link('国际空间站将于2030年后退役并坠入太平洋'))).toBe('cjk');
    expect(headlineKind(link('宇宙航空研究開発機構'))).toBeUndefined();
    expect(headlineKind(link('Artemis II crew named today'))).toBe('words');
    expect(headlineKind(link('Space news'))).toBeUndefined();
  });
});

describe('the listing fixture pages', () => {
  const files = ['science-section.html', 'category.html', 'front-page.html', 'kosmos.ru.html'];

  it.each(files)('%s is read as a listing', (file) => {
    expect(findArticle(load(file)).kind).toBe('listing');
  });

  it('science section: every headline and teaser of the river, nothing of the menu, rail, ads, newsletter, cookie banner or footer', () => {
    const doc = load('science-section.html');
    const text = walkedText(doc);
    const river = doc.querySelector('.river')!;
    for (const element of river.querySelectorAll('.card__title, .card__summary')) {
      expect(text).toContain(element.textContent!.trim());
    }
    const outside = ['#cookie-banner', '.site-header', '.ad-slot', '.newsletter-signup', '.most-read', '.site-footer'];
    for (const selector of outside) {
      for (const element of doc.querySelectorAll(selector)) {
        for (const line of element
          .textContent!.split('\n')
          .map((part) => part.trim())
          .filter(Boolean)) {
          expect(text, `${selector}: ${line}`).not.toContain(line);
        }
      }
    }
  });

  it('category page: the "promo" cards are read, the menu, sidebar and footer are not', () => {
    const doc = load('category.html');
    const text = walkedText(doc).join('\n');
    expect(text).toContain("Bill Nelson's memoir settles old scores with Congress");
    expect(text).toContain('The European Space Agency will buy launches');
    for (const gone of ['Roscosmos', 'Popular posts', 'Elon Musk and NASA', 'Orbit Daily covers', 'not sponsors']) {
      expect(text.split('\n')).not.toContain(gone);
      if (gone !== 'Roscosmos') expect(text).not.toContain(gone);
    }
  });

  it('front page: the lead, its related headlines and every section, not the trending bar, comments or rail', () => {
    const text = walkedText(load('front-page.html')).join('\n');
    expect(text).toContain('NASA and Roscosmos agree to keep swapping seats');
    expect(text).toContain('The deal survived three years of strained relations');
    expect(text).toContain('Timeline: every cosmonaut who has flown on Crew Dragon');
    expect(text).toContain('Kazakhstan and Russia argue over the rent for Baikonur');
    for (const gone of [
      'Trending',
      'ISS leak',
      'What readers say',
      'trusted Roscosmos',
      'Most popular',
      'book of poems',
    ]) {
      expect(text).not.toContain(gone);
    }
  });

  it('Russian section page: link-led items without headings, not the most-read block', () => {
    const text = walkedText(load('kosmos.ru.html')).join('\n');
    expect(text).toContain('Роскосмос назвал дату запуска корабля «Союз МС-29»');
    expect(text).toContain('Ракета «Союз-2.1б» вывела аппарат на солнечно-синхронную орбиту.');
    expect(text).not.toContain('Рогозин ответил');
    expect(text).not.toContain('Сайт придуман');
  });
});

describe('the labelled listing pages', () => {
  const matcher = compileMatcher(aliasesFor(TOPIC_IDS));
  const fixtures = loadPageLabels().filter((label) => label.fixture);

  // The content script marks exactly what the evaluation script scores.
  it.each(fixtures.map((label) => [label.fixture!, label] as const))(
    '%s: the extension highlights what the evaluation predicts',
    async (_, label) => {
      const read = () => new DOMParser().parseFromString(readFileSync(join(ROOT, label.fixture!), 'utf8'), 'text/html');
      const predicted = (await predictPage(read(), matcher)).map((span) => [span.text, span.entityId]);
      const doc = read();
      await new PageHighlights(localResolver(matcher), { topicOf }).highlightWithin(doc.body);
      const marked = [...doc.querySelectorAll('[data-backstory-entity]')].map((element) => [
        element.textContent,
        element.getAttribute('data-backstory-entity'),
      ]);
      expect(marked).toEqual(predicted);
      expect(marked.length).toBeGreaterThanOrEqual(label.mentions.length);
    },
  );
});

const withCorpus = corpusAvailable('reading the saved news pages for their page type');

describe('the saved news pages of the corpus', () => {
  /**
   * Every page but three keeps the scope it had before listings were read:
   * the New York Times en Español front page is a listing; football.ua's
   * story is shorter than the slider of teasers beside it, and its main
   * column holds both; the reddit page is a picture beside a feed of posts.
   */
  const LISTINGS = [
    'mozilla__readability/nytimes-5_es.html',
    'adbar__trafilatura/football.ua.podolski.html',
    'postlight__parser/www.reddit.com--image.html',
  ];

  it.runIf(withCorpus)('are read as listings only where they are one', { timeout: 60_000 }, () => {
    const listings: string[] = [];
    for (const path of readCorpusIndex()!.map((row) => row.file!)) {
      // linkedom, without the pages' script and style source: ten times faster than jsdom, and the same reading here.
      const { document } = parseHTML(withoutInertText(readFileSync(join(CORPUS_DIR, path), 'utf8')));
      if (findArticle(document as unknown as Document).kind === 'listing') listings.push(path);
    }
    expect(listings.sort()).toEqual([...LISTINGS].sort());
  });

  it.runIf(withCorpus)(
    'New York Times en Español: the main column of headlines, not the masthead, the latest-news panel or the footer',
    () => {
      const html = readFileSync(join(CORPUS_DIR, 'mozilla__readability/nytimes-5_es.html'), 'utf8');
      const doc = new DOMParser().parseFromString(withoutInertText(html), 'text/html');
      const text = walkedText(doc).join('\n');
      expect(text).toContain('Olimpiadas en China: Xi Jinping está organizando los juegos con sus propias reglas');
      expect(text).toContain('Quiero que mi hijo aprenda a ser perezoso');
      expect(text).not.toContain('Today’s Paper');
      expect(text).not.toContain('Elogio de la pereza');
      expect(text).not.toContain('© 2022 The New York Times Company');
    },
  );
});
