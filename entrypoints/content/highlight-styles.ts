/**
 * Puts the highlights' stylesheet into the page while highlights are on: a
 * constructable stylesheet adopted by the document (a page's CSP does not
 * block it), or a <style> element where the browser cannot adopt one from an
 * extension. The topic colours come from utils/topics.ts, so a new topic
 * gets its colour without a second list to keep in step.
 */
import { TOPICS } from '@/utils/topics';
import css from './highlight.css?inline';
import { HIGHLIGHT_TAG, TOPIC_ATTR } from './dom-contract';

export function highlightCss(): string {
  const topics = TOPICS.map(
    (topic) => `${HIGHLIGHT_TAG}[${TOPIC_ATTR}='${topic.id}'] { --backstory-topic: ${topic.color}; }`,
  );
  return [css, ...topics].join('\n');
}

/** Installs the stylesheet; returns how to take it out again. */
export function installHighlightStyles(doc: Document): () => void {
  const text = highlightCss();
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
  const style = doc.createElement('style');
  style.textContent = text;
  (doc.head ?? doc.documentElement).append(style);
  return () => style.remove();
}
