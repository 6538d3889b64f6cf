/**
 * The toolbar: the badge with the number of names on the page (off by
 * default, see the options page), the keyboard shortcut that turns
 * highlights off and on, and the welcome page on first install.
 */
import { browser } from 'wxt/browser';
import { GET_FOUND, parseGetFoundResponse } from '@/utils/messages';
import { BADGE_BACKGROUND, BADGE_TEXT, TOGGLE_COMMAND, badgeText } from '@/utils/toolbar';
import { loadSettings, saveSettings, watchSettings } from '@/utils/settings';

/** MV3 has `action`, Firefox's MV2 build `browserAction`: the same badge calls. */
function toolbarButton() {
  return browser.action ?? browser.browserAction;
}

async function setBadge(tabId: number, text: string): Promise<void> {
  const button = toolbarButton();
  await button.setBadgeText({ tabId, text });
  if (!text) return;
  await button.setBadgeBackgroundColor({ tabId, color: BADGE_BACKGROUND });
  // Older browsers pick a text colour themselves.
  await button.setBadgeTextColor?.({ tabId, color: BADGE_TEXT });
}

/** A page reported how many names it shows: the badge says so, if the reader wants it. */
export async function showFoundCount(tabId: number, count: number): Promise<void> {
  const { enabled, showBadge } = await loadSettings();
  await setBadge(tabId, badgeText(count, enabled && showBadge));
}

/** Badges of every open tab, after the reader turned the badge or highlights on or off. */
export async function refreshBadges(): Promise<void> {
  const { enabled, showBadge } = await loadSettings();
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async ({ id }) => {
      if (id == null) return;
      let count = 0;
      if (enabled && showBadge) {
        // Ask the page, as the popup does; a tab without our content script counts nothing.
        const response = await browser.tabs.sendMessage(id, { type: GET_FOUND }, { frameId: 0 }).catch(() => undefined);
        count = parseGetFoundResponse(response)?.found.length ?? 0;
      }
      await setBadge(id, badgeText(count, enabled && showBadge)).catch(() => undefined);
    }),
  );
}

/** The keyboard shortcut: highlights off everywhere, or back on. */
export async function toggleHighlights(): Promise<void> {
  const { enabled } = await loadSettings();
  await saveSettings({ enabled: !enabled });
}

/** A short welcome on first install only: not on updates, not when the browser updates. */
export async function welcome(reason: string): Promise<void> {
  if (reason === 'install') await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}

export function startToolbar(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => void welcome(reason));
  browser.commands.onCommand.addListener((command) => {
    // A change that cannot be saved leaves the setting as it was: nothing to show from a shortcut.
    if (command === TOGGLE_COMMAND) toggleHighlights().catch(() => undefined);
  });
  // A new document starts uncounted; its content script reports again.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void setBadge(tabId, '').catch(() => undefined);
  });
  let badgeState = '';
  void loadSettings().then(({ enabled, showBadge }) => (badgeState = `${enabled}${showBadge}`));
  watchSettings(({ enabled, showBadge }) => {
    const state = `${enabled}${showBadge}`;
    if (state === badgeState) return;
    badgeState = state;
    void refreshBadges();
  });
}
