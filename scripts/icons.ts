/**
 * Renders public/icon/icon.svg to the PNG sizes the stores and browsers ask
 * for (16, 32, 48, 96, 128), in Chromium, so no image tool is needed.
 *
 *   npm run icons
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChrome, INSTALL_HINT } from './lib/chrome';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

const dir = resolve(import.meta.dirname, '../public/icon');
const svg = readFileSync(resolve(dir, 'icon.svg'), 'utf8');
const executablePath = findChrome();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of ICON_SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  writeFileSync(resolve(dir, `${size}.png`), await page.screenshot({ omitBackground: true }));
  console.log(`public/icon/${size}.png`);
}
await browser.close();
