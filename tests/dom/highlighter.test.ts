// @vitest-environment jsdom
// mark.js under happy-dom can loop forever (docs/pitfalls.md, “mark.js hangs under happy-dom”).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileMatcher, localResolver } from '../../utils/matcher';
import { DOM_ALIASES, testTopics } from '../fixtures/aliases';
import { PageHighlights } from '../../entrypoints/content/page-highlights';
import { Watcher, ADDED_CONTENT_DELAY_MS } from '../../entrypoints/content/watcher';

function setup(html: string, { firstMentionOnly = false } = {}) {
  document.body.innerHTML = html;
  const page: PageHighlights = new PageHighlights(localResolver(compileMatcher(DOM_ALIASES)), testTopics, {
    firstMentionOnly,
    write: (write) => watcher.mutate(write),
  });
  const watcher = new Watcher(document.body, page);
  return { page, watcher };
}

function highlighted(): Array<[string, string]> {
  return [...document.querySelectorAll('[data-backstory-entity]')].map((el) => [
    el.textContent ?? '',
    el.getAttribute('data-backstory-entity') ?? '',
  ]);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('highlighting a page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('marks each mention with its entity and skips places a reader types or reads code', async () => {
    const { page } = setup(`
      <p>NASA and Roscosmos run the ISS; a Soyuz brings crews.</p>
      <nav><a href="/">NASA</a></nav>
      <pre>ISS</pre><p><code><span>ISS</span></code></p>
      <textarea>Roscosmos</textarea><input value="NASA">
      <div contenteditable="true"><b>Soyuz</b></div>
      <script>var ISS = 1;</script><style>.NASA{}</style>
      <p>A dragon in a fairy tale.</p>
    `);
    await page.highlightWithin(document.body);
    expect(highlighted()).toEqual([
      ['NASA', 'nasa'],
      ['Roscosmos', 'roscosmos'],
      ['ISS', 'iss'],
      ['Soyuz', 'soyuz'],
    ]);
  });

  it('makes highlights focusable buttons, except inside links', async () => {
    const { page } = setup('<p>The ISS and <a href="/x">NASA</a></p>');
    await page.highlightWithin(document.body);
    const [iss, nasa] = document.querySelectorAll('[data-backstory-entity]');
    expect(iss?.getAttribute('tabindex')).toBe('0');
    expect(iss?.getAttribute('role')).toBe('button');
    expect(nasa?.hasAttribute('tabindex')).toBe(false);
  });

  it('highlights an ambiguous name when its context word is on the page', async () => {
    const { page } = setup('<p>SpaceX flew the Dragon.</p>');
    await page.highlightWithin(document.body);
    expect(highlighted()).toEqual([['Dragon', 'crew-dragon']]);
  });

  it('gives back the exact DOM, with the same text node objects, when cleared', async () => {
    const html = '<p id="a">ISS at start, NASA in the middle, ends with Soyuz</p><p id="b">text <i>ISS</i> more</p>';
    const { page } = setup(html);
    const originalNodes = [...document.querySelectorAll('p, i')].map((el) => el.firstChild);
    await page.highlightWithin(document.body);
    expect(highlighted()).toHaveLength(4);
    page.clear();
    expect(document.body.innerHTML).toBe(html);
    expect([...document.querySelectorAll('p, i')].map((el) => el.firstChild)).toEqual(originalNodes);
    expect(document.getElementById('a')!.childNodes).toHaveLength(1);
  });

  it('can highlight again after clearing', async () => {
    const { page } = setup('<p>ISS and NASA</p>');
    await page.highlightWithin(document.body);
    page.clear();
    await page.highlightWithin(document.body);
    expect(highlighted()).toEqual([
      ['ISS', 'iss'],
      ['NASA', 'nasa'],
    ]);
  });

  it('marks only the first mention of each entity in first-mention mode, but counts them all', async () => {
    const { page } = setup('<p>ISS, NASA, ISS</p><p>NASA and the ISS</p>', { firstMentionOnly: true });
    await page.highlightWithin(document.body);
    expect(highlighted()).toEqual([
      ['ISS', 'iss'],
      ['NASA', 'nasa'],
    ]);
    expect([...page.found()]).toEqual([
      ['iss', 3],
      ['nasa', 2],
    ]);
  });

  it('in first-mention mode marks the first mention in the story’s sentences, not the headline or a link', async () => {
    const { page } = setup(
      `<h1>NASA and the ISS</h1><p><a href="/x">Roscosmos</a> said the ISS and NASA agreed.</p>` +
        `<p>Roscosmos confirmed it.</p><p>Only a <a href="/y">Soyuz</a> link names the Soyuz here.</p>`,
      { firstMentionOnly: true },
    );
    await page.highlightWithin(document.body);
    expect(
      [...document.querySelectorAll('[data-backstory-entity]')].map((el) => [
        el.textContent,
        el.closest('h1, a, p')!.localName,
      ]),
    ).toEqual([
      ['ISS', 'p'],
      ['NASA', 'p'],
      ['Roscosmos', 'p'],
      ['Soyuz', 'p'],
    ]);
    expect(document.querySelector('h1 [data-backstory-entity]')).toBeNull();
  });

  it('stops a pass in flight when cleared, leaving the page as it was', async () => {
    const html = Array.from({ length: 400 }, (_, i) => `<p>Item ${i}: the ISS and NASA</p>`).join('');
    const { page } = setup(html);
    const pass = page.highlightWithin(document.body);
    page.clear();
    await pass;
    expect(document.body.innerHTML).toBe(html);
  });

  it('counts what it found per entity', async () => {
    const { page } = setup('<p>ISS, NASA, ISS</p>');
    await page.highlightWithin(document.body);
    expect([...page.found()]).toEqual([
      ['iss', 2],
      ['nasa', 1],
    ]);
  });
});

describe('a page that changes', () => {
  let watcher: Watcher;
  beforeEach(() => {
    document.body.innerHTML = '';
  });
  afterEach(() => watcher?.stop());

  it("shows the page's new text when a framework rewrites a highlighted text node", async () => {
    const setupResult = setup('<p id="status">NASA confirms the Soyuz docked.</p>');
    watcher = setupResult.watcher;
    const textNode = document.getElementById('status')!.firstChild as Text;
    watcher.start();
    await setupResult.page.highlightWithin(document.body);
    expect(highlighted()).toHaveLength(2);

    textNode.data = 'Roscosmos says the hatch is open.';
    await sleep(0);
    const status = document.getElementById('status')!;
    expect(status.textContent).toBe('Roscosmos says the hatch is open.');
    expect(textNode.isConnected).toBe(true);
    await expect.poll(highlighted, { timeout: 3000, interval: 10 }).toEqual([['Roscosmos', 'roscosmos']]);
    expect(status.textContent).toBe('Roscosmos says the hatch is open.');
  });

  it('takes our pieces out when the page removes a highlighted text node', async () => {
    const setupResult = setup('<p id="p">The ISS and NASA</p>');
    watcher = setupResult.watcher;
    watcher.start();
    await setupResult.page.highlightWithin(document.body);
    const p = document.getElementById('p')!;
    p.removeChild(p.firstChild!);
    p.appendChild(document.createTextNode('Nothing here'));
    await sleep(0);
    expect(p.textContent).toBe('Nothing here');
  });

  it('highlights content added later, and not its own writes', async () => {
    const setupResult = setup('<div id="feed"><p>ISS</p></div>');
    watcher = setupResult.watcher;
    watcher.start();
    await setupResult.page.highlightWithin(document.body);
    const more = document.createElement('p');
    more.textContent = 'Roscosmos and NASA';
    document.getElementById('feed')!.append(more);
    await sleep(ADDED_CONTENT_DELAY_MS + 50);
    expect(highlighted()).toEqual([
      ['ISS', 'iss'],
      ['Roscosmos', 'roscosmos'],
      ['NASA', 'nasa'],
    ]);
    await sleep(ADDED_CONTENT_DELAY_MS + 50);
    expect(highlighted()).toHaveLength(3);
  });

  it('stops highlighting a text node the page rewrites all the time, and keeps showing its text', async () => {
    const setupResult = setup('<p id="clock">NASA time 0</p>');
    watcher = setupResult.watcher;
    // The page's own node, as its script holds it from the start.
    const text = document.getElementById('clock')!.firstChild as Text;
    watcher.start();
    await setupResult.page.highlightWithin(document.body);
    for (let tick = 1; tick <= 12; tick += 1) {
      text.data = `NASA time ${tick}`;
      await sleep(5);
    }
    await sleep(ADDED_CONTENT_DELAY_MS * 2);
    expect(document.getElementById('clock')!.textContent).toBe('NASA time 12');
    expect(highlighted()).toEqual([]);
  });

  it('keeps a bounded queue when a page adds nodes faster than it is highlighted, and still finds them', async () => {
    const setupResult = setup('<div id="log"></div>');
    watcher = setupResult.watcher;
    watcher.start();
    const log = document.getElementById('log')!;
    for (let line = 0; line < 2000; line += 1) {
      const p = document.createElement('p');
      p.textContent = line === 1999 ? 'Roscosmos at the end' : `line ${line}`;
      log.append(p);
    }
    // One pass over 2,000 paragraphs, after the added-content delay: poll rather than guess its length.
    await expect.poll(highlighted, { timeout: 5000, interval: 20 }).toEqual([['Roscosmos', 'roscosmos']]);
  });
});

describe('first-mention mode on a page that changes', () => {
  let watcher: Watcher;
  afterEach(() => watcher?.stop());

  it('hands the highlight to the next mention when the marked one is removed', async () => {
    const setupResult = setup('<div id="feed"><p id="a">NASA first</p><p id="b">NASA second</p></div>', {
      firstMentionOnly: true,
    });
    watcher = setupResult.watcher;
    watcher.start();
    await setupResult.page.highlightWithin(document.body);
    expect(document.querySelectorAll('#a [data-backstory-entity]')).toHaveLength(1);
    expect(document.querySelectorAll('#b [data-backstory-entity]')).toHaveLength(0);
    document.getElementById('a')!.remove();
    await sleep(ADDED_CONTENT_DELAY_MS + 100);
    expect(document.querySelectorAll('#b [data-backstory-entity]')).toHaveLength(1);
    expect(document.getElementById('feed')!.textContent).toBe('NASA second');
  });

  it('takes highlights out of a region the page makes editable, keeping its text', async () => {
    const setupResult = setup('<div id="note"><p>The ISS and NASA</p></div>');
    watcher = setupResult.watcher;
    watcher.start();
    await setupResult.page.highlightWithin(document.body);
    expect(highlighted()).toHaveLength(2);
    const note = document.getElementById('note')!;
    note.setAttribute('contenteditable', 'true');
    // jsdom has no isContentEditable; the browser computes it.
    Object.defineProperty(note, 'isContentEditable', { value: true });
    await sleep(10);
    expect(highlighted()).toEqual([]);
    expect(note.textContent).toBe('The ISS and NASA');
  });
});
