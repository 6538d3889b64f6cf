/**
 * What a previous copy of the content script left in the page: after an
 * update Firefox injects the new script into open tabs and stops the old
 * one, which cannot take anything down any more. Its highlights each keep
 * their text, in its place; only our element goes, whichever tag it had on
 * this page. A card it had open (the reader's focus or pointer on a name as
 * the update came) would hang there for good, answering nothing: it goes too.
 */
import { CARD_HOST_SELECTOR, HIGHLIGHT_SELECTOR, isHighlightShaped } from './dom-contract';

export function clearLeftovers(doc: Document): void {
  // One pass over the document for both: this runs on every page load, and almost always finds nothing.
  for (const element of doc.querySelectorAll(`${HIGHLIGHT_SELECTOR}, ${CARD_HOST_SELECTOR}`)) {
    if (element.matches(CARD_HOST_SELECTOR)) element.remove();
    else if (isHighlightShaped(element)) element.replaceWith(...element.childNodes);
  }
}
