/**
 * Tells every open page that the settings changed, so its content script
 * asks again (Backstory off, a topic off, this site off). The pages do not
 * listen to storage themselves: the storage API set up in every page's
 * content script cost about 0.25 ms on every page load, for a change that
 * comes rarely; the runtime messaging the page sets up anyway carries it.
 */
import { browser } from 'wxt/browser';
import { SETTINGS_CHANGED } from '@/utils/protocol';
import { watchSettings } from '@/utils/settings';

/** Sends the news to the top frame of every tab; a tab without our content script ignores it. */
export async function tellTabsSettingsChanged(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(({ id }) =>
      id == null
        ? undefined
        : browser.tabs.sendMessage(id, { type: SETTINGS_CHANGED }, { frameId: 0 }).catch(() => undefined),
    ),
  );
}

export function broadcastSettingsChanges(): () => void {
  return watchSettings(() => void tellTabsSettingsChanged().catch(() => undefined));
}
