import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listsOf, recordFor, type PersonalListName, type PersonalRecords } from '@/rules/personal/records';
import {
  chunkKey,
  decodeDevices,
  encodeDevice,
  itemBytes,
  mergedRecords,
  metaKey,
  PersonalListsFullError,
  planWrite,
  QUOTA_BYTES,
  QUOTA_BYTES_PER_ITEM,
  STALE_DEVICE_SECONDS,
} from '@/rules/personal/sync-chunks';

type Items = Record<string, unknown>;

/** One browser: its local copy of storage.sync and its clock. */
class Device {
  items: Items = {};
  writes = 0;
  constructor(readonly id: string, public clock: number) {}

  lists() {
    return listsOf(mergedRecords(decodeDevices(this.items)));
  }

  /** What the background does for page:addPersonal / page:removePersonal. */
  change(host: string, list: PersonalListName | null): void {
    this.clock += 1;
    const devices = decodeDevices(this.items);
    const own: PersonalRecords = new Map(devices.get(this.id)?.records);
    own.set(host, recordFor(mergedRecords(devices), host, list, this.clock));
    const plan = planWrite(this.id, own, this.items, `g${++this.writes}`, this.clock);
    for (const key of plan.remove) delete this.items[key];
    Object.assign(this.items, plan.set);
  }
}

/** storage.sync replicating: each device's items reach the other (only their owner writes them). */
function replicate(from: Device, to: Device): void {
  const prefix = `personal:${from.id}`;
  for (const key of Object.keys(to.items)) if (key === prefix || key.startsWith(`${prefix}:`)) delete to.items[key];
  for (const [key, value] of Object.entries(from.items)) if (key === prefix || key.startsWith(`${prefix}:`)) to.items[key] = value;
}

const hosts = (n: number) => Array.from({ length: n }, (_, i) => `site-number-${i}.example`);

describe('personal lists in storage.sync', () => {
  it('splits a large list into items within the per-item quota and reads it back', () => {
    const records: PersonalRecords = new Map(hosts(1500).map((h, i) => [h, { list: i % 3 ? 'blocked' : 'trusted', at: 1_700_000_000 + i }]));
    const items = encodeDevice('dev1', records, 'gen7', 1_700_009_999);
    const chunks = Object.keys(items).filter((k) => k.startsWith('personal:dev1:'));
    expect(chunks.length).toBeGreaterThan(3);
    for (const [key, value] of Object.entries(items)) expect(itemBytes(key, value)).toBeLessThanOrEqual(QUOTA_BYTES_PER_ITEM);
    const decoded = decodeDevices(items).get('dev1')!;
    expect(decoded.complete).toBe(true);
    expect(decoded.records).toEqual(records);
  });

  it('leaves out a device whose chunks have not all arrived, until they do', () => {
    const records: PersonalRecords = new Map(hosts(800).map((h) => [h, { list: 'blocked', at: 5 }]));
    const old = encodeDevice('dev1', records, 'old', 10);
    const next = encodeDevice('dev1', new Map([...records, ['late.example', { list: 'blocked', at: 11 }]]), 'new', 11);
    // The new meta item arrived, one chunk is still the old one.
    const mixed = { ...old, [metaKey('dev1')]: next[metaKey('dev1')], [chunkKey('dev1', 0)]: next[chunkKey('dev1', 0)] };
    expect(decodeDevices(mixed).get('dev1')!.complete).toBe(false);
    expect(listsOf(mergedRecords(decodeDevices(mixed))).blocked).toEqual([]);
    expect(listsOf(mergedRecords(decodeDevices(next))).blocked).toContain('late.example');
  });

  it('ignores damaged entries and other keys', () => {
    const items = encodeDevice('dev1', new Map([['good.example', { list: 'blocked', at: 3 }]]), 'g', 3);
    items[chunkKey('dev1', 0)] = `g|good.example,b,3 bad host,b,3 co.uk,b,1 x.example,q,1 y.example,b,zz! ${'z'.repeat(3)}`;
    items.settings = { whatever: true };
    expect(listsOf(mergedRecords(decodeDevices(items)))).toEqual({ blocked: ['good.example'], trusted: [] });
  });

  it('refuses a change that would not fit the sync quota, leaving the stored lists as they were', () => {
    const device = new Device('dev1', 1_000);
    const many = hosts(2_600).map((h) => `a-rather-long-name-for-${h}`);
    const own: PersonalRecords = new Map();
    let refusedAt = -1;
    for (const [i, host] of many.entries()) {
      own.set(host, { list: 'blocked', at: 1_000 + i });
      if (i % 25 !== 0) continue; // a write every 25 sites keeps the test quick
      try {
        const plan = planWrite('dev1', own, device.items, `g${i}`, 1_000 + i);
        Object.assign(device.items, plan.set);
      } catch (error) {
        expect(error).toBeInstanceOf(PersonalListsFullError);
        refusedAt = i;
        break;
      }
    }
    expect(refusedAt).toBeGreaterThan(1_000);
    const total = Object.entries(device.items).reduce((sum, [k, v]) => sum + itemBytes(k, v), 0);
    expect(total).toBeLessThanOrEqual(QUOTA_BYTES);
    expect(device.lists().blocked).toHaveLength(refusedAt - 24);
  });

  it('takes over the records of a browser not seen for months and frees its items', () => {
    const gone = encodeDevice('old', new Map([['kept.example', { list: 'blocked', at: 100 }]]), 'g', 100);
    const now = 100 + STALE_DEVICE_SECONDS + 1;
    const plan = planWrite('me', new Map([['mine.example', { list: 'trusted', at: now }]]), gone, 'g1', now);
    expect(plan.remove).toEqual(expect.arrayContaining([metaKey('old'), chunkKey('old', 0)]));
    expect(listsOf(mergedRecords(decodeDevices(plan.set)))).toEqual({ blocked: ['kept.example'], trusted: ['mine.example'] });
  });

  it('keeps a removal only while another device still holds the site', () => {
    const a = new Device('a', 1_000);
    const b = new Device('b', 1_000);
    a.change('scam.example', 'blocked');
    replicate(a, b);
    b.change('scam.example', null);
    expect(decodeDevices(b.items).get('b')!.records.get('scam.example')?.list).toBeNull();
    replicate(b, a);
    expect(a.lists().blocked).toEqual([]);
    // A writes again: its superseded record goes; then B's removal is no longer needed.
    a.change('other.example', 'trusted');
    replicate(a, b);
    b.change('third.example', 'blocked');
    expect(decodeDevices(b.items).get('b')!.records.has('scam.example')).toBe(false);
    replicate(b, a);
    expect(a.lists()).toEqual({ blocked: ['third.example'], trusted: ['other.example'] });
    expect(b.lists()).toEqual(a.lists());
  });

  it('two browsers changing the lists at the same time converge and lose neither change', () => {
    const op = fc.record({
      device: fc.integer({ min: 0, max: 1 }),
      host: fc.constantFrom(...hosts(5)),
      list: fc.constantFrom('blocked' as const, 'trusted' as const, null),
      syncAfter: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), fc.integer({ min: -30, max: 30 }), (ops, skew) => {
        const devices = [new Device('a', 10_000), new Device('b', 10_000 + skew)];
        // For each host: the last change, and whether its device had seen every earlier change of that host.
        const last = new Map<string, { list: PersonalListName | null; device: number; informed: boolean }>();
        const unseen = [new Set<string>(), new Set<string>()]; // hosts the other device changed since the last sync
        for (const { device, host, list, syncAfter } of ops) {
          devices[device]!.change(host, list);
          last.set(host, { list, device, informed: !unseen[device]!.has(host) });
          unseen[1 - device]!.add(host);
          if (syncAfter) {
            replicate(devices[0]!, devices[1]!);
            replicate(devices[1]!, devices[0]!);
            unseen[0]!.clear();
            unseen[1]!.clear();
          }
        }
        replicate(devices[0]!, devices[1]!);
        replicate(devices[1]!, devices[0]!);
        const [a, b] = devices.map((d) => d.lists());
        expect(a).toEqual(b);
        for (const [host, change] of last) {
          const touchedByOther = ops.some((o) => o.host === host && o.device !== change.device);
          // A change made knowing all earlier ones, or to a site only one browser touched, always stands.
          if (change.informed || !touchedByOther) {
            const where = change.list === null ? 'none' : change.list;
            const actual = a!.blocked.includes(host) ? 'blocked' : a!.trusted.includes(host) ? 'trusted' : 'none';
            expect(actual).toBe(where);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
