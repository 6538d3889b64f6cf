import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { showFoundCount, toggleHighlights, welcome } from '../../../entrypoints/background/toolbar';
import { parseFoundCountMessage, FOUND_COUNT } from '../../../utils/messages';
import { loadSettings, saveSettings } from '../../../utils/settings';
import { TOGGLE_COMMAND, badgeText } from '../../../utils/toolbar';

beforeEach(() => fakeBrowser.reset());

describe('the keyboard shortcut', () => {
  it('turns highlights off everywhere, and on again', async () => {
    expect((await loadSettings()).enabled).toBe(true);
    await toggleHighlights();
    expect((await loadSettings()).enabled).toBe(false);
    await toggleHighlights();
    expect((await loadSettings()).enabled).toBe(true);
  });

  it('is declared in the manifest under the name the background listens for', () => {
    const config = readFileSync(resolve(import.meta.dirname, '../../../wxt.config.ts'), 'utf8');
    expect(config).toMatch(/\[TOGGLE_COMMAND\]:\s*\{\s*suggested_key: \{ default: 'Alt\+Shift\+U' \}/);
    expect(TOGGLE_COMMAND).toBe('toggle-highlights');
  });
});

describe('the toolbar badge', () => {
  it('stays empty by default, when the reader has not asked for it', async () => {
    await showFoundCount(7, 5);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });

  it('shows the count of the tab that reported it, and clears at zero', async () => {
    await saveSettings({ showBadge: true });
    await showFoundCount(7, 5);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('5');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('');
    await showFoundCount(7, 0);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });

  it('says nothing while highlights are off', async () => {
    await saveSettings({ showBadge: true, enabled: false });
    await showFoundCount(7, 5);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });

  it('fits in the badge', () => {
    expect([0, 1, 99, 100, 5000].map((count) => badgeText(count, true))).toEqual(['', '1', '99', '99+', '99+']);
    expect(badgeText(5, false)).toBe('');
  });

  it('takes only a well-formed count from a page', () => {
    expect(parseFoundCountMessage({ type: FOUND_COUNT, count: 3 })).toEqual({ count: 3 });
    for (const bad of [{ type: FOUND_COUNT, count: -1 }, { type: FOUND_COUNT, count: 1.5 }, { type: FOUND_COUNT }])
      expect(parseFoundCountMessage(bad)).toBeUndefined();
    expect(parseFoundCountMessage({ type: FOUND_COUNT, count: 3, extra: 1 })).toBeUndefined();
  });
});

describe('the welcome page', () => {
  it('opens on a new install only', async () => {
    const page = fakeBrowser.runtime.getURL('/welcome.html');
    const welcomeTabs = async () => (await fakeBrowser.tabs.query({})).filter((tab) => tab.url === page);
    await welcome('update');
    await welcome('browser_update');
    expect(await welcomeTabs()).toHaveLength(0);
    await welcome('install');
    expect(await welcomeTabs()).toHaveLength(1);
  });
});
