/**
 * Serves the dataset's facts to the content script, so the script injected
 * into every page carries only the alias index (see utils/alias-index.ts).
 * Requests are validated; anything else is ignored.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ENTITY_BY_ID } from '@/utils/dataset';
import { parseGetEntityRequest } from '@/utils/messages';
import type { Entity } from '@/utils/schema';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => {
    // Only our own content scripts and pages talk to us.
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseGetEntityRequest(message);
    if (!request) return undefined;
    const entity: Entity | null = ENTITY_BY_ID.get(request.id) ?? null;
    return Promise.resolve({ entity });
  });
});
