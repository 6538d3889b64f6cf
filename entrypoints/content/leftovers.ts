/**
 * Highlights a previous copy of the content script left in the page: after
 * an update Firefox injects the new script into open tabs and stops the old
 * one, which cannot take its highlights down any more. Each keeps its text,
 * in its place; only our element goes, whichever tag it had on this page.
 */
import { HIGHLIGHT_SELECTOR, isHighlightShaped } from './dom-contract';

export function clearLeftovers(doc: Document): void {
  for (const mark of doc.querySelectorAll(HIGHLIGHT_SELECTOR)) {
    if (isHighlightShaped(mark)) mark.replaceWith(...mark.childNodes);
  }
}
