/**
 * `npm run demo`: opens Chromium with the freshly built extension on a sample
 * news story written for the project. Headless (no display, or --headless),
 * it hovers a name, writes the screenshot demo.png and says where; with a
 * display it leaves the browser open for you to try.
 */
import { resolve } from 'node:path';
import { INSTALL_HINT, findChrome, launchBrowser } from './lib/chrome';
import { serveFolder } from './lib/server';

const PAGES = resolve(import.meta.dirname, '../tests/fixtures/pages');
const SCREENSHOT = resolve(import.meta.dirname, '../demo.png');
const HIGHLIGHT = '[data-backstory-entity]';

const headless =
  process.argv.includes('--headless') ||
  Boolean(process.env.CI) ||
  (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

async function main(): Promise<void> {
  const chrome = findChrome();
  if (!chrome) {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
  const server = await serveFolder(PAGES);
  const browser = await launchBrowser({ headless, viewport: { width: 1280, height: 860 } });
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(server.url('iss-story.html'));
    await page.waitForSelector(HIGHLIGHT, { timeout: 15_000 });
    const ids = await page.$$eval(HIGHLIGHT, (els) => els.map((el) => el.getAttribute('data-backstory-entity')));
    console.log(`Browser: ${chrome}`);
    console.log(`Sample story: ${server.url('iss-story.html')}`);
    console.log(`Highlighted ${ids.length} mentions of ${new Set(ids).size} entities: ${[...new Set(ids)].join(', ')}`);

    const name = page.locator('#p-threat [data-backstory-entity="dmitry-rogozin"]').first();
    await name.hover();
    await page.locator('[role="dialog"]').waitFor({ state: 'visible', timeout: 5_000 });
    if (headless) {
      await page.screenshot({ path: SCREENSHOT });
      console.log(`Hovered "Dmitry Rogozin"; the card is open. Screenshot: ${SCREENSHOT}`);
    } else {
      console.log('The browser is open on the sample story: hover or Tab to a name. Close the window to finish.');
      await new Promise<void>((done) => browser.context.on('close', () => done()));
    }
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
