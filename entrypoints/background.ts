/**
 * Serves the content script what it should not carry or build on every page:
 * the prepared matcher (all spellings and the pattern, built here once rather
 * than on each page's main thread) and a card's facts on first hover.
 * Requests are validated; anything else is ignored.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ENTITY_BY_ID } from '@/utils/dataset';
import { parseGetEntityRequest, parseGetMatcherRequest } from '@/utils/messages';
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

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => {
    // Only our own content scripts and pages talk to us.
    if (sender.id !== browser.runtime.id) return undefined;
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
