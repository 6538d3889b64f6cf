/**
 * Settings never lose the reader's choices: a full list of switched-off
 * sites gives way one entry at a time, every host a page can have can be
 * switched off, settings of a newer version are never written over, and a
 * storage failure is reported, not swallowed.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  DEFAULT_SETTINGS,
  MAX_DISABLED_SITES,
  SETTINGS_KEY,
  SettingsSaveError,
  isSiteDisabled,
  loadSettings,
  parseSettings,
  parseSettingsFile,
  saveErrorKey,
  saveSettings,
  withSite,
  type Settings,
} from '../../utils/settings';

beforeEach(() => fakeBrowser.reset());

const hosts = (count: number) => Array.from({ length: count }, (_, i) => `site${i}.example`);

describe('a full list of switched-off sites', () => {
  it('switching one more site off keeps every other but the oldest, and says which', () => {
    const full: Settings = { ...DEFAULT_SETTINGS, disabledSites: hosts(MAX_DISABLED_SITES) };
    const { change, dropped } = withSite(full, 'one-more.example', false);
    expect(dropped).toBe('site0.example');
    expect(change.disabledSites).toHaveLength(MAX_DISABLED_SITES);
    expect(change.disabledSites!.at(-1)).toBe('one-more.example');
    expect(change.disabledSites!.slice(0, -1)).toEqual(hosts(MAX_DISABLED_SITES).slice(1));
  });

  it('below the cap, nothing is dropped', () => {
    const { change, dropped } = withSite({ ...DEFAULT_SETTINGS, disabledSites: hosts(3) }, 'x.example', false);
    expect(dropped).toBeUndefined();
    expect(change.disabledSites).toEqual([...hosts(3), 'x.example']);
  });

  it('a stored list over the cap keeps its most recent entries, never none', async () => {
    const stored = hosts(MAX_DISABLED_SITES + 1);
    expect(parseSettings({ disabledSites: stored }).disabledSites).toEqual(stored.slice(1));
    // 2,001 entries (the old cap plus one) were read as none before: the reader's whole list lost.
    expect(parseSettings({ disabledSites: hosts(2001) }).disabledSites).toHaveLength(2001);
    await saveSettings({ ...withSite(DEFAULT_SETTINGS, 'a.example', false).change });
    expect((await loadSettings()).disabledSites).toEqual(['a.example']);
  });
});

describe('every host a page can have', () => {
  it.each([
    ['IPv6', '[::1]', '[::1]'],
    ['IPv6 in full', '[2001:DB8::1]', '[2001:db8::1]'],
    ['an underscore', 'my_server.intranet', 'my_server.intranet'],
    ['a trailing dot', 'example.com.', 'example.com'],
    ['IPv4', '127.0.0.1', '127.0.0.1'],
    ['punycode', 'xn--80ak6aa92e.com', 'xn--80ak6aa92e.com'],
  ])('%s (%s) can be switched off and is kept', (_, host, kept) => {
    const settings = parseSettings({ ...DEFAULT_SETTINGS, ...withSite(DEFAULT_SETTINGS, host, false).change });
    expect(settings.disabledSites).toEqual([kept]);
    expect(isSiteDisabled(settings, host)).toBe(true);
  });

  it('the same site with and without its trailing dot is one entry', () => {
    const off = parseSettings(withSite(DEFAULT_SETTINGS, 'example.com.', false).change);
    expect(isSiteDisabled(off, 'example.com')).toBe(true);
    expect(parseSettings(withSite(off, 'example.com', true).change).disabledSites).toEqual([]);
  });

  it('still refuses what is not a host', () => {
    expect(
      parseSettings({ disabledSites: ['javascript:alert(1)', 'a b', '[zz::1]', '', 'x'.repeat(300) + '.com'] })
        .disabledSites,
    ).toEqual([]);
  });

  it('imports a file with such hosts', () => {
    const file = JSON.stringify({
      app: 'backstory',
      settings: { disabledSites: ['[::1]', 'my_server.lan', 'a.com.'] },
    });
    expect(parseSettingsFile(file)).toMatchObject({
      ok: true,
      settings: { disabledSites: ['[::1]', 'my_server.lan', 'a.com'] },
    });
  });
});

describe('settings saved by a newer version', () => {
  const newer = { version: 2, enabled: false, disabledSites: ['a.example'], futureField: { kept: true } };

  it('are read as well as this version can', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: newer });
    const settings = await loadSettings();
    expect(settings.enabled).toBe(false);
    expect(settings.disabledSites).toEqual(['a.example']);
  });

  it('are never written over: a save is refused, with a reason to show', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: newer });
    const saving = saveSettings({ enabled: true });
    await expect(saving).rejects.toBeInstanceOf(SettingsSaveError);
    await expect(saving.catch(saveErrorKey)).resolves.toBe('settings_newerVersion');
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(newer);
  });

  it('this version’s own settings are saved with its version', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, enabled: false } });
    await saveSettings({ enabled: true });
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({
      version: 1,
      enabled: true,
    });
  });
});

describe('a storage failure', () => {
  it('is thrown as a save error the pages can show, not swallowed', async () => {
    const set = vi
      .spyOn(fakeBrowser.storage.local, 'set')
      .mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const saving = saveSettings({ enabled: false });
    await expect(saving).rejects.toThrow(/could not be saved \(QUOTA_BYTES quota exceeded\)/);
    await expect(saving.catch(saveErrorKey)).resolves.toBe('settings_saveFailed');
    set.mockRestore();
  });
});
