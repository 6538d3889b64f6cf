/** The keyboard shortcut as the browser has it, and the browser's page to change it. */
import { browser } from 'wxt/browser';

/** The binding of a manifest command ("Alt+Shift+U"), or '' when the reader removed it. */
export async function readShortcut(command: string): Promise<string> {
  const commands = await browser.commands.getAll().catch(() => []);
  return commands.find((entry) => entry.name === command)?.shortcut ?? '';
}

/** Firefox opens its add-on shortcut settings itself; Chromium browsers have a page for it. */
export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') {
    await commands.openShortcutSettings();
    return;
  }
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
