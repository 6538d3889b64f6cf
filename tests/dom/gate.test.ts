// @vitest-environment jsdom
/**
 * The loader's reading of a page: the whole page's rendered text for the
 * first look, and the added nodes' text, joined, for content that comes later.
 */
import { describe, expect, it } from 'vitest';
import { pageText } from '../../entrypoints/content/gate';

const SEPARATOR = '\u0000';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** jsdom lays nothing out and has no `innerText`: a browser's rendered text, as the test says it is. */
function rendered<T extends HTMLElement>(element: T, text: string | undefined): T {
  Object.defineProperty(element, 'innerText', { configurable: true, get: () => text });
  return element;
}

describe('the whole page’s first read', () => {
  it('takes the rendered text in one read where the browser lays pages out', () => {
    const body = rendered(page('<p>NASA</p><p hidden>Roscosmos</p>'), 'NASA');
    expect(pageText([body], SEPARATOR)).toBe('NASA');
  });

  it('walks the text nodes where there is no layout, leaving out scripts, styles and form fields', () => {
    const body = page(
      '<p>NASA and <b>Roscosmos</b></p><script>var ISS = 1;</script><style>.x{}</style><textarea>Soyuz</textarea>',
    );
    expect(pageText([rendered(body, undefined)], SEPARATOR).split(SEPARATOR)).toEqual(['NASA and ', 'Roscosmos']);
  });
});

describe('the added nodes’ text', () => {
  it('reads each added element as rendered and each added text node as it is, joined', () => {
    const body = page('<div id="feed"><p id="a">x</p>NASA said</div><script id="s">var ISS = 1;</script>');
    const added = rendered(body.querySelector<HTMLElement>('#a')!, 'Roscosmos and SpaceX');
    const text = body.querySelector('#feed')!.lastChild!;
    expect(pageText([added, text], SEPARATOR)).toBe(`Roscosmos and SpaceX${SEPARATOR}NASA said`);
  });

  it('skips an added script or style, and text too short to hold a name', () => {
    const body = page('<script id="s">var ISS = 1;</script><style id="c">.soyuz{}</style><p id="p">x</p>');
    const script = rendered(body.querySelector<HTMLElement>('#s')!, 'var ISS = 1;');
    const style = body.querySelector('#c')!;
    const short = rendered(body.querySelector<HTMLElement>('#p')!, 'x');
    const scriptText = script.firstChild!;
    expect(pageText([script, style, short, scriptText], SEPARATOR)).toBe('');
  });

  it('walks an element without rendered text (SVG) for its text nodes', () => {
    const body = page('<svg><text>Starship</text></svg>');
    expect(pageText([body.querySelector('svg')!], SEPARATOR)).toBe('Starship');
  });
});
