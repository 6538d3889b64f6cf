/**
 * The settings as stored now, parsed again only when the stored value
 * changed: every page asks, and settings change rarely. Read from storage on
 * each ask, not from our own change listener, which may run after a page's.
 */
import { browser } from 'wxt/browser';
import { parseSettings, SETTINGS_KEY, type Settings } from '@/utils/settings';

export function cachedSettings(): () => Promise<Settings> {
  let raw = '';
  let parsed: Settings | undefined;
  return async () => {
    const stored: unknown = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
    const key = JSON.stringify(stored ?? null);
    if (!parsed || key !== raw) {
      parsed = parseSettings(stored);
      raw = key;
    }
    return parsed;
  };
}
