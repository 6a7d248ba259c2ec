import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyPatch, DEFAULT_SETTINGS, loadSettings, SettingsSchema, SETTINGS_VERSION } from '../../../rules/settings';

describe('loadSettings', () => {
  it('gives defaults, to be written, when nothing is stored', () => {
    expect(loadSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [], needsWrite: true });
  });

  it('keeps valid current settings untouched', () => {
    const stored = { ...DEFAULT_SETTINGS, heuristicsEnabled: false, language: 'it' };
    expect(loadSettings(stored)).toEqual({ settings: stored, problems: [], needsWrite: false });
  });

  it('migrates an unversioned record, keeping its valid choices', () => {
    const loaded = loadSettings({ blocklistEnabled: false, language: 'de' });
    expect(loaded.settings).toEqual({ ...DEFAULT_SETTINGS, blocklistEnabled: false, language: 'de' });
    expect(loaded.needsWrite).toBe(true);
  });

  it('runs migrations in order from the stored version', () => {
    const calls: number[] = [];
    const migrations = {
      0: (old: Record<string, unknown>) => (calls.push(0), { ...old, version: 1 }),
      1: (old: Record<string, unknown>) => (calls.push(1), { ...old, version: 2, language: old.lang }),
    };
    const loaded = loadSettings({ version: 1, lang: 'fr' }, migrations, 2);
    expect(calls).toEqual([1]);
    expect(loaded.settings.language).toBe('fr');
    expect(loaded.problems).toEqual(['An unknown saved setting "lang" was removed.']);
  });

  it('resets only the corrupt field and says so', () => {
    const loaded = loadSettings({ ...DEFAULT_SETTINGS, blocklistEnabled: false, language: 'klingon' });
    expect(loaded.settings).toEqual({ ...DEFAULT_SETTINGS, blocklistEnabled: false });
    expect(loaded.problems).toEqual(['The saved value of "language" was not valid and was reset.']);
    expect(loaded.needsWrite).toBe(true);
  });

  it.each([['a string'], [42], [[1, 2]], [true]])('resets unreadable data %j to defaults', (stored) => {
    const loaded = loadSettings(stored);
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.problems).toEqual(['The saved settings were unreadable and were reset.']);
  });

  it('survives settings written by a newer version', () => {
    const loaded = loadSettings({ ...DEFAULT_SETTINGS, version: SETTINGS_VERSION + 5, language: 'es' });
    expect(loaded.settings.language).toBe('es');
    expect(loaded.problems[0]).toMatch(/newer version/);
  });

  it('always yields valid settings, whatever is stored', () => {
    fc.assert(
      fc.property(fc.anything(), (stored) => {
        expect(SettingsSchema.safeParse(loadSettings(stored).settings).success).toBe(true);
      }),
    );
  });
});

describe('applyPatch', () => {
  it('changes only the patched fields', () => {
    expect(applyPatch(DEFAULT_SETTINGS, { heuristicsEnabled: false })).toEqual({ ...DEFAULT_SETTINGS, heuristicsEnabled: false });
  });
});
