import { describe, expect, it } from 'vitest';
import { exportPersonalLists, parsePersonalImport, PersonalImportError } from '@/rules/personal/export';

describe('personal lists export and import', () => {
  it('reads back what it exported', () => {
    const lists = { blocked: ['a-scam.example', 'b-scam.example'], trusted: ['my-bank.example'] };
    const text = exportPersonalLists(lists, new Date('2026-01-02T03:04:05Z'));
    expect(JSON.parse(text)).toMatchObject({ format: 'scam-sentinel-personal-lists', version: 1, exportedAt: '2026-01-02T03:04:05.000Z' });
    expect(parsePersonalImport(text)).toEqual({ lists, skipped: 0 });
  });

  it('cleans entries, counts the unusable ones, and blocks a site found on both lists', () => {
    const text = JSON.stringify({
      format: 'scam-sentinel-personal-lists',
      version: 1,
      blocked: ['HTTPS://WWW.Scam.example/path', 42, 'both.example', 'co.uk'],
      trusted: ['both.example', 'bank.example', 'not a host'],
    });
    expect(parsePersonalImport(text)).toEqual({
      lists: { blocked: ['both.example', 'scam.example'], trusted: ['bank.example'] },
      skipped: 3,
    });
  });

  it('refuses files that are not an export of these lists', () => {
    expect(() => parsePersonalImport('{not json')).toThrow(PersonalImportError);
    expect(() => parsePersonalImport(JSON.stringify({ blocked: ['a.example'] }))).toThrow(PersonalImportError);
    expect(() => parsePersonalImport(JSON.stringify({ format: 'scam-sentinel-personal-lists', version: 2 }))).toThrow(PersonalImportError);
  });
});
