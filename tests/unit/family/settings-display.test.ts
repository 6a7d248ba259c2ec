import { describe, expect, it } from 'vitest';
import { loadSettings, MIGRATIONS, SETTINGS_VERSION } from '@/rules/settings';

describe('display settings (larger text, simpler popup)', () => {
  it('migrates version-1 settings, keeping the user choices and starting with the usual look', () => {
    const loaded = loadSettings({ version: 1, blocklistEnabled: false, heuristicsEnabled: true, language: 'it' });
    expect(loaded.settings).toMatchObject({ blocklistEnabled: false, language: 'it', largeText: false, simplePopup: false });
    expect(loaded.settings.version).toBe(SETTINGS_VERSION);
    expect(loaded.problems).toEqual([]);
    expect(loaded.needsWrite).toBe(true);
    expect(MIGRATIONS[1]!({ version: 1, language: 'fr' })).toEqual({ version: 2, language: 'fr', largeText: false, simplePopup: false });
  });

  it('keeps the choices once made and repairs a damaged value alone', () => {
    const current = { version: SETTINGS_VERSION, blocklistEnabled: true, heuristicsEnabled: true, language: 'auto', largeText: true, simplePopup: true };
    expect(loadSettings(current).settings).toMatchObject({ largeText: true, simplePopup: true });
    const damaged = loadSettings({ ...current, largeText: 'yes' });
    expect(damaged.settings).toMatchObject({ largeText: false, simplePopup: true });
    expect(damaged.problems).toHaveLength(1);
  });
});
