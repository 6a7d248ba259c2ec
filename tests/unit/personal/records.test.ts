import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNewer, listsOf, mergeRecords, personalHost, recordFor, type PersonalRecord, type PersonalRecords } from '@/rules/personal/records';

const records = (entries: [string, PersonalRecord][]): PersonalRecords => new Map(entries);

describe('personal records', () => {
  it('keeps the newest record of each host when merging', () => {
    const a = records([['scam.example', { list: 'blocked', at: 10 }], ['bank.example', { list: 'trusted', at: 5 }]]);
    const b = records([['scam.example', { list: null, at: 12 }], ['other.example', { list: 'blocked', at: 1 }]]);
    const merged = mergeRecords(a, b);
    expect(listsOf(merged)).toEqual({ blocked: ['other.example'], trusted: ['bank.example'] });
    expect(merged.get('scam.example')).toEqual({ list: null, at: 12 });
  });

  it('breaks equal times the same way on every device, preferring to block', () => {
    const blocked: PersonalRecord = { list: 'blocked', at: 7 };
    const trusted: PersonalRecord = { list: 'trusted', at: 7 };
    expect(isNewer(blocked, trusted)).toBe(true);
    expect(isNewer(trusted, blocked)).toBe(false);
    const one = mergeRecords(records([['x.example', blocked]]), records([['x.example', trusted]]));
    const two = mergeRecords(records([['x.example', trusted]]), records([['x.example', blocked]]));
    expect(one).toEqual(two);
  });

  it('merging is commutative, associative and idempotent', () => {
    const record = fc.record({ list: fc.constantFrom('blocked' as const, 'trusted' as const, null), at: fc.integer({ min: 0, max: 50 }) });
    const set = fc.array(fc.tuple(fc.constantFrom('a.example', 'b.example', 'c.example', 'd.example'), record)).map((e) => new Map(e));
    fc.assert(
      fc.property(set, set, set, (a, b, c) => {
        expect(mergeRecords(a, b)).toEqual(mergeRecords(b, a));
        expect(mergeRecords(mergeRecords(a, b), c)).toEqual(mergeRecords(a, mergeRecords(b, c)));
        expect(mergeRecords(a, a)).toEqual(mergeRecords(a));
      }),
    );
  });

  it('dates a change after what it replaces even when this device\'s clock is behind', () => {
    const merged = records([['scam.example', { list: 'blocked', at: 1_000 }]]);
    const removal = recordFor(merged, 'scam.example', null, 400);
    expect(removal.at).toBe(1_001);
    expect(isNewer(removal, merged.get('scam.example')!)).toBe(true);
    expect(recordFor(merged, 'new.example', 'trusted', 400)).toEqual({ list: 'trusted', at: 400 });
  });

  it('turns what people type into a site name, or refuses it', () => {
    expect(personalHost('https://www.Scam-Example.com/login?x=1')).toBe('scam-example.com');
    expect(personalHost('  app.scam-example.com ')).toBe('app.scam-example.com');
    expect(personalHost('www.co.uk')).toBe('www.co.uk');
    expect(personalHost('co.uk')).toBeNull();
    expect(personalHost('not a site')).toBeNull();
    expect(personalHost('')).toBeNull();
  });
});
