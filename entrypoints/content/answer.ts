/**
 * The loader's `runtime.onMessage` listener in the one form every browser's
 * native API takes: the loader gets no webextension-polyfill (wxt.config.ts),
 * and Chrome before 148 ignores a promise returned by a listener. The reply
 * goes through `sendResponse`, with `true` returned to keep the channel open.
 */

/** What a message gets: a reply to come, or undefined when it is not ours to answer. */
export type Answer = (message: unknown) => Promise<unknown> | undefined;

export type NativeListener = (
  message: unknown,
  sender: unknown,
  sendResponse: (response?: unknown) => void,
) => true | undefined;

export function nativeListener(answer: Answer): NativeListener {
  return (message, _sender, sendResponse) => {
    const reply = answer(message);
    if (!reply) return undefined;
    // A reply that failed still answers, so the sender's promise settles instead of waiting on a closed channel.
    reply.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
}
