/**
 * Puts the highlights' stylesheet into the page while highlights are on: a
 * constructable stylesheet adopted by the document (a page's CSP does not
 * block it), or a <style> element where the browser cannot adopt one from an
 * extension. The sheet is made for this page: its highlight tag (a page that
 * claimed the usual one gets another), and the reader's style, which is
 * chosen here rather than written on each highlight. The topic colours come
 * from utils/topics.ts, so a new topic gets its colour without a second list
 * to keep in step.
 */
import type { HighlightStyle } from '@/utils/settings';
import { TOPICS } from '@/utils/topics';
import css from './highlight.css?inline';
import backgroundCss from './highlight-background.css?inline';
import { HIGHLIGHT_TAG, TOPIC_ATTR } from './dom-contract';

/** The sheets name highlights by the usual tag; a page with another one gets it put in. */
const TAG_IN_SHEETS = new RegExp(`(^|[^\\w-])${HIGHLIGHT_TAG}(?![\\w-])`, 'g');

export function highlightCss(tag: string = HIGHLIGHT_TAG, style: HighlightStyle = 'underline'): string {
  const topics = TOPICS.map(
    (topic) => `${HIGHLIGHT_TAG}[${TOPIC_ATTR}='${topic.id}'] { --backstory-topic: ${topic.color}; }`,
  );
  const text = [css, ...topics, ...(style === 'background' ? [backgroundCss] : [])].join('\n');
  return tag === HIGHLIGHT_TAG ? text : text.replace(TAG_IN_SHEETS, `$1${tag}`);
}

/** Installs the stylesheet; returns how to take it out again. */
export function installHighlightStyles(
  doc: Document,
  tag: string = HIGHLIGHT_TAG,
  style: HighlightStyle = 'underline',
): () => void {
  const text = highlightCss(tag, style);
  try {
    const view = doc.defaultView;
    if (view && 'adoptedStyleSheets' in doc) {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(text);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      if (doc.adoptedStyleSheets.includes(sheet)) {
        return () => {
          doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
        };
      }
    }
  } catch {
    // Fall through to a <style> element.
  }
  const element = doc.createElement('style');
  element.textContent = text;
  (doc.head ?? doc.documentElement).append(element);
  return () => element.remove();
}
