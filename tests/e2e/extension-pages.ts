/** Helpers for the end-to-end tests of the extension's own pages and its keyboard shortcut. */
import type { Page } from 'playwright-core';

/** The extension APIs the tests call inside an extension page, typed as far as they are used. */
export interface ExtensionApis {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  tabs: { getCurrent(): Promise<{ id?: number } | undefined> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
}

/**
 * The smallest computed font size, in px, of any visible text the page
 * itself shows (the card's shadow root is the card's own business).
 */
export async function smallestTextSize(page: Page): Promise<number> {
  return page.evaluate(() => {
    let smallest = Infinity;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim()) continue;
      if (parent.closest('.visually-hidden, script, style')) continue;
      if (!parent.checkVisibility()) continue;
      smallest = Math.min(smallest, Number.parseFloat(getComputedStyle(parent).fontSize));
    }
    return smallest;
  });
}

export async function storedSettings(page: Page): Promise<Record<string, unknown> | undefined> {
  return page.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: ExtensionApis };
    return (await chrome.storage.local.get('settings')).settings as Record<string, unknown> | undefined;
  });
}

/**
 * Presses a browser-level shortcut. Playwright's keyboard sends `keyDown`
 * events that Chromium gives the page only; a DevTools `rawKeyDown` reaches
 * the browser's accelerators too, extension commands included (headless
 * Chromium 156).
 */
export async function pressShortcut(
  page: Page,
  key: string,
  modifiers: { alt?: boolean; shift?: boolean; ctrl?: boolean },
): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const mask = (modifiers.alt ? 1 : 0) | (modifiers.ctrl ? 2 : 0) | (modifiers.shift ? 8 : 0);
  const code = key.toUpperCase().charCodeAt(0);
  for (const type of ['rawKeyDown', 'keyUp'] as const) {
    await cdp.send('Input.dispatchKeyEvent', {
      type,
      modifiers: mask,
      key,
      code: `Key${key.toUpperCase()}`,
      windowsVirtualKeyCode: code,
      nativeVirtualKeyCode: code,
    });
  }
  await cdp.detach();
}
