/**
 * The names Backstory writes into a page, in one place: the highlight element
 * and its attributes, and the card's host element. The stylesheet
 * (highlight.css) and the end-to-end tests use the same names; a unit test
 * checks the stylesheet against these.
 */

/** The tag mark.js wraps mentions in: a custom name that page CSS for `mark` or `span` does not reach. */
export const HIGHLIGHT_TAG = 'backstory-mark';
/** Every highlight names its entity here. */
export const ENTITY_ATTR = 'data-backstory-entity';
/** The entity's topic, which picks the highlight's colour. */
export const TOPIC_ATTR = 'data-backstory-topic';
/** The reader's highlight style (underline or background). */
export const STYLE_ATTR = 'data-backstory-style';
/**
 * Marks the <div> that hosts the card's shadow root while a card is open (a
 * built-in element: a page cannot register it as its own custom element).
 */
export const CARD_HOST_ATTR = 'data-backstory-card';
export const CARD_HOST_SELECTOR = `div[${CARD_HOST_ATTR}]`;
