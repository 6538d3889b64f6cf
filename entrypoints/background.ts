/**
 * Serves the content script what it should not carry or build on every page:
 * the prepared matcher (all spellings and the pattern, built here once rather
 * than on each page's main thread) and a card's facts on first hover.
 * Requests are validated; anything else is ignored.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ENTITY_BY_ID } from '@/utils/dataset';
import {
  GET_FOUND,
  parseFoundCountMessage,
  parseGetEntityRequest,
  parseGetFoundResponse,
  parseGetMatcherRequest,
} from '@/utils/messages';
import { BADGE_BACKGROUND, BADGE_TEXT, TOGGLE_COMMAND, badgeText } from '@/utils/toolbar';
import { loadSettings, saveSettings, watchSettings } from '@/utils/settings';
import { aliasesFor } from '@/utils/alias-index';
import { prepareMatcher, type PreparedMatcher } from '@/utils/matcher';
import type { Entity } from '@/utils/schema';
import type { CardEntity } from '@/utils/messages';

function omitAliases(entity: Entity): CardEntity {
  const card: Partial<Entity> = { ...entity };
  delete card.aliases;
  return card as CardEntity;
}

/** Prepared matchers by topic set: built once per background lifetime, handed to every page. */
const prepared = new Map<string, PreparedMatcher>();

function preparedFor(topics: readonly string[]): PreparedMatcher {
  const key = [...topics].sort().join(',');
  let matcher = prepared.get(key);
  if (!matcher) {
    matcher = prepareMatcher(aliasesFor(topics));
    prepared.set(key, matcher);
  }
  return matcher;
}

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
        const response = await browser.tabs.sendMessage(id, { type: GET_FOUND }).catch(() => undefined);
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

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => void welcome(reason));
  browser.commands.onCommand.addListener((command) => {
    if (command === TOGGLE_COMMAND) void toggleHighlights();
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

  browser.runtime.onMessage.addListener((message, sender) => {
    // Only our own content scripts and pages talk to us.
    if (sender.id !== browser.runtime.id) return undefined;
    const foundCount = parseFoundCountMessage(message);
    if (foundCount) {
      if (sender.tab?.id != null) void showFoundCount(sender.tab.id, foundCount.count);
      return undefined;
    }
    const matcherRequest = parseGetMatcherRequest(message);
    if (matcherRequest) return Promise.resolve(preparedFor(matcherRequest.topics));
    const request = parseGetEntityRequest(message);
    if (!request) return undefined;
    const found = ENTITY_BY_ID.get(request.id);
    // The card needs everything but the aliases, which only the matcher uses.
    const entity: CardEntity | null = found ? omitAliases(found) : null;
    return Promise.resolve({ entity });
  });
});
