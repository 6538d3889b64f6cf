/**
 * The card's home: a custom element with an open shadow root, appended to
 * the page only while a card is open. Styles go in through a constructable
 * stylesheet, which a page's Content-Security-Policy does not block (a
 * <style> element would be blocked by `style-src` without 'unsafe-inline').
 */
import type { CardUi } from './card-host';
import { CARD_HOST_TAG } from './dom-contract';

export function createCardUi(doc: Document, css: string): CardUi {
  const host = doc.createElement(CARD_HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  if (!adoptStyles(shadow, css)) {
    const style = doc.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
  const container = doc.createElement('div');
  shadow.append(container);
  return {
    shadowHost: host,
    uiContainer: container,
    mount() {
      (doc.body ?? doc.documentElement).append(host);
    },
    remove() {
      host.remove();
    },
  };
}

function adoptStyles(shadow: ShadowRoot, css: string): boolean {
  try {
    const view = shadow.ownerDocument.defaultView;
    if (!view || !('adoptedStyleSheets' in shadow)) return false;
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    return shadow.adoptedStyleSheets.length === 1;
  } catch {
    return false;
  }
}
