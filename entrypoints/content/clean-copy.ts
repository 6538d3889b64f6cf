/**
 * Copying text that holds our highlights gives the clipboard the page's text
 * and markup without ours: no highlight elements, no tab stops, roles or
 * states we added. Pasted into an email or a document, the text carries no
 * trace of Backstory. Selections without a highlight of ours are left to the
 * browser, and so is a copy the page handles itself.
 */
import { ENTITY_ATTR } from './dom-contract';

export interface CleanCopyOptions {
  /** This page's highlight tag. */
  tag: string;
  /** Whether an element in the page is a highlight we made. */
  isOurs(element: Element): boolean;
  signal: AbortSignal;
}

export function cleanCopies(doc: Document, options: CleanCopyOptions): void {
  // Bubbling, on the document: a page's own handler on the text runs first and may take over.
  doc.addEventListener('copy', (event) => onCopy(doc, event, options), { signal: options.signal });
}

function onCopy(doc: Document, event: ClipboardEvent, { tag, isOurs }: CleanCopyOptions): void {
  const data = event.clipboardData;
  const selection = doc.getSelection();
  if (event.defaultPrevented || !data || !selection || selection.isCollapsed) return;
  const ranges = Array.from({ length: selection.rangeCount }, (_, index) => selection.getRangeAt(index));
  if (!ranges.some((range) => holdsOurs(range, tag, isOurs))) return;
  const container = doc.createElement('div');
  for (const range of ranges) container.append(range.cloneContents());
  for (const mark of container.querySelectorAll(`${tag}[${ENTITY_ATTR}]`)) mark.replaceWith(...mark.childNodes);
  container.normalize();
  data.setData('text/plain', selection.toString());
  // Reading the markup of our own detached copy: nothing is written into the page.
  data.setData('text/html', container.innerHTML);
  event.preventDefault();
}

function holdsOurs(range: Range, tag: string, isOurs: (element: Element) => boolean): boolean {
  const ends = [range.startContainer, range.endContainer].map((node) =>
    (node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement)?.closest(tag),
  );
  if (ends.some((mark) => mark && isOurs(mark))) return true;
  const common = range.commonAncestorContainer;
  if (common.nodeType !== Node.ELEMENT_NODE) return false;
  for (const mark of (common as Element).querySelectorAll(tag)) {
    if (isOurs(mark) && range.intersectsNode(mark)) return true;
  }
  return false;
}
