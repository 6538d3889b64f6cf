/**
 * `npm run gaps -- --corpus DIR [--top N] [--json] [--whole-page]`
 *
 * Lists the names that the space stories in a folder of saved pages mention
 * and that have no entity in data/entities: capitalised name sequences and
 * known name shapes ("Soyuz MS-22", «Прогресс», 神舟十五号) near spaceflight
 * words, in every supported language, most frequent first, with counts and
 * the pages they are on. Names an alias covers are left out, and so are
 * months, weekdays, function words, countries and site boilerplate. Pages are
 * parsed with linkedom, their scripts never run; only the text a reader sees
 * in the content script's scope is read (the whole page with --whole-page).
 * Default folder: the corpus (scripts/lib/corpus.ts).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { compileMatcher } from '../utils/matcher';
import { loadAliases } from './eval';
import { CORPUS_DIR, readCorpusIndex } from './lib/corpus';
import { decode, withoutInertText } from './lib/date-eval';
import { pageBlocks, pageLanguage, siteNames } from './lib/gaps/page-text';
import { DEFAULT_WINDOW, findGaps, type PageText } from './lib/gaps/tally';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** The folder's pages: the corpus index's list when there is one, else every HTML file under it. */
export function listPages(dir: string): string[] {
  const index = readCorpusIndex(dir);
  if (index) return index.map((row) => row.file!).filter(Boolean);
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.x?html?$/i.test(name)) found.push(relative(dir, path));
    }
  };
  walk(dir);
  return found;
}

/** One page as a reader sees it: parsed without its scripts' and style sheets' source. */
export function readPage(dir: string, path: string, wholePage = false): PageText {
  const { document } = parseHTML(withoutInertText(decode(readFileSync(join(dir, path)))));
  const doc = document as unknown as Document;
  const blocks = pageBlocks(doc, { wholePage });
  return { name: path, lang: pageLanguage(doc, blocks), blocks, site: siteNames(doc) };
}

async function main(): Promise<void> {
  const dir = resolve(option('corpus') ?? CORPUS_DIR);
  if (!existsSync(dir)) {
    console.error(`No folder at ${dir}. Pass --corpus DIR, a folder of saved pages.`);
    process.exit(1);
  }
  const top = Number(option('top') ?? 40);
  const wholePage = process.argv.includes('--whole-page');
  const pages = listPages(dir).map((path) => readPage(dir, path, wholePage));
  const matcher = compileMatcher(loadAliases());
  const { gaps, spaceStories } = findGaps(pages, matcher);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ folder: dir, pages: pages.length, spaceStories, gaps }, null, 2));
    return;
  }
  const languages = [...new Set(pages.map((page) => page.lang))].sort().join(', ');
  console.log(
    `Names without a card in ${dir}: ${pages.length} pages (${languages}), ${spaceStories} of them space stories; ` +
      `${gaps.length} names near spaceflight words (within ${DEFAULT_WINDOW} characters) that no alias covers. ` +
      `Most frequent first${gaps.length > top ? `, the first ${top} (--top N for more)` : ''}:\n`,
  );
  const width = Math.min(40, Math.max(4, ...gaps.slice(0, top).map((gap) => gap.name.length)));
  console.log(`${'count'.padStart(5)}  ${'pages'.padStart(5)}  ${'name'.padEnd(width)}  on`);
  for (const gap of gaps.slice(0, top)) {
    const on = gap.pages
      .map((page) => page.split('/').pop())
      .slice(0, 3)
      .join(', ');
    const more = gap.pages.length > 3 ? ` +${gap.pages.length - 3}` : '';
    console.log(
      `${String(gap.count).padStart(5)}  ${String(gap.pages.length).padStart(5)}  ${gap.name.padEnd(width)}  ${on}${more}`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}
