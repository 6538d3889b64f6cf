// @vitest-environment jsdom
// mark.js under happy-dom can loop forever (docs/pitfalls.md, “mark.js hangs under happy-dom”).
/**
 * A page that registered our highlight tag as its own custom element before
 * we highlight: we notice and use another name, and the highlighter itself
 * refuses to keep pieces a page's code moved while it wrote them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { HIGHLIGHT_TAG, highlightTagFor, isHighlightShaped } from '../../entrypoints/content/dom-contract';
import { Highlighter } from '../../entrypoints/content/highlighter';
import { clearLeftovers } from '../../entrypoints/content/leftovers';
import { highlightCss } from '../../entrypoints/content/highlight-styles';

const STORY = 'Officials at Roscosmos said that NASA agreed.';
const MENTIONS = [
  { start: 13, length: 9, entityId: 'roscosmos', topic: 'agencies', focusable: true },
  { start: 33, length: 4, entityId: 'nasa', topic: 'agencies', focusable: true },
];

// A page's constructor that throws is reported to the page, as in a browser (this file defines one
// for the rest of its tests): not a failure of these tests.
const reported: string[] = [];
window.addEventListener('error', (event) => {
  reported.push(event.message);
  event.preventDefault();
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('choosing the highlight tag', () => {
  it('keeps the usual tag on a page that did not claim it', () => {
    expect(highlightTagFor(document)).toBe(HIGHLIGHT_TAG);
  });

  it('takes another name from our family when the page defined the usual one, even one that throws', () => {
    // A name the page defined with a constructor that throws is taken too.
    customElements.define(
      'backstory-mark',
      class extends HTMLElement {
        constructor() {
          super();
          throw new Error('ours');
        }
      },
    );
    const first = highlightTagFor(document);
    const second = highlightTagFor(document);
    expect(first).toMatch(/^backstory-mark-[0-9a-f]+$/);
    expect(second).not.toBe(first);
    expect(isHighlightShaped(document.createElement(first))).toBe(false);
    expect(reported.length).toBeGreaterThan(0);
  });
});

describe('the highlighter on a page whose custom element runs inside our writes', () => {
  it('aborts and leaves the text and nodes exactly as they were when the pieces are not what it made', () => {
    customElements.define(
      'backstory-mark-mover',
      class extends HTMLElement {
        connectedCallback() {
          // Moves itself to the end of its parent: our pieces are no longer in order.
          if (this.parentNode && this.parentNode.lastChild !== this) this.parentNode.append(this);
        }
      },
    );
    document.body.innerHTML = `<p>${STORY}</p>`;
    const p = document.querySelector('p')!;
    const node = p.firstChild as Text;
    const highlighter = new Highlighter('backstory-mark-mover');
    expect(highlighter.wrap(node, MENTIONS)).toEqual([]);
    expect(p.innerHTML).toBe(STORY);
    expect(p.firstChild).toBe(node);
    expect(highlighter.isSplit(node)).toBe(false);
  });

  it('wraps under the page’s own tag name when nothing interferes', () => {
    document.body.innerHTML = `<p>${STORY}</p>`;
    const p = document.querySelector('p')!;
    const created = new Highlighter('backstory-mark-1a2b').wrap(p.firstChild as Text, MENTIONS);
    expect(created.map((element) => [element.localName, element.textContent])).toEqual([
      ['backstory-mark-1a2b', 'Roscosmos'],
      ['backstory-mark-1a2b', 'NASA'],
    ]);
    expect(p.textContent).toBe(STORY);
  });
});

describe('the page’s stylesheet and leftovers under another tag', () => {
  it('names the page’s tag in every rule, and the reader’s style only by which sheet is adopted', () => {
    const underline = highlightCss('backstory-mark-1a2b', 'underline');
    const background = highlightCss('backstory-mark-1a2b', 'background');
    expect(underline).not.toMatch(/backstory-mark(?![-\w])/);
    expect(underline).toContain('backstory-mark-1a2b[data-backstory-entity]');
    expect(underline).not.toContain('data-backstory-style');
    expect(background).toContain('text-decoration-line: none');
    expect(underline).not.toContain('text-decoration-line: none');
    expect(highlightCss()).toContain('backstory-mark[data-backstory-topic=');
  });

  it('clears leftover highlights of an older copy whatever their tag, keeping their text in place', () => {
    document.body.innerHTML =
      '<p>Officials at <backstory-mark-9f data-backstory-entity="roscosmos" tabindex="0">Roscosmos</backstory-mark-9f> ' +
      'and <backstory-mark data-backstory-entity="nasa">NASA</backstory-mark>, <b data-backstory-entity="x">bold</b>.</p>';
    clearLeftovers(document);
    expect(document.body.innerHTML).toBe(
      '<p>Officials at Roscosmos and NASA, <b data-backstory-entity="x">bold</b>.</p>',
    );
  });

  it("clears the card an older copy had open, which nothing would ever close (Firefox's update)", () => {
    document.body.innerHTML = '<p>Officials at Roscosmos.</p><div id="page-own">The page.</div>';
    const host = document.createElement('div');
    host.setAttribute('data-backstory-card', '');
    host.attachShadow({ mode: 'open' }).innerHTML = '<div role="dialog"><h2>Roscosmos</h2></div>';
    document.body.append(host);
    clearLeftovers(document);
    expect(document.body.innerHTML).toBe('<p>Officials at Roscosmos.</p><div id="page-own">The page.</div>');
  });
});
