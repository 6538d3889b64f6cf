// @vitest-environment jsdom
/**
 * The loader's reading of a page: the whole page's rendered text for the
 * first look, and the added nodes' text, joined, for content that comes later.
 */
import { describe, expect, it } from 'vitest';
import { pageText, renderedText } from '../../entrypoints/content/gate';

const SEPARATOR = '\u0000';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('the added nodes’ text', () => {
  it('joins text nodes with the separator, leaving out scripts, styles and form fields', () => {
    const body = page(
      '<p>NASA and <b>Roscosmos</b></p><script>var ISS = 1;</script><style>.x{}</style><textarea>Soyuz</textarea>',
    );
    expect(pageText([body], SEPARATOR).split(SEPARATOR)).toEqual(['NASA and ', 'Roscosmos']);
  });
});

describe('the whole page’s first read', () => {
  it('takes the rendered text in one read where the browser lays pages out', () => {
    const body = page('<p>NASA</p><p hidden>Roscosmos</p>');
    Object.defineProperty(body, 'innerText', { configurable: true, get: () => 'NASA' });
    expect(renderedText(body, SEPARATOR)).toBe('NASA');
  });

  it('walks the text nodes where there is no layout (innerText missing)', () => {
    const body = page('<p>NASA</p><p>Roscosmos</p><script>ISS</script>');
    Object.defineProperty(body, 'innerText', { configurable: true, get: () => undefined });
    expect(renderedText(body, SEPARATOR)).toBe(`NASA${SEPARATOR}Roscosmos`);
  });
});
