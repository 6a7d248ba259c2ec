import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '@/rules/i18n';
import { UI_LANGS } from '@/rules/packs/schema';

/**
 * The five catalogues in public/_locales must say the same things: no key missing in any
 * language, no key the code never uses, the same placeholders everywhere. A key counts as used
 * when it appears as a quoted string anywhere in the UI code (t('key'), tables of keys such as
 * { en: 'langEn' }, lists of keys sent to the banner) or as __MSG_key__ in the manifest.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const SCANNED = ['entrypoints', 'components', 'rules', 'wxt.config.ts'];

const catalogue = (lang: string): Catalogue => JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8'));
const catalogues = Object.fromEntries(UI_LANGS.map((lang) => [lang, catalogue(lang)])) as Record<string, Catalogue>;
const english = catalogues.en!;

function sourceFiles(path: string): string[] {
  const full = join(ROOT, path);
  if (statSync(full).isFile()) return [full];
  return readdirSync(full, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(path, entry.name)) : /\.(tsx?|html)$/.test(entry.name) ? [join(full, entry.name)] : [],
  );
}
const sources = SCANNED.flatMap(sourceFiles).map((file) => readFileSync(file, 'utf8'));

const quotedStrings = new Set(sources.flatMap((text) => [...text.matchAll(/(['"`])([A-Za-z][A-Za-z0-9_]*)\1/g)].map((m) => m[2]!)));
const manifestKeys = new Set(sources.flatMap((text) => [...text.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1]!)));
/** Keys the code asks for directly: t('key', …). */
const requested = new Set(sources.flatMap((text) => [...text.matchAll(/\bt\(\s*['"]([A-Za-z][A-Za-z0-9_]*)['"]/g)].map((m) => m[1]!)));

/** Keys counted through countKey(lang, 'key', n): both 'key' and its singular 'keyOne' are used. */
const counted = new Set(sources.flatMap((text) => [...text.matchAll(/\bcountKey\([^,]+,\s*['"]([A-Za-z][A-Za-z0-9_]*)['"]/g)].map((m) => m[1]!)));

const placeholders = (message: string) => [...message.matchAll(/\$([1-9])/g)].map((m) => m[1]).sort().join(',');

describe('UI text catalogues', () => {
  it.each(UI_LANGS.filter((lang) => lang !== 'en'))('%s has exactly the English keys', (lang) => {
    const keys = Object.keys(catalogues[lang]!);
    expect(Object.keys(english).filter((key) => !keys.includes(key)), 'missing').toEqual([]);
    expect(keys.filter((key) => !(key in english)), 'not in English').toEqual([]);
  });

  it.each([...UI_LANGS])('%s has no empty message and the same placeholders as English', (lang) => {
    const mismatched = Object.entries(catalogues[lang]!).filter(
      ([key, entry]) => !entry.message.trim() || (english[key] && placeholders(entry.message) !== placeholders(english[key].message)),
    );
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it('every key the code asks for exists', () => {
    const used = [...requested, ...manifestKeys];
    expect(used.filter((key) => !(key in english))).toEqual([]);
    // Sanity: the scan really sees the code (guards against a broken pattern passing vacuously).
    expect(requested.size).toBeGreaterThan(30);
    expect(manifestKeys).toContain('extName');
  });

  it('every key is used somewhere', () => {
    const singulars = new Set([...counted].map((key) => `${key}One`));
    expect(Object.keys(english).filter((key) => !quotedStrings.has(key) && !manifestKeys.has(key) && !singulars.has(key))).toEqual([]);
  });

  it('every counted message has its general and singular form ("1 minute", never "1 minutes")', () => {
    expect(counted.size).toBeGreaterThanOrEqual(3);
    expect([...counted].flatMap((key) => [key, `${key}One`]).filter((key) => !(key in english))).toEqual([]);
  });
});
