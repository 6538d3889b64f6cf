/**
 * The background's one message listener: it answers only our own extension,
 * refuses anything that is not a well-formed request (a page's content
 * script process can be compromised, so the background trusts no shape), and
 * hands each kind to its handler.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Browser } from 'wxt/browser';
import { respond } from '../../../entrypoints/background/respond';
import type { Handlers } from '../../../utils/background/handlers';
import { FOUND_COUNT, GET_ENTITY } from '../../../utils/messages';
import { messageType } from '../../../utils/protocol';
import { MAX_REQUEST_CHARS } from '../../../utils/protocol-schemas';
import { saveSettings } from '../../../utils/settings';

const SESSION = '0123abcd-0000-4000-8000-000000000001';
const OURS: Browser.runtime.MessageSender = { id: fakeBrowser.runtime.id, tab: { id: 7 } as Browser.tabs.Tab };
const OTHER_EXTENSION: Browser.runtime.MessageSender = { id: 'someone-else', tab: { id: 7 } as Browser.tabs.Tab };

/** Handlers that answer with what they were asked, so a test sees exactly what reached them. */
function spyHandlers() {
  return {
    gate: vi.fn(async (request: unknown) => ({ gate: request })),
    scan: vi.fn(async (request: unknown) => ({ scan: request })),
    resolve: vi.fn(async (request: unknown) => ({ resolve: request })),
  };
}
let handlers: ReturnType<typeof spyHandlers>;
const send = (message: unknown, sender = OURS) => respond(handlers as unknown as Handlers, message, sender);

beforeEach(() => {
  fakeBrowser.reset();
  handlers = spyHandlers();
});

describe('who is answered', () => {
  it('answers our own extension', async () => {
    expect(await send({ type: messageType('gate'), host: 'example.org' })).toEqual({ gate: { host: 'example.org' } });
  });

  it('ignores every other sender, whatever it asks', async () => {
    for (const message of [
      { type: messageType('gate'), host: 'example.org' },
      { type: messageType('scan'), text: 'NASA' },
      { type: GET_ENTITY, id: 'nasa' },
    ]) {
      expect(send(message, OTHER_EXTENSION)).toBeUndefined();
      expect(send(message, { tab: { id: 7 } as Browser.tabs.Tab })).toBeUndefined();
    }
    expect(handlers.gate).not.toHaveBeenCalled();
    expect(handlers.scan).not.toHaveBeenCalled();
  });
});

describe('what is refused', () => {
  it.each([
    ['a gate without a host', { type: messageType('gate') }],
    ['a gate whose host is not text', { type: messageType('gate'), host: 42 }],
    ['a gate with a field it does not know', { type: messageType('gate'), host: 'example.org', extra: true }],
    ['a host longer than a host can be', { type: messageType('gate'), host: 'a'.repeat(256) }],
    ['a scan of too much text', { type: messageType('scan'), text: 'a'.repeat(MAX_REQUEST_CHARS + 1) }],
    [
      'a gate with too much text',
      { type: messageType('gate'), host: 'example.org', text: 'a'.repeat(MAX_REQUEST_CHARS + 1) },
    ],
    ['a gate whose text is not text', { type: messageType('gate'), host: 'example.org', text: ['NASA'] }],
    [
      'a resolve with a made-up session id',
      { type: messageType('resolve'), session: '../x', texts: [], append: true, fresh: true },
    ],
    [
      'a resolve whose texts are not text',
      { type: messageType('resolve'), session: SESSION, texts: [1], append: true, fresh: true },
    ],
    ['a resolve without its flags', { type: messageType('resolve'), session: SESSION, texts: ['NASA'] }],
    ['a kind we do not have', { type: messageType('delete-everything') }],
    ['no message at all', undefined],
    ['a string', 'backstory:gate'],
  ])('%s', (_, message) => {
    expect(send(message)).toBeUndefined();
    expect(handlers.gate).not.toHaveBeenCalled();
    expect(handlers.scan).not.toHaveBeenCalled();
    expect(handlers.resolve).not.toHaveBeenCalled();
  });
});

describe('what each kind gets', () => {
  it('hands each well-formed request to its handler, without its type', async () => {
    expect(await send({ type: messageType('scan'), text: 'NASA' })).toEqual({ scan: { text: 'NASA' } });
    expect(await send({ type: messageType('gate'), host: 'example.org', text: 'NASA' })).toEqual({
      gate: { host: 'example.org', text: 'NASA' },
    });
    const resolve = { session: SESSION, texts: ['NASA'], append: true, fresh: false };
    expect(await send({ type: messageType('resolve'), ...resolve })).toEqual({ resolve });
  });

  it('gives a card its entity without the aliases, and null for an id it does not know', async () => {
    const reply = (await send({ type: GET_ENTITY, id: 'roscosmos' })) as { entity: Record<string, unknown> };
    expect(reply.entity).toMatchObject({ id: 'roscosmos', name: 'Roscosmos' });
    expect(reply.entity).not.toHaveProperty('aliases');
    expect(await send({ type: GET_ENTITY, id: 'no-such-entity' })).toEqual({ entity: null });
  });

  it('names the entities a card relates to, in the dataset’s order, so the card can offer them', async () => {
    const reply = (await send({ type: GET_ENTITY, id: 'dmitry-rogozin' })) as {
      related: Array<{ id: string; name: string }>;
    };
    expect(reply.related.slice(0, 2)).toEqual([
      { id: 'roscosmos', name: 'Roscosmos' },
      { id: 'yuri-borisov', name: 'Yuri Borisov' },
    ]);
  });

  it('shows a tab’s count on the badge, and answers nothing', async () => {
    await saveSettings({ showBadge: true });
    expect(send({ type: FOUND_COUNT, count: 4 })).toBeUndefined();
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('4'));
    expect(send({ type: FOUND_COUNT, count: -1 })).toBeUndefined();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('4');
  });
});
