import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSettings, settingsProblems, updateSettings } from '../../../entrypoints/background/settings-store';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../../rules/settings';

describe('settings store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('writes defaults on first use', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(DEFAULT_SETTINGS);
  });

  it('repairs corrupt stored settings, keeps the problems for the options page, and rewrites them', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, blocklistEnabled: 'yes please', heuristicsEnabled: false } });
    const settings = await readSettings();
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, heuristicsEnabled: false });
    expect(settingsProblems()).toEqual(['The saved value of "blocklistEnabled" was not valid and was reset.']);
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(settings);
  });

  it('keeps working when storage is full: the change holds for the session and nothing crashes', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const next = await updateSettings({ language: 'it' });
    expect(next.language).toBe('it');
    expect(console.warn).toHaveBeenCalledWith('[scam-sentinel] settings could not be saved:', expect.any(Error));
  });

  it('falls back to defaults when storage cannot be read at all', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage is corrupted'));
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
