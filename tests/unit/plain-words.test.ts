import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasPlainListName, plainListNames } from '@/components/lib/list-names';
import { DEFAULT_FEEDS } from '@/rules/feeds-config/default-feeds';
import { countKey, createTranslate, type Catalogue } from '@/rules/i18n';
import { sendProblemOf } from '@/rules/reports/error-words';
import { UI_LANGS } from '@/rules/packs/schema';

/** Words people see: list names in their language, and counts by the language's plural rules. */
const catalogue = (lang: string): Catalogue =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/_locales', lang, 'messages.json'), 'utf8'));
const english = catalogue('en');
const translate = (lang: string) => createTranslate(catalogue(lang), english);
const bundledSections = [...readFileSync(resolve(import.meta.dirname, '../../public/lists/bundled.txt'), 'utf8').matchAll(/^# source: (.+)$/gm)].map((m) => m[1]!);

describe('list names in plain words', () => {
  it('every default feed and every section of the bundled list has a plain name', () => {
    expect(bundledSections.length).toBeGreaterThan(0);
    expect([...DEFAULT_FEEDS.map((feed) => feed.name), ...bundledSections].filter((name) => !hasPlainListName(name))).toEqual([]);
  });

  it.each([...UI_LANGS])('%s never shows a repository name or a feed address', (lang) => {
    const t = translate(lang);
    const shown = plainListNames(t, 'polkadot{.js} phishing list, 127.0.0.1:38867 (feed.txt), MetaMask phishing list');
    expect(shown).not.toMatch(/polkadot\{\.js\}|phishing list|127\.0\.0\.1|feed\.txt/);
    expect(shown.split('; ')).toHaveLength(3);
    if (lang !== 'en') expect(shown).not.toContain(plainListNames(translate('en'), 'MetaMask phishing list'));
  });

  it('names the same list once, however many of its sections matched', () => {
    const t = translate('en');
    expect(plainListNames(t, ['polkadot{.js} phishing list', 'polkadot{.js} phishing list'])).toBe(t('listNamePolkadot'));
  });
});

describe('counts', () => {
  it('follow each language\'s plural rules', () => {
    const minutes = (lang: string, n: number) => translate(lang)(countKey(lang, 'familyPinLocked', n), n);
    expect(minutes('en', 1)).toContain('wait 1 minute,');
    expect(minutes('en', 2)).toContain('wait 2 minutes,');
    expect(minutes('it', 1)).toContain('1 minuto');
    expect(minutes('de', 1)).toContain('1 Minute ');
    // French: zero is singular too.
    expect(countKey('fr', 'feedsEntries', 0)).toBe('feedsEntriesOne');
    expect(countKey('en', 'feedsEntries', 0)).toBe('feedsEntries');
  });
});

describe('sending problems', () => {
  it('are told in words, whatever the browser called them', () => {
    expect(sendProblemOf('Failed to fetch')).toEqual({ kind: 'network' });
    expect(sendProblemOf('NetworkError when attempting to fetch resource.')).toEqual({ kind: 'network' });
    expect(sendProblemOf('HTTP 500: down')).toEqual({ kind: 'http', status: 500 });
    expect(sendProblemOf('Unexpected token < in JSON')).toEqual({ kind: 'other' });
  });
});
