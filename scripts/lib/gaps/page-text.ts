/**
 * The text a reader sees on a page, as `npm run gaps` reads it: the passages
 * (paragraphs, headlines, list items) of the content script's scope (the
 * story, or a listing page's main column; the whole body with --whole-page),
 * without menus, scripts, code or hidden parts, and the page's language.
 */
import { findArticle } from '../../../entrypoints/content/article';
import { FUNCTION_WORDS, LANGUAGES, type Language } from './words';

/** Never read: no reader sees them as prose. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'nav',
  'code',
  'pre',
  'iframe',
  'head',
  'button',
  'select',
  'option',
  'textarea',
  'input',
]);
/** Elements that end a passage: a name never runs from one into the next. */
const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'td',
  'th',
  'tr',
  'table',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'main',
  'blockquote',
  'figcaption',
  'figure',
  'dd',
  'dt',
  'dl',
  'br',
  'hr',
  'address',
  'details',
  'summary',
  'time',
  'label',
]);

const ELEMENT = 1;
const TEXT = 3;

function hidden(element: Element): boolean {
  return element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true';
}

/** The passages of the page's scope, whitespace collapsed, in document order. */
export function pageBlocks(doc: Document, { wholePage = false } = {}): string[] {
  const body = doc.body;
  if (!body) return [];
  const layout = findArticle(doc);
  const roots = wholePage ? [body] : layout.roots;
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
    current = '';
  };
  const visit = (root: Element) => {
    const stack: { node: Node; leaving: boolean }[] = [{ node: root, leaving: false }];
    while (stack.length) {
      const { node, leaving } = stack.pop()!;
      if (node.nodeType === TEXT) {
        current += (node as Text).data;
        continue;
      }
      if (node.nodeType !== ELEMENT) continue;
      const element = node as Element;
      const block = BLOCKS.has(element.localName);
      if (leaving) {
        if (block) flush();
        continue;
      }
      if (SKIP.has(element.localName) || hidden(element)) continue;
      if (!wholePage && element !== root && layout.isBoilerplate(element)) continue;
      if (block) flush();
      stack.push({ node: element, leaving: true });
      const children = element.childNodes;
      for (let index = children.length - 1; index >= 0; index--) stack.push({ node: children[index]!, leaving: false });
    }
    flush();
  };
  for (const root of roots) visit(root);
  return blocks;
}

/** Function words sampled to tell a page's language when its markup does not say. */
const SAMPLE_WORDS = 3000;

/** The page's language: its markup's `lang` when it is one we read, else the one whose function words it uses most. */
export function pageLanguage(doc: Document, blocks: readonly string[]): Language {
  const declared = (doc.documentElement.getAttribute('lang') ?? '').slice(0, 2).toLowerCase();
  if ((LANGUAGES as readonly string[]).includes(declared)) return declared as Language;
  const text = blocks.join(' ');
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'ja';
  if ((text.match(/\p{Script=Han}/gu)?.length ?? 0) > text.length / 4) return 'zh';
  const words = (text.toLocaleLowerCase().match(/[\p{L}']+/gu) ?? []).slice(0, SAMPLE_WORDS);
  let best: Language = 'en';
  let bestHits = 0;
  for (const [lang, list] of Object.entries(FUNCTION_WORDS) as [Language, readonly string[]][]) {
    const set = new Set(list);
    const hits = words.filter((word) => set.has(word)).length;
    if (hits > bestHits) [best, bestHits] = [lang, hits];
  }
  return best;
}

/** Separators between a story's title and its site's name ("Mars Facts | Space", "NASA+ startet - WinFuture.de"). */
const TITLE_SEPARATOR = /\s+[|\-–—:>]\s+/;

/** The site's own names: its metadata's, and the last part of the page title. */
export function siteNames(doc: Document): string[] {
  const names = new Set<string>();
  const meta = doc
    .querySelector('meta[property="og:site_name"], meta[name="application-name"]')
    ?.getAttribute('content');
  if (meta?.trim()) names.add(meta.trim());
  const parts = (doc.title ?? '').split(TITLE_SEPARATOR);
  if (parts.length > 1 && parts.at(-1)!.trim()) names.add(parts.at(-1)!.trim());
  return [...names];
}
