/**
 * The background: answers the content script (is Backstory on here, does
 * this text hold a name, which mentions to highlight, a card's facts) and
 * nothing else. Every request is validated and only our own extension's
 * scripts are answered.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ENTITY_BY_ID } from '@/utils/dataset';
import { parseGetEntityRequest, type CardEntity } from '@/utils/messages';
import { kindOf } from '@/utils/protocol';
import { parseRequest } from '@/utils/protocol-schemas';
import { createHandlers } from '@/utils/background/handlers';
import { parseSettings, SETTINGS_KEY, type Settings } from '@/utils/settings';
import type { Entity } from '@/utils/schema';

function omitAliases(entity: Entity): CardEntity {
  const card: Partial<Entity> = { ...entity };
  delete card.aliases;
  return card as CardEntity;
}

/**
 * The settings as stored now, parsed again only when the stored value changed:
 * every page asks, and settings change rarely. Read from storage on each ask,
 * not from our own change listener, which may run after the page's.
 */
function cachedSettings(): () => Promise<Settings> {
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

export default defineBackground(() => {
  const handlers = createHandlers({ settings: cachedSettings() });

  browser.runtime.onMessage.addListener((message, sender) => {
    // Only our own content scripts and pages talk to us.
    if (sender.id !== browser.runtime.id) return undefined;
    const kind = kindOf(message);
    if (kind === 'gate' || kind === 'scan' || kind === 'resolve') {
      const request = parseRequest(kind, message);
      if (!request) return undefined;
      return (handlers[kind] as (request: unknown) => Promise<unknown>)(request);
    }
    const entityRequest = parseGetEntityRequest(message);
    if (!entityRequest) return undefined;
    const found = ENTITY_BY_ID.get(entityRequest.id);
    // The card needs everything but the aliases, which only the matcher uses.
    const entity: CardEntity | null = found ? omitAliases(found) : null;
    return Promise.resolve({ entity });
  });
});
