/**
 * Highlights a previous copy of the content script left in the page: after
 * an update Firefox injects the new script into open tabs and stops the old
 * one, which cannot take its highlights down any more. Each keeps its text,
 * in its place; only our element goes.
 */
import { ENTITY_ATTR, HIGHLIGHT_TAG } from './dom-contract';

export function clearLeftovers(doc: Document): void {
  for (const mark of doc.querySelectorAll(`${HIGHLIGHT_TAG}[${ENTITY_ATTR}]`)) mark.replaceWith(...mark.childNodes);
}
