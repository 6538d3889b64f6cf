/**
 * The card's home: a plain <div> with an open shadow root, appended to the
 * page only while a card is open. A <div>, not a custom element: a page can
 * register a custom element name before us and run its own code inside ours,
 * but it cannot redefine a built-in element. The open root lets assistive
 * tools and tests read the card; `:host { all: initial !important }` keeps
 * page CSS off it. Styles go in through a constructable stylesheet, which a
 * page's Content-Security-Policy does not block (a <style> element would be
 * blocked by `style-src` without 'unsafe-inline').
 */
import { CARD_HOST_ATTR } from '../dom-contract';

export interface ShadowHost {
  /** Inserts the shadow host into the page. */
  mount(): void;
  /** Takes the shadow host out of the page. */
  remove(): void;
  readonly shadowHost: HTMLElement;
  readonly uiContainer: HTMLElement;
}

export function createShadowHost(doc: Document, css: string): ShadowHost {
  const host = doc.createElement('div');
  host.setAttribute(CARD_HOST_ATTR, '');
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
