// @vitest-environment jsdom
// mark.js under happy-dom can loop forever (docs/pitfalls.md, “mark.js hangs under happy-dom”).
/**
 * What a page's own scripts do to text we highlighted (read-more wrappers,
 * hydration, glossary and ad scripts, translation, normalize(), frameworks)
 * must never lose or duplicate the reader's text. Each case runs the same
 * operation on a twin of the page without Backstory and compares.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { compileMatcher, localResolver } from '../../utils/matcher';
import { BASE_ALIASES, testTopics } from '../fixtures/aliases';
import { PageHighlights } from '../../entrypoints/content/page-highlights';
import { Watcher, ADDED_CONTENT_DELAY_MS } from '../../entrypoints/content/watcher';

const STORY =
  'Officials at Roscosmos said on Tuesday that the International Space Station would keep flying for years, ' +
  'and that NASA agreed.';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let watcher: Watcher | undefined;
afterEach(() => {
  watcher?.stop();
  document.body.innerHTML = '';
});

/** Our page and its twin, each with the same paragraph; ours is highlighted and watched. */
async function pair(html = `<p>${STORY}</p>`) {
  document.body.innerHTML = `<div id="ours">${html}</div><div id="twin">${html}</div>`;
  const ours = document.getElementById('ours')!;
  const twin = document.getElementById('twin')!;
  const page: PageHighlights = new PageHighlights(localResolver(compileMatcher(BASE_ALIASES)), testTopics, {
    write: (write) => watcher!.mutate(write),
  });
  watcher = new Watcher(ours, page);
  watcher.start();
  await page.highlightWithin(ours);
  expect(ours.querySelectorAll('[data-backstory-entity]').length).toBeGreaterThan(0);
  return { ours, twin, page };
}

type Operation = (root: Element) => void | Promise<void>;

/** Runs the page's operation on both, lets the watcher react, and compares what the reader sees. */
async function compare(operation: Operation, { html }: { html?: string } = {}) {
  const { ours, twin, page } = await pair(html);
  await operation(twin);
  await operation(ours);
  await sleep(0);
  expect(ours.textContent).toBe(twin.textContent);
  // Later passes (the watcher highlighting again) must not change the text either.
  await sleep(ADDED_CONTENT_DELAY_MS + 50);
  expect(ours.textContent).toBe(twin.textContent);
  watcher!.mutate(() => page.clear());
  return { ours, twin, page };
}

const paragraph = (root: Element) => root.querySelector('p')!;
const firstText = (root: Element) => paragraph(root).firstChild as Text;

describe('the page moves or rewrites text we highlighted', () => {
  it('keeps the whole story when the page moves a paragraph’s children into a wrapper', async () => {
    const { ours, twin } = await compare((root) => {
      const p = paragraph(root);
      const wrapper = document.createElement('span');
      while (p.firstChild) wrapper.append(p.firstChild);
      p.append(wrapper);
    });
    expect(ours.querySelector('p')!.textContent).toBe(STORY);
    expect(ours.innerHTML).toBe(twin.innerHTML);
  });

  it('keeps the highlights where a moved paragraph still holds them', async () => {
    const { ours } = await pair();
    const p = paragraph(ours);
    const wrapper = document.createElement('span');
    while (p.firstChild) wrapper.append(p.firstChild);
    p.append(wrapper);
    await sleep(0);
    expect([...ours.querySelectorAll('[data-backstory-entity]')].map((el) => el.textContent)).toEqual([
      'Roscosmos',
      'International Space Station',
      'NASA',
    ]);
  });

  it('wraps the page’s own node: the wrapper gets the whole text', async () => {
    const { ours, twin } = await compare((root) => {
      const node = firstText(root);
      const wrapper = document.createElement('em');
      node.before(wrapper);
      wrapper.append(node);
    });
    expect(ours.querySelector('em')!.textContent).toBe(STORY);
    expect(ours.innerHTML).toBe(twin.innerHTML);
  });

  it('moves the page’s node alone to another paragraph: it carries the whole text', async () => {
    const html = `<p>${STORY}</p><p class="other">Other.</p>`;
    const { ours, twin } = await compare(
      (root) => {
        root.querySelector('.other')!.append(firstText(root));
      },
      { html },
    );
    expect(ours.innerHTML).toBe(twin.innerHTML);
  });

  it('replaces the node with a clone of itself: the highlights stay, and clearing gives the whole text back', async () => {
    const { ours, twin } = await compare((root) => {
      const node = firstText(root);
      node.replaceWith(node.cloneNode());
    });
    expect(ours.innerHTML).toBe(twin.innerHTML);
  });

  it('replaces the node with content built from its text (a glossary script): no text is lost', async () => {
    await compare((root) => {
      const node = firstText(root);
      const glossary = document.createElement('span');
      glossary.className = 'glossary';
      glossary.textContent = node.data;
      node.replaceWith(glossary);
    });
  });

  it('puts the replacement first and then removes the node (insertBefore, then remove)', async () => {
    await compare((root) => {
      const node = firstText(root);
      const translated = document.createElement('font');
      translated.textContent = node.data;
      node.parentNode!.insertBefore(translated, node);
      node.remove();
    });
  });

  it('normalizes the paragraph when the page’s node was left empty by a name at its start', async () => {
    const html = `<p>${STORY.replace('Officials at ', '')}</p>`;
    const { ours, twin } = await compare((root) => paragraph(root).normalize(), { html });
    expect(ours.textContent).toBe(twin.textContent);
  });

  it('normalizes a paragraph whose page text follows our last piece', async () => {
    await compare(
      (root) => {
        paragraph(root).append(document.createTextNode(' Then more.'));
        paragraph(root).normalize();
      },
      { html: `<p>${STORY}</p>` },
    );
  });

  it('rewrites the paragraph’s textContent from itself', async () => {
    const { ours, twin } = await compare((root) => {
      const p = paragraph(root);
      const text = p.textContent;
      p.textContent = text;
    });
    expect(ours.innerHTML).toBe(twin.innerHTML);
  });

  it('detaches the paragraph and attaches it again later', async () => {
    const { ours, twin } = await compare(async (root) => {
      const p = paragraph(root);
      p.remove();
      await sleep(5);
      root.append(p);
    });
    expect(ours.innerHTML).toBe(twin.innerHTML);
  });

  it('detaches the page’s node alone and puts it back later', async () => {
    const { ours, twin } = await compare(async (root) => {
      const node = firstText(root);
      const parent = node.parentNode!;
      node.remove();
      await sleep(5);
      parent.prepend(node);
    });
    expect(ours.innerHTML).toBe(twin.innerHTML);
  });

  it('removes the node for good (a framework’s conditional text): the rest of its sentence goes too', async () => {
    const { ours } = await compare((root) => firstText(root).remove());
    expect(ours.querySelector('p')!.textContent).toBe('');
  });

  it('rewrites every text node of the paragraph in place (a translation): nothing twice, nothing lost', async () => {
    await compare((root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      for (const node of nodes) node.data = node.data.toUpperCase();
    });
  });
});
