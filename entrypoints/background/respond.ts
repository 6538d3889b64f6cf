/**
 * The one message listener's dispatch: validate, then hand each kind to its
 * handler. Exported for the tests (WXT's fakeBrowser).
 */
import { browser, type Browser } from 'wxt/browser';
import { ENTITY_BY_ID } from '@/utils/dataset';
import { parseFoundCountMessage, parseGetEntityRequest, type CardEntity, type RelatedName } from '@/utils/messages';
import { kindOf } from '@/utils/protocol';
import { parseRequest } from '@/utils/protocol-schemas';
import type { Handlers } from '@/utils/background/handlers';
import type { Entity } from '@/utils/schema';
import { showFoundCount } from './toolbar';

/** The names a card offers next, in the dataset's order (the content script knows ids, not names). */
function relatedNames(entity: Entity): RelatedName[] {
  return (entity.related ?? []).flatMap((id) => {
    const other = ENTITY_BY_ID.get(id);
    return other ? [{ id, name: other.name }] : [];
  });
}

function omitAliases(entity: Entity): CardEntity {
  const card: Partial<Entity> = { ...entity };
  delete card.aliases;
  return card as CardEntity;
}

export function respond(
  handlers: Handlers,
  message: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<unknown> | undefined {
  // Only our own content scripts and pages talk to us.
  if (sender.id !== browser.runtime.id) return undefined;
  const kind = kindOf(message);
  if (kind === 'gate') {
    const request = parseRequest('gate', message);
    return request && handlers.gate(request);
  }
  if (kind === 'scan') {
    const request = parseRequest('scan', message);
    return request && handlers.scan(request);
  }
  if (kind === 'resolve') {
    const request = parseRequest('resolve', message);
    return request && handlers.resolve(request);
  }
  const foundCount = parseFoundCountMessage(message);
  if (foundCount) {
    if (sender.tab?.id != null) void showFoundCount(sender.tab.id, foundCount.count);
    return undefined;
  }
  const entityRequest = parseGetEntityRequest(message);
  if (!entityRequest) return undefined;
  const found = ENTITY_BY_ID.get(entityRequest.id);
  // The card needs everything but the aliases, which only the matcher uses.
  if (!found) return Promise.resolve({ entity: null });
  return Promise.resolve({ entity: omitAliases(found), related: relatedNames(found) });
}
