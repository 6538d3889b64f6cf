// @vitest-environment jsdom
/**
 * The reader always learns when a choice was not kept: a change storage
 * refused, settings a newer version saved, a full list of switched-off
 * sites, a settings file too large to be ours (refused before it is read).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing';
import { SettingsTransfer } from '../../components/SettingsTransfer';
import { App as OptionsApp } from '../../entrypoints/options/App';
import { App as PopupApp } from '../../entrypoints/popup/App';
import { MAX_DISABLED_SITES, SETTINGS_KEY } from '../../utils/settings';
import { t } from './english';

beforeEach(() => {
  fakeBrowser.reset();
  // The options page reads the shortcut; the fake browser has no commands.
  vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([]);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** A file whose text must never be read. */
function fileOfSize(size: number): File {
  const file = new File(['{}'], 'huge.json', { type: 'application/json' });
  Object.defineProperty(file, 'size', { value: size });
  vi.spyOn(file, 'text').mockRejectedValue(new Error('read a file over the limit'));
  return file;
}

describe('importing a settings file', () => {
  it('refuses a file over the limit without reading it', async () => {
    const onImport = vi.fn();
    const onTooLarge = vi.fn();
    const { container } = render(
      <SettingsTransfer
        onExport={vi.fn()}
        onImport={onImport}
        maxBytes={1000}
        onTooLarge={onTooLarge}
        onReset={vi.fn()}
        t={t}
      />,
    );
    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    const file = fileOfSize(5_000_000_000);
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    await waitFor(() => expect(onTooLarge).toHaveBeenCalledTimes(1));
    expect(file.text).not.toHaveBeenCalled();
    expect(onImport).not.toHaveBeenCalled();
  });

  it('the options page says so', async () => {
    const { container } = render(<OptionsApp t={t} />);
    const input = await waitFor(() => {
      const found = container.querySelector<HTMLInputElement>('input[type="file"]');
      if (!found) throw new Error('the options page has not rendered yet');
      return found;
    });
    Object.defineProperty(input, 'files', { value: [fileOfSize(3 * 1024 * 1024)], configurable: true });
    fireEvent.change(input);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/too large.*Nothing was changed/));
  });
});

describe('a change that is not saved', () => {
  it('the options page shows the error', async () => {
    render(<OptionsApp t={t} />);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    fireEvent.click(await screen.findByRole('switch', { name: 'Only the first mention of each name' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(t('settings_saveFailed')));
  });

  it('the popup shows the error, and a newer version’s settings stay as they are', async () => {
    const newer = { version: 2, enabled: true, futureField: 1 };
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: newer });
    render(<PopupApp t={t} />);
    fireEvent.click(await screen.findByRole('switch', { name: 'Highlights' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(t('settings_newerVersion')));
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(newer);
  });
});

describe('a full list of switched-off sites', () => {
  it('the popup switches the site off and says which old one is on again', async () => {
    const full = Array.from({ length: MAX_DISABLED_SITES }, (_, i) => `site${i}.example`);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, disabledSites: full } });
    // The active tab's content script answers the popup: this page is on news.example.
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 } as never]);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ found: [], host: 'news.example' });
    render(<PopupApp t={t} />);
    const site = await screen.findByRole('switch', { name: t('popup_siteLabel') });
    await waitFor(() => expect((site as HTMLInputElement).disabled).toBe(false));
    fireEvent.click(site);
    await screen.findByText(t('settings_siteListFull', { oldest: 'site0.example' }));
    const stored = (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as { disabledSites: string[] };
    expect(stored.disabledSites).toHaveLength(MAX_DISABLED_SITES);
    expect(stored.disabledSites.at(-1)).toBe('news.example');
    // The popup asks the tab's top frame only: an ad frame cannot answer for the page.
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(7, expect.anything(), { frameId: 0 });
  });
});
