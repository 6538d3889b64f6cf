import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  enabledTopics,
  loadSettings,
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
