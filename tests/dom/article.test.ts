// @vitest-environment jsdom
// mark.js under happy-dom can loop forever (docs/pitfalls.md, “mark.js hangs under happy-dom”).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleScope, findArticleRoots } from '../../entrypoints/content/article';
import { createTextWalker, eligibleTextNodes } from '../../entrypoints/content/scope';
import { PageHighlights } from '../../entrypoints/content/page-highlights';
import { aliasesFor } from '../../utils/alias-index';
import { topicOf } from '../../utils/topic-index';
import { compileMatcher, localResolver } from '../../utils/matcher';
import { TOPIC_IDS } from '../../utils/topics';
import { PAGES_DIR, extractMarkers, pageFiles, predictPage } from '../../scripts/eval';

/** A paragraph of prose long enough to count as story text. */
const PROSE = 'The crew spent the morning on experiments and the afternoon on repairs to the cooling loop. '.repeat(3);

/** A document of its own per test: the article scope is cached per document. */
function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}

function describeRoots(doc: Document): string[] {
  return findArticleRoots(doc).map((element) => element.id || element.tagName.toLowerCase());
}

/** The text the content script would read on the page, trimmed, one entry per text node. */
function walkedText(doc: Document, root: Node = doc.body): string[] {
  const walker = createTextWalker(root);
  if (!walker) return [];
  return [...eligibleTextNodes(walker)].map((node) => node.data.trim()).filter(Boolean);
}

describe('finding the article', () => {
  it('prefers the story container over navigation, sidebars and footers', () => {
    const doc = page(`
      <nav id="menu"><p>${PROSE}</p></nav>
      <main id="main"><article id="story"><p>${PROSE}</p><p>${PROSE}</p></article>
        <aside id="side"><p>${PROSE}</p></aside></main>
      <footer id="foot"><p>${PROSE}</p></footer>`);
    expect(describeRoots(doc)).toEqual(['story']);
  });

  it('takes the densest block of paragraphs when the page has no story markup', () => {
    const doc = page(`
      <div id="header"><p>Short.</p></div>
      <div id="wrap"><div id="content"><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p></div>
        <div id="rail"><p>${PROSE}</p></div></div>`);
    expect(describeRoots(doc)).toEqual(['content']);
  });

  it('skips a story container that holds little of the prose (a teaser among the paragraphs)', () => {
    const doc = page(`
      <div id="body-text"><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p></div>
      <div id="teasers"><article id="teaser"><p>${PROSE}</p></article></div>`);
    expect(describeRoots(doc)).toEqual(['body-text']);
  });

  it('keeps several stories of similar length (a live blog, the next story loaded on scroll)', () => {
    const doc = page(`<article id="first"><p>${PROSE}</p><p>${PROSE}</p></article>
      <article id="second"><p>${PROSE}</p><p>${PROSE}</p></article>
      <article id="promo"><p>${PROSE.slice(0, 260)}</p></article>`);
    expect(describeRoots(doc)).toEqual(['first', 'second']);
  });

  it('falls back to the whole body on a page with too little prose to tell', () => {
    expect(describeRoots(page('<div><p>NASA and SpaceX.</p></div><aside><p>ISS</p></aside>'))).toEqual(['body']);
  });

  it('does not mistake a layout wrapper named after its sidebar, or a page-wide form, for boilerplate', () => {
    const doc = page(`<form id="aspnetForm"><div id="layout" class="with-sidebar">
      <div id="story"><p>${PROSE}</p><p>${PROSE}</p></div></div></form>`);
    expect(describeRoots(doc)).toEqual(['story']);
  });
});

describe('walking the article', () => {
  const doc = page(`
    <header><nav><a href="/">NASA</a></nav><p>Site slogan about SpaceX</p></header>
    <main id="main">
      <article id="story">
        <h1>Headline about the ISS</h1>
        <p>${PROSE}</p><p>Roscosmos said the Soyuz is ready.</p>
        <div class="share-tools">Share on Roscosmos fan forum</div>
        <section class="related-stories"><p>Elon Musk teaser</p></section>
        <div class="ad-slot">Buy a Falcon 9 model</div>
        <footer>Tags: NASA</footer>
      </article>
      <aside><p>Sidebar about Baikonur</p></aside>
    </main>
    <section id="comments" class="comments"><p>Comment about Rogozin</p></section>
    <footer><p>Footer about ESA</p></footer>`);

  it('reads the story and nothing around it or inside its widgets', () => {
    expect(walkedText(doc)).toEqual(['Headline about the ISS', PROSE.trim(), 'Roscosmos said the Soyuz is ready.']);
  });

  it('reads nothing when a change happens outside the story, and the change when it happens inside', () => {
    expect(walkedText(doc, doc.querySelector('#comments p')!)).toEqual([]);
    expect(walkedText(doc, doc.querySelector('aside')!)).toEqual([]);
    expect(walkedText(doc, doc.querySelector('.related-stories p')!)).toEqual([]);
    expect(walkedText(doc, doc.querySelector('#story p:nth-of-type(2)')!)).toEqual([
      'Roscosmos said the Soyuz is ready.',
    ]);
  });

  it('looks for the article again when the page replaces it', () => {
    const spa = page(`<main><article id="one"><p>${PROSE}</p></article></main>`);
    expect([...articleScope(spa).roots].map((root) => root.id)).toEqual(['one']);
    const next = spa.createElement('article');
    next.id = 'two';
    next.innerHTML = `<p>${PROSE}</p><p>${PROSE}</p>`;
    spa.querySelector('article')!.replaceWith(next);
    expect([...articleScope(spa).roots].map((root) => root.id)).toEqual(['two']);
  });
});

describe('the labelled sample pages', () => {
  const matcher = compileMatcher(aliasesFor(TOPIC_IDS));
  const topics = { topicOf };

  function load(file: string): Document {
    const doc = new DOMParser().parseFromString(readFileSync(join(PAGES_DIR, file), 'utf8'), 'text/html');
    extractMarkers(doc);
    return doc;
  }

  it('are at least six, in English, Russian and German, with trap pages', () => {
    const files = pageFiles();
    expect(files.length).toBeGreaterThanOrEqual(6);
    const langs = files.map((file) => load(file).documentElement.lang);
    expect(new Set(langs)).toEqual(new Set(['en', 'ru', 'de']));
  });

  // The content script marks exactly what the evaluation script scores.
  it.each(pageFiles())('%s: the extension highlights what the evaluation predicts', async (file) => {
    const predictedDoc = load(file);
    const predicted = (await predictPage(predictedDoc, matcher)).map((span) => [span.text, span.entityId]);
    const doc = load(file);
    const highlights = new PageHighlights(localResolver(matcher), topics);
    await highlights.highlightWithin(doc.body);
    const marked = [...doc.querySelectorAll('[data-backstory-entity]')].map((element) => [
      element.textContent,
      element.getAttribute('data-backstory-entity'),
    ]);
    expect(marked).toEqual(predicted);
    if (!readFileSync(join(PAGES_DIR, file), 'utf8').includes('[[')) expect(marked).toEqual([]);
  });
});
