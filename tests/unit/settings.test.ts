import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  enabledTopics,
  exportSettings,
  isSiteDisabled,
  loadSettings,
  parseSettingsFile,
  withSite,
  parseSettings,
  saveSettings,
  watchSettings,
  type Settings,
} from '../../utils/settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('start from the defaults: highlights on, every topic, first mention only', async () => {
    expect(await loadSettings()).toEqual({
      version: 1,
      enabled: true,
      disabledTopics: [],
      firstMentionOnly: true,
      disabledSites: [],
      hoverDelay: 'normal',
      highlightStyle: 'underline',
      showBadge: false,
    });
    expect(enabledTopics(DEFAULT_SETTINGS)).toHaveLength(7);
  });

  it('are saved and read back', async () => {
    await saveSettings({ enabled: false, disabledTopics: ['people'] });
    const settings = await loadSettings();
    expect(settings.enabled).toBe(false);
    expect(enabledTopics(settings)).not.toContain('people');
  });

  it.each([
    ['a string', 'corrupt'],
    ['an array', [1, 2, 3]],
    ['null', null],
    ['a number', 42],
  ])('fall back to defaults when storage holds %s', async (_, raw) => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: raw });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keep the valid fields of a partly corrupt value and default the rest', () => {
    expect(parseSettings({ enabled: false, disabledTopics: 'people', firstMentionOnly: 'yes' })).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
    });
  });

  it('drop unknown and repeated topics', () => {
    expect(parseSettings({ disabledTopics: ['people', 'astrology', 'people', 7] }).disabledTopics).toEqual(['people']);
  });

  it('tell watchers about changes, already validated', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings));
    await saveSettings({ firstMentionOnly: false });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: 'garbage' });
    unwatch();
    await saveSettings({ enabled: false });
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, firstMentionOnly: false }, DEFAULT_SETTINGS]);
  });
});

describe('per-site switch', () => {
  it('turns a site off and on again, by host name, case-insensitively', () => {
    const off = { ...DEFAULT_SETTINGS, ...withSite(DEFAULT_SETTINGS, 'News.Example.com', false).change };
    expect(isSiteDisabled(off, 'news.example.com')).toBe(true);
    expect(isSiteDisabled(off, 'example.com')).toBe(false);
    const on = { ...off, ...withSite(off, 'news.example.com', true).change };
    expect(on.disabledSites).toEqual([]);
  });

  it('drops stored entries that are not host names', () => {
    expect(parseSettings({ disabledSites: ['a.com', 'javascript:alert(1)', '', 5, 'A.COM'] }).disabledSites).toEqual([
      'a.com',
    ]);
  });
});

describe('settings files', () => {
  const custom: Settings = {
    ...DEFAULT_SETTINGS,
    enabled: false,
    disabledTopics: ['people'],
    disabledSites: ['example.com'],
    hoverDelay: 'long',
    highlightStyle: 'background',
    showBadge: true,
  };

  it('round-trip through export and import', () => {
    expect(parseSettingsFile(exportSettings(custom))).toEqual({ ok: true, settings: custom });
  });

  it.each([
    ['not JSON', 'hello', /not JSON/],
    ["another app's file", JSON.stringify({ app: 'other', settings: {} }), /not a Backstory settings file/],
    [
      'an unknown topic',
      JSON.stringify({ app: 'backstory', settings: { disabledTopics: ['astrology'] } }),
      /disabledTopics/,
    ],
    ['a wrong type', JSON.stringify({ app: 'backstory', settings: { enabled: 'yes' } }), /enabled/],
    ['an unknown field', JSON.stringify({ app: 'backstory', settings: { colour: 'red' } }), /colour/],
  ])('refuse %s with a message that says what is wrong', (_, text, message) => {
    const result = parseSettingsFile(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
  });

  it('say where the problem is, for a message in the reader’s language', () => {
    expect(parseSettingsFile('hello')).toMatchObject({ ok: false, reason: 'not-json', path: '' });
    const wrongType = JSON.stringify({ app: 'backstory', settings: { showBadge: 'yes' } });
    expect(parseSettingsFile(wrongType)).toMatchObject({
      ok: false,
      reason: 'not-settings',
      path: 'settings.showBadge',
    });
  });
});
