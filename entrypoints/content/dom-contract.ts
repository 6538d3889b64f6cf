/**
 * The names Backstory writes into a page, in one place: the highlight element
 * and its attributes, and the card's host element. The stylesheet
 * (highlight.css, made per page by highlight-styles.ts) and the end-to-end
 * tests use the same names.
 *
 * What a page can read of ours is kept to what highlighting needs: the
 * entity (for the card) and its topic (for the colour). The reader's other
 * settings (the highlight style, the hover delay) are not written into the page.
 */

/** The tag mark.js wraps mentions in: a custom name that page CSS for `mark` or `span` does not reach. */
export const HIGHLIGHT_TAG = 'backstory-mark';
/** Every highlight names its entity here. */
export const ENTITY_ATTR = 'data-backstory-entity';
/** The entity's topic, which picks the highlight's colour. */
export const TOPIC_ATTR = 'data-backstory-topic';
/** Any highlight, whatever its tag on this page (see highlightTagFor). */
export const HIGHLIGHT_SELECTOR = `[${ENTITY_ATTR}]`;
/**
 * Marks the <div> that hosts the card's shadow root while a card is open (a
 * built-in element: a page cannot register it as its own custom element).
 */
export const CARD_HOST_ATTR = 'data-backstory-card';
export const CARD_HOST_SELECTOR = `div[${CARD_HOST_ATTR}]`;

/**
 * The highlight tag for this page: HIGHLIGHT_TAG, unless the page registered
 * that name as its own custom element (then each of our highlights would run
 * the page's constructor and callbacks in the middle of our writes). Such a
 * page gets a random name of the same family it cannot have registered in
 * advance. Custom element registries are out of reach of a content script
 * (Chrome gives its isolated world none), so the test is on an element: one
 * the page defined is `:defined` once created, or failed to construct.
 */
export function highlightTagFor(doc: Document): string {
  if (!isDefinedOnPage(doc, HIGHLIGHT_TAG)) return HIGHLIGHT_TAG;
  for (;;) {
    const random = [...crypto.getRandomValues(new Uint8Array(6))].map((byte) => byte.toString(16)).join('');
    const tag = `${HIGHLIGHT_TAG}-${random}`;
    if (!isDefinedOnPage(doc, tag)) return tag;
  }
}

function isDefinedOnPage(doc: Document, tag: string): boolean {
  let probe: Element;
  try {
    probe = doc.createElement(tag);
  } catch {
    // The page's constructor threw: the name is taken.
    return true;
  }
  // An undefined autonomous custom element is an HTMLElement that is not `:defined`;
  // one whose constructor failed is an HTMLUnknownElement.
  return probe.matches(':defined') || Object.prototype.toString.call(probe) === '[object HTMLUnknownElement]';
}

/** Whether an element has the shape of one of our highlights (ours on this page, or an older copy's). */
export function isHighlightShaped(element: Element): boolean {
  return element.localName.startsWith(HIGHLIGHT_TAG) && element.hasAttribute(ENTITY_ATTR);
}
