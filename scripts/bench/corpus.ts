/**
 * The folder of saved pages a benchmark runs over, and a local server that
 * serves each page with the charset it was saved in. Shared by both modes.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { corpusCharsets } from '../lib/corpus';
import { serveFolder, type StaticServer } from '../lib/server';

/** Every .html/.htm/.xhtml file under `dir`, sorted, as absolute paths. */
export function listPages(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listPages(path));
    else if (/\.x?html?$/.test(name)) out.push(path);
  }
  return out;
}

export async function serveCorpus(dir: string): Promise<StaticServer> {
  const declared = corpusCharsets(dir);
  return serveFolder(dir, {}, (path) => {
    const charset = declared.get(path.replace(/^\//, ''));
    return charset ? { 'content-type': `text/html; charset=${charset}` } : undefined;
  });
}

/** The page's URL on the corpus server, from its absolute path. */
export function pageUrl(server: StaticServer, corpus: string, path: string): string {
  return server.url(relative(corpus, path).split('/').map(encodeURIComponent).join('/'));
}

/**
 * Saved pages point at the web: abort every request that is not to
 * 127.0.0.1. The extension's own resources (chrome-extension:) and inline
 * data stay allowed, so a content script that loads more of itself later can.
 */
export const FOREIGN_REQUEST = /^(?!http:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|blob:)/;

/**
 * Cuts the browser off from the web. A navigation away (a page script that
 * sends the reader elsewhere, a foreign iframe) is answered 204 No Content,
 * which leaves the frame where it was: aborting it would swap the page for
 * Chromium's error page and measure that instead.
 */
export async function blockForeignRequests(context: BrowserContext): Promise<void> {
  await context.route(FOREIGN_REQUEST, (route) =>
    route.request().isNavigationRequest() ? route.fulfill({ status: 204 }) : route.abort(),
  );
}
