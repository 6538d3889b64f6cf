/**
 * Finds a Chromium-family browser and starts it with the built extension
 * loaded. Shared by the demo, the end-to-end tests and the benchmarks.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { throwawayHome } from './throwaway-home';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const INSTALL_HINT = [
  'No Chromium or Chrome found. Install one, or point CHROME_PATH at it:',
  '  Debian/Ubuntu:  sudo apt-get install -y chromium',
  '  Fedora:         sudo dnf install chromium',
  '  macOS:          brew install --cask chromium',
  '  any system:     CHROME_PATH=/path/to/chrome npm run demo',
].join('\n');

/** CHROME_PATH if set, else the first browser found in the usual places. */
export function findChrome(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/**
 * Chromium names an unpacked extension after the SHA-256 of its absolute
 * path, with the hex digits 0–f spelled a–p. Knowing it lets us open the
 * popup and options pages without a background script to ask.
 */
export function unpackedExtensionId(dir: string): string {
  const digest = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 32);
  return [...digest].map((char) => String.fromCharCode(97 + Number.parseInt(char, 16))).join('');
}

export interface LaunchOptions {
  /** Load the built extension (default true); false gives a clean baseline browser. */
  withExtension?: boolean;
  headless?: boolean;
  extensionDir?: string;
  viewport?: { width: number; height: number };
  /**
   * The browser's interface language ("de", "ru"), which picks the extension's
   * _locales. Chromium on Linux takes it from `--lang` (LANGUAGE is ignored).
   */
  lang?: string;
  /**
   * Keep the back/forward cache on (Playwright switches it off by default):
   * for tests of pages coming back from it.
   */
  backForwardCache?: boolean;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const { withExtension = true, headless = true, extensionDir = EXTENSION_DIR } = options;
  const executablePath = findChrome();
  if (!executablePath) throw new Error(INSTALL_HINT);
  if (withExtension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  const home = throwawayHome('backstory-chrome');
  const args = [
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--disable-gpu',
    '--no-sandbox',
  ];
  if (withExtension) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  if (options.lang) args.push(`--lang=${options.lang}`);
  const context = await chromium.launchPersistentContext(join(home.dir, 'profile'), {
    executablePath,
    headless,
    args,
    ignoreDefaultArgs: ['--disable-extensions', ...(options.backForwardCache ? ['--disable-back-forward-cache'] : [])],
    viewport: options.viewport ?? { width: 1280, height: 900 },
    env: home.env,
  });
  return {
    context,
    extensionId: unpackedExtensionId(extensionDir),
    async close() {
      await context.close();
      home.remove();
    },
  };
}

/** How long a fresh install may take to open its welcome page. */
const WELCOME_TIMEOUT_MS = 10_000;

export function isWelcomePage(page: Page): boolean {
  return page.url().startsWith('chrome-extension://') && page.url().endsWith('/welcome.html');
}

/** The welcome page the extension opens on install, that is at every start of a fresh profile. */
export async function welcomePage(context: BrowserContext): Promise<Page> {
  return (
    context.pages().find(isWelcomePage) ??
    (await context.waitForEvent('page', { predicate: isWelcomePage, timeout: WELCOME_TIMEOUT_MS }))
  );
}

/**
 * Closes the welcome page once it has loaded, so that a run starts from one known tab. Closed while it
 * loads, an extension page can leave Chromium's extension process without its messages for every later
 * page (utils/i18n.ts pageTranslator); and while it navigates, context-wide calls that reach into every
 * page (Playwright's clock) fail.
 */
export async function closeWelcomePage(context: BrowserContext): Promise<void> {
  const welcome = await welcomePage(context);
  await welcome.waitForLoadState('load');
  await welcome.close();
}
