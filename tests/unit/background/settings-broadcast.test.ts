import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { broadcastSettingsChanges, tellTabsSettingsChanged } from '../../../entrypoints/background/settings-broadcast';
import { kindOf, SETTINGS_CHANGED } from '../../../utils/protocol';
import { saveSettings } from '../../../utils/settings';

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

/** Tabs 3 and 9 open; tab 9 has no content script (its send fails). */
function twoTabs() {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3 }, { id: 9 }, {}] as never);
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number) => {
    if (tabId === 9) throw new Error('Could not establish connection. Receiving end does not exist.');
  }) as never);
}

describe('open pages hear that the settings changed', () => {
  it('tells the top frame of every tab, and a tab that cannot answer stops nothing', async () => {
    const send = twoTabs();
    await tellTabsSettingsChanged();
    expect(send.mock.calls).toEqual([
      [3, { type: SETTINGS_CHANGED }, { frameId: 0 }],
      [9, { type: SETTINGS_CHANGED }, { frameId: 0 }],
    ]);
    expect(kindOf({ type: SETTINGS_CHANGED })).toBe('settings-changed');
  });

  it('when the reader saves a setting, not before', async () => {
    const send = twoTabs();
    const stop = broadcastSettingsChanges();
    expect(send).not.toHaveBeenCalled();
    await saveSettings({ enabled: false });
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(2));
    stop();
    await saveSettings({ enabled: true });
    await new Promise((done) => setTimeout(done, 20));
    expect(send).toHaveBeenCalledTimes(2);
  });
});
