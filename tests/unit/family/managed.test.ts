import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockedFieldsIn, parseManagedPolicy, policyPatch } from '@/rules/family/managed';
import { DEFAULT_SETTINGS, SettingsFieldsSchema } from '@/rules/settings';

describe('managed policy', () => {
  it('reads settings, locks, feeds and a guardian', () => {
    const policy = parseManagedPolicy({
      settings: { language: 'it', heuristicsEnabled: true, largeText: true },
      lockedSettings: ['heuristicsEnabled', 'blocklistEnabled'],
      feeds: [{ url: 'https://feeds.example.org/scams.txt', name: 'Our list' }],
      guardianName: 'Care team',
      guardianPhone: '+44 20 7946 0018',
    });
    expect(policy.settings).toEqual({ language: 'it', heuristicsEnabled: true, largeText: true });
    expect(policy.locked).toEqual(['heuristicsEnabled', 'blocklistEnabled']);
    expect(policy.feeds).toEqual([{ url: 'https://feeds.example.org/scams.txt', name: 'Our list' }]);
    expect(policy.guardian).toEqual({ name: 'Care team', phone: '+44 20 7946 0018' });
    expect(policy.problems).toEqual([]);
  });

  it('drops only the bad parts of a faulty policy', () => {
    const policy = parseManagedPolicy({
      settings: { language: 'klingon', blocklistEnabled: false, nonsense: 1 },
      lockedSettings: ['blocklistEnabled', 'rootAccess', 7],
      feeds: [{ url: 'http://insecure.example/list' }, { url: 'https://ok.example/list' }],
      guardianName: 'Ann',
    });
    expect(policy.settings).toEqual({ blocklistEnabled: false });
    expect(policy.locked).toEqual(['blocklistEnabled']);
    expect(policy.feeds).toEqual([{ url: 'https://ok.example/list' }]);
    expect(policy.guardian).toBeNull();
    expect(policy.problems).toHaveLength(6);
    expect(parseManagedPolicy('nope').problems).toHaveLength(1);
    expect(parseManagedPolicy(undefined)).toMatchObject({ settings: {}, locked: [], problems: [] });
  });

  it('says which fields of a change are locked', () => {
    expect(lockedFieldsIn({ language: 'fr', heuristicsEnabled: false }, ['heuristicsEnabled'])).toEqual(['heuristicsEnabled']);
    expect(lockedFieldsIn({ language: 'fr' }, ['heuristicsEnabled'])).toEqual([]);
  });

  it('forces locked values back, and sets unlocked ones only when the policy changes them', () => {
    const policy = parseManagedPolicy({ settings: { heuristicsEnabled: true, language: 'de' }, lockedSettings: ['heuristicsEnabled'] });
    const userChanged = { ...DEFAULT_SETTINGS, heuristicsEnabled: false, language: 'es' as const };
    // First time: both applied.
    expect(policyPatch(userChanged, policy, null)).toEqual({ heuristicsEnabled: true, language: 'de' });
    // Same policy again: the user's own language choice stays; the locked switch is forced back.
    expect(policyPatch(userChanged, policy, policy)).toEqual({ heuristicsEnabled: true });
    // Nothing to do when settings already obey.
    expect(policyPatch({ ...DEFAULT_SETTINGS, language: 'de' }, policy, policy)).toEqual({});
  });

  it('the shipped storage.managed schema names every setting and matches the parser', () => {
    const schema = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/managed-schema.json'), 'utf8'));
    expect(schema.type).toBe('object');
    const settingNames = Object.keys(SettingsFieldsSchema.shape).sort();
    expect(Object.keys(schema.properties.settings.properties).sort()).toEqual(settingNames);
    expect([...schema.properties.lockedSettings.items.enum].sort()).toEqual(settingNames);
    expect(Object.keys(schema.properties).sort()).toEqual(['feeds', 'guardianName', 'guardianPhone', 'lockedSettings', 'settings']);
    // An example written against the schema parses with no problem.
    const example = { settings: { blocklistEnabled: true }, lockedSettings: ['blocklistEnabled'], feeds: [{ url: 'https://a.example/f' }] };
    expect(parseManagedPolicy(example).problems).toEqual([]);
  });
});
