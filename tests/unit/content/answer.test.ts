import { describe, expect, it } from 'vitest';
import { nativeListener } from '../../../entrypoints/content/answer';

/** Calls the listener as the browser would and collects what it sent back. */
function deliver(listener: ReturnType<typeof nativeListener>, message: unknown) {
  const sent: unknown[] = [];
  const kept = listener(message, {}, (response) => sent.push(response));
  return { kept, sent };
}

const tick = () => new Promise((done) => setTimeout(done, 0));

describe('the loader’s message listener in the native form', () => {
  it('keeps the channel open and sends the reply once it comes', async () => {
    const listener = nativeListener((message) =>
      (message as { type: string }).type === 'get-found' ? Promise.resolve({ found: [] }) : undefined,
    );
    const { kept, sent } = deliver(listener, { type: 'get-found' });
    expect(kept).toBe(true);
    await tick();
    expect(sent).toEqual([{ found: [] }]);
  });

  it('leaves a message that is not its own to other listeners: no channel kept, nothing sent', async () => {
    const { kept, sent } = deliver(
      nativeListener(() => undefined),
      { type: 'something-else' },
    );
    expect(kept).toBeUndefined();
    await tick();
    expect(sent).toEqual([]);
  });

  it('answers a reply that failed with nothing, so the sender does not wait forever', async () => {
    const { kept, sent } = deliver(
      nativeListener(() => Promise.reject(new Error('stage gone'))),
      { type: 'show-entity', id: 'iss' },
    );
    expect(kept).toBe(true);
    await tick();
    expect(sent).toEqual([undefined]);
  });
});
