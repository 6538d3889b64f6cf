/**
 * The background's answers to the content script, on WXT's fake browser:
 * the settings come from storage as the real background reads them.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { cachedSettings } from '../../../entrypoints/background/settings-cache';
import { createHandlers, type Handlers } from '../../../utils/background/handlers';
import { TEXT_SEPARATOR, type ResolvedMention } from '../../../utils/protocol';
import { DEFAULT_SETTINGS, SHOW_DELAY_MS, saveSettings, withSite } from '../../../utils/settings';
import { TOPIC_IDS } from '../../../utils/topics';

const STORY = 'Roscosmos said the ISS would keep flying, and NASA agreed.';
const SESSION = '0123abcd-0000-4000-8000-000000000001';

let handlers: Handlers;
beforeEach(() => {
  fakeBrowser.reset();
  handlers = createHandlers({ settings: cachedSettings() });
});

/** The names a reply marks, as [text, entity] pairs read back out of the texts. */
function named(texts: string[], mentions: readonly (readonly ResolvedMention[])[]): Array<[string, string]> {
  return mentions.flatMap((list, i) =>
    list.map(([start, end, id]): [string, string] => [texts[i]!.slice(start, end), id]),
  );
}

describe('gate: is Backstory on for this page', () => {
  it('is on by default, with every topic and the reader’s options', async () => {
    expect(await handlers.gate({ host: 'example.org' })).toEqual({
      on: true,
      topics: [...TOPIC_IDS],
      firstMentionOnly: DEFAULT_SETTINGS.firstMentionOnly,
      highlightStyle: DEFAULT_SETTINGS.highlightStyle,
      hoverDelayMs: SHOW_DELAY_MS[DEFAULT_SETTINGS.hoverDelay],
    });
  });

  it('is off everywhere once the reader switches highlights off', async () => {
    await saveSettings({ enabled: false });
    expect(await handlers.gate({ host: 'example.org' })).toEqual({ on: false });
  });

  it('is off on a switched-off site only, whatever the case of its host', async () => {
    await saveSettings(withSite(DEFAULT_SETTINGS, 'news.example', false).change);
    expect(await handlers.gate({ host: 'News.Example' })).toEqual({ on: false });
    expect(await handlers.gate({ host: 'other.example' })).toMatchObject({ on: true });
  });

  it('is off with every topic switched off, and names only the topics left on', async () => {
    await saveSettings({ disabledTopics: ['agencies'] });
    expect(await handlers.gate({ host: 'example.org' })).toMatchObject({
      on: true,
      topics: TOPIC_IDS.filter((id) => id !== 'agencies'),
    });
    await saveSettings({ disabledTopics: [...TOPIC_IDS] });
    expect(await handlers.gate({ host: 'example.org' })).toEqual({ on: false });
  });

  it('counts the names in the page’s text sent with the question, as a scan would', async () => {
    expect(await handlers.gate({ host: 'example.org', text: STORY })).toMatchObject({ on: true, hits: 3 });
    expect(await handlers.gate({ host: 'example.org', text: 'Donald Trump spoke about tariffs.' })).toMatchObject({
      on: true,
      hits: 0,
    });
    expect(await handlers.gate({ host: 'example.org' })).not.toHaveProperty('hits');
  });

  it('does not look at the text where Backstory is off', async () => {
    await saveSettings(withSite(DEFAULT_SETTINGS, 'news.example', false).change);
    expect(await handlers.gate({ host: 'news.example', text: STORY })).toEqual({ on: false });
  });

  it('follows a change of the settings at once', async () => {
    expect(await handlers.gate({ host: 'example.org' })).toMatchObject({
      on: true,
      hoverDelayMs: SHOW_DELAY_MS.normal,
    });
    await saveSettings({ hoverDelay: 'long', highlightStyle: 'background' });
    expect(await handlers.gate({ host: 'example.org' })).toMatchObject({
      hoverDelayMs: SHOW_DELAY_MS.long,
      highlightStyle: 'background',
    });
  });
});

describe('scan: does a text hold a name', () => {
  it('finds a name of a topic that is on, and nothing in text without one', async () => {
    expect((await handlers.scan({ text: STORY })).hits).toBeGreaterThan(0);
    expect(await handlers.scan({ text: 'The weather was fine all week.' })).toEqual({ hits: 0 });
  });

  it('counts decided names, not spellings: a politician in a story about something else loads nothing', async () => {
    const text = ['Donald Trump spoke about tariffs at a rally in Ohio.', 'Trump said prices would fall.'].join(
      TEXT_SEPARATOR,
    );
    expect(await handlers.scan({ text })).toEqual({ hits: 0 });
    const spaceStory = ['Donald Trump named a new NASA administrator on Tuesday.', 'Trump said so.'].join(
      TEXT_SEPARATOR,
    );
    expect((await handlers.scan({ text: spaceStory })).hits).toBeGreaterThanOrEqual(2);
  });

  it('does not count a name whose topic is off', async () => {
    const text = 'NASA and Roscosmos met.';
    expect((await handlers.scan({ text })).hits).toBeGreaterThan(0);
    await saveSettings({ disabledTopics: ['agencies'] });
    expect(await handlers.scan({ text })).toEqual({ hits: 0 });
  });
});

describe('resolve: the mentions to highlight in a story', () => {
  it('decides the mentions of a fresh page, by position in each text', async () => {
    const texts = [STORY, 'Nothing here.'];
    const reply = await handlers.resolve({ session: SESSION, texts, append: true, fresh: true });
    if (!('mentions' in reply)) throw new Error('expected mentions');
    expect(reply.mentions).toHaveLength(2);
    expect(named(texts, reply.mentions)).toEqual([
      ['Roscosmos', 'roscosmos'],
      ['ISS', 'iss'],
      ['NASA', 'nasa'],
    ]);
  });

  it('keeps a page’s story as context for the texts it sends later', async () => {
    // A surname alone is a name only once the story has named the person in full.
    const later = ['Rogozin spoke on Tuesday.'];
    const alone = await handlers.resolve({ session: SESSION, texts: later, append: true, fresh: true });
    expect(alone).toEqual({ mentions: [[]] });
    await handlers.resolve({ session: SESSION, texts: ['Dmitry Rogozin ran Roscosmos.'], append: true, fresh: true });
    const reply = await handlers.resolve({ session: SESSION, texts: later, append: true, fresh: false });
    if (!('mentions' in reply)) throw new Error('expected mentions');
    expect(named(later, reply.mentions)).toEqual([['Rogozin', 'dmitry-rogozin']]);
  });

  it('says the session is lost when it does not know the page, and starts over when told to', async () => {
    expect(await handlers.resolve({ session: SESSION, texts: [STORY], append: true, fresh: false })).toEqual({
      lost: true,
    });
    const reply = await handlers.resolve({ session: SESSION, texts: [STORY], append: true, fresh: true });
    expect(reply).toHaveProperty('mentions');
  });

  it('says the session is lost after the reader changed the topics, and uses the new topics after', async () => {
    await handlers.resolve({ session: SESSION, texts: [STORY], append: true, fresh: true });
    await saveSettings({ disabledTopics: ['agencies'] });
    expect(await handlers.resolve({ session: SESSION, texts: [STORY], append: true, fresh: false })).toEqual({
      lost: true,
    });
    const reply = await handlers.resolve({ session: SESSION, texts: [STORY], append: true, fresh: true });
    if (!('mentions' in reply)) throw new Error('expected mentions');
    expect(named([STORY], reply.mentions)).toEqual([['ISS', 'iss']]);
  });

  it('keeps each page’s context apart', async () => {
    const other = '0123abcd-0000-4000-8000-000000000002';
    await handlers.resolve({ session: SESSION, texts: [STORY], append: true, fresh: true });
    expect(await handlers.resolve({ session: other, texts: [STORY], append: true, fresh: false })).toEqual({
      lost: true,
    });
  });
});
