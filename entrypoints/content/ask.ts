/**
 * The content script's side of the background protocol (utils/protocol.ts).
 */
import { browser } from 'wxt/browser';
import { messageType, REPLY_CHECKS, type BackgroundKind, type ReplyOf, type RequestOf } from '@/utils/protocol';
import { warnOnce } from '@/utils/warn-once';

/**
 * Asks the background; undefined when it cannot answer (the extension was
 * updated or disabled under this page) or answers something unexpected.
 */
export async function ask<K extends BackgroundKind>(kind: K, request: RequestOf<K>): Promise<ReplyOf<K> | undefined> {
  try {
    const reply: unknown = await browser.runtime.sendMessage({ type: messageType(kind), ...request });
    if (REPLY_CHECKS[kind](reply)) return reply;
    warnOnce(`unexpected reply to ${kind}`);
  } catch (error) {
    warnOnce(`no reply to ${kind}`, error);
  }
  return undefined;
}

/**
 * Sends a message to the background, failing as a rejected promise: in a
 * script orphaned by an update Chrome throws "Extension context invalidated"
 * at once, which a caller's `.catch` would not see.
 */
export function sendToBackground(message: unknown): Promise<unknown> {
  try {
    return browser.runtime.sendMessage(message);
  } catch (error) {
    return Promise.reject(error);
  }
}
