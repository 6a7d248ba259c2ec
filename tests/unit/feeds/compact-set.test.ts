import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CompactHostSet } from '../../../rules/feeds/compact-set.ts';
import { writeSetBuffer, type SortedFingerprints } from '../../../rules/feeds/compact-set-build.ts';
import { bucketOf, FORMAT_VERSION, HEADER_BYTES, shapeOf } from '../../../rules/feeds/compact-set-format.ts';
import { FeedError } from '../../../rules/feeds/errors.ts';
import { hashSuffixes, MAX_SUFFIXES } from '../../../rules/feeds/host-hash.ts';
import { candidateDomains } from '../../../rules/hosts/normalize.ts';

const HOSTS = ['scam-broker.example', 'login.fake-bank.co.uk', 'evil.github.io', '198.51.100.7', 'xn--bcher-kva.de'];

describe('CompactHostSet', () => {
  it('finds listed hosts and their subdomains, and returns the listed name', () => {
    const set = CompactHostSet.fromHosts(HOSTS);
    expect(set.size).toBe(5);
    expect(set.lookup('scam-broker.example')).toBe('scam-broker.example');
    expect(set.lookup('www.app.scam-broker.example')).toBe('scam-broker.example');
    expect(set.lookup('a.login.fake-bank.co.uk')).toBe('login.fake-bank.co.uk');
    expect(set.lookup('fake-bank.co.uk')).toBeNull(); // a parent of a listed name is not listed
    expect(set.lookup('github.io')).toBeNull();
    expect(set.lookup('other.github.io')).toBeNull();
    expect(set.lookup('198.51.100.7')).toBe('198.51.100.7');
    expect(set.lookup('example')).toBeNull();
    expect(set.has('www.scam-broker.example')).toBe(false);
    expect(set.has('scam-broker.example')).toBe(true);
  });

  it('returns the most specific listed name when several levels are listed', () => {
    const set = CompactHostSet.fromHosts(['example.net', 'a.b.example.net']);
    expect(set.lookup('x.a.b.example.net')).toBe('a.b.example.net');
    expect(set.lookup('x.b.example.net')).toBe('example.net');
  });

  it('removes duplicates and handles the empty set', () => {
    expect(CompactHostSet.fromHosts([...HOSTS, ...HOSTS]).size).toBe(5);
    const empty = CompactHostSet.fromHosts([]);
    expect(empty.size).toBe(0);
    expect(empty.lookup('scam-broker.example')).toBeNull();
    expect(CompactHostSet.fromArrayBuffer(empty.toArrayBuffer()).size).toBe(0);
  });

  it('round-trips through an ArrayBuffer and a Uint8Array view, with the same answers', () => {
    const set = CompactHostSet.fromHosts(HOSTS, { seed: 99 });
    const copy = set.toArrayBuffer().slice(0);
    const loaded = CompactHostSet.fromArrayBuffer(copy);
    const padded = new Uint8Array(copy.byteLength + 3);
    padded.set(new Uint8Array(copy), 3);
    const fromView = CompactHostSet.fromArrayBuffer(padded.subarray(3));
    for (const host of [...HOSTS, 'x.scam-broker.example', 'nope.example']) {
      expect(loaded.lookup(host)).toBe(set.lookup(host));
      expect(fromView.lookup(host)).toBe(set.lookup(host));
    }
  });

  it('stays within 8 bytes per entry, at every size', () => {
    for (const count of [100, 5_000, 50_000, 200_000]) {
      const hosts = Array.from({ length: count }, (_, i) => `site-${i}.example.com`);
      const set = CompactHostSet.fromHosts(hosts);
      expect(set.size).toBe(count);
      expect(set.byteLength / set.size, `${count} names`).toBeLessThanOrEqual(8);
    }
  });

  it('answers exactly on a table with thousands of buckets, for several seeds', () => {
    const hosts = Array.from({ length: 30_000 }, (_, i) => `shop-${i}.example.net`);
    const others = Array.from({ length: 30_000 }, (_, i) => `shop-${i}.example.org`);
    for (const seed of [1, 2, 3]) {
      const set = CompactHostSet.fromHosts(hosts, { seed });
      expect(hosts.filter((host) => set.has(host))).toHaveLength(hosts.length);
      expect(hosts.filter((host, i) => set.lookup(`w${i}.${host}`) !== host)).toEqual([]);
      expect(others.filter((host) => set.matches(host))).toEqual([]);
    }
  });
});

describe('CompactHostSet corrupt buffers', () => {
  const buffer = CompactHostSet.fromHosts(HOSTS, { seed: 1 }).toArrayBuffer();
  const corruptCode = (bytes: ArrayBuffer) => {
    try {
      CompactHostSet.fromArrayBuffer(bytes);
      return 'loaded';
    } catch (error) {
      expect(error).toBeInstanceOf(FeedError);
      return (error as FeedError).code;
    }
  };

  it('rejects truncated, padded, foreign and version-mismatched buffers', () => {
    expect(corruptCode(new ArrayBuffer(0))).toBe('corrupt-set');
    expect(corruptCode(buffer.slice(0, buffer.byteLength - 4))).toBe('corrupt-set');
    const padded = new Uint8Array(buffer.byteLength + 4);
    padded.set(new Uint8Array(buffer));
    expect(corruptCode(padded.buffer)).toBe('corrupt-set');
    const foreign = buffer.slice(0);
    new DataView(foreign).setUint32(0, 0x12345678, true);
    expect(corruptCode(foreign)).toBe('corrupt-set');
    const future = buffer.slice(0);
    new DataView(future).setUint32(4, FORMAT_VERSION + 1, true);
    expect(corruptCode(future)).toBe('corrupt-set');
  });

  it('refuses a set of a format it cannot read (version 1), saying so', () => {
    const old = buffer.slice(0);
    new DataView(old).setUint32(4, 1, true);
    expect(() => CompactHostSet.fromArrayBuffer(old)).toThrow(`format version 1, expected ${FORMAT_VERSION}`);
    expect(corruptCode(old)).toBe('corrupt-set');
  });

  it('detects any single flipped bit, in the header or the body', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: buffer.byteLength * 8 - 1 }), (bit) => {
        const damaged = new Uint8Array(buffer.slice(0));
        damaged[bit >> 3]! ^= 1 << (bit & 7);
        expect(corruptCode(damaged.buffer)).toBe('corrupt-set');
      }),
      { numRuns: 300 },
    );
    for (let bit = 0; bit < HEADER_BYTES * 8; bit++) {
      const damaged = new Uint8Array(buffer.slice(0));
      damaged[bit >> 3]! ^= 1 << (bit & 7);
      expect(corruptCode(damaged.buffer)).toBe('corrupt-set');
    }
  });

  // A woken worker loads a stored list unchecked and checks it right after its first lookup (blocklist.ts).
  it('loaded without its checksum, a set still says whether it matches, and any body bit flipped makes it not', () => {
    expect(CompactHostSet.fromArrayBuffer(buffer, { verifyChecksum: false }).checksumMatches()).toBe(true);
    fc.assert(
      fc.property(fc.integer({ min: HEADER_BYTES * 8, max: buffer.byteLength * 8 - 1 }), (bit) => {
        const damaged = new Uint8Array(buffer.slice(0));
        damaged[bit >> 3]! ^= 1 << (bit & 7);
        let set: CompactHostSet;
        try {
          set = CompactHostSet.fromArrayBuffer(damaged.buffer, { verifyChecksum: false });
        } catch {
          return; // its layout alone gave it away
        }
        expect(set.checksumMatches()).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe.each([
  ['the release before last (format version 2, 15 B a name)', 'version-2.bin'],
  ['the previous release (format version 4, no bucket masks)', 'version-4.bin'],
])('CompactHostSet sets stored by %s', (_, file) => {
  // Written by that version's code: stored-0..999.scam.example, login.fake-bank.co.uk, evil.github.io.
  const stored = () => readFileSync(new URL(`../../fixtures/host-sets/${file}`, import.meta.url)).buffer as ArrayBuffer;

  it('still load, with the same answers, converted to the current format', () => {
    const set = CompactHostSet.fromArrayBuffer(stored().slice(0));
    expect(set.upgraded).toBe(true);
    expect(new DataView(set.toArrayBuffer()).getUint32(4, true)).toBe(FORMAT_VERSION);
    expect(set.size).toBe(1002);
    for (let i = 0; i < 1000; i++) expect(set.lookup(`www.stored-${i}.scam.example`)).toBe(`stored-${i}.scam.example`);
    expect(set.lookup('a.login.fake-bank.co.uk')).toBe('login.fake-bank.co.uk');
    expect(set.lookup('evil.github.io')).toBe('evil.github.io');
    expect(set.lookup('stored-1000.scam.example')).toBeNull();
    expect(set.lookup('scam.example')).toBeNull();
    expect(set.byteLength / set.size).toBeLessThanOrEqual(8);
    const again = CompactHostSet.fromArrayBuffer(set.toArrayBuffer().slice(0));
    expect(again.upgraded).toBe(false);
    expect(again.lookup('x.stored-7.scam.example')).toBe('stored-7.scam.example');
  });

  it('are refused when damaged, like any other', () => {
    const damaged = new Uint8Array(stored().slice(0));
    damaged[HEADER_BYTES + 5]! ^= 4;
    expect(() => CompactHostSet.fromArrayBuffer(damaged.buffer)).toThrow(FeedError);
  });
});

describe('CompactHostSet bucket starts', () => {
  /** The fingerprints of `hosts` in `bits`-bit buckets, sorted and distinct, as the builder lays them out. */
  function sortedFingerprints(hosts: readonly string[], seed: number, bits: number): SortedFingerprints {
    const hashes = new Uint32Array(MAX_SUFFIXES * 3);
    const suffixStarts = new Int32Array(MAX_SUFFIXES);
    const entries = hosts.map((host) => {
      const at = (hashSuffixes(host, seed, hashes, suffixStarts) - 1) * 3;
      return [bucketOf(hashes[at]!, bits), hashes[at + 1]!, hashes[at + 2]! & 0xffff] as const;
    });
    entries.sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]);
    const starts = new Uint32Array(2 ** bits + 1);
    for (const [bucket] of entries) starts[bucket + 1]! += 1;
    for (let b = 0; b < 2 ** bits; b++) starts[b + 1]! += starts[b]!;
    return { bits, starts, heads: Uint32Array.from(entries, (e) => e[1]), tails: Uint16Array.from(entries, (e) => e[2]) };
  }

  it('answers exactly when a group of 4,096 buckets holds more entries than a 16-bit start can count', () => {
    // 140,000 names in 2^13 buckets: each half of the table (4,096 buckets) holds about 70,000.
    const hosts = Array.from({ length: 140_000 }, (_, i) => `crowded-${i}.example.com`);
    const buffer = writeSetBuffer(sortedFingerprints(hosts, 5, 13), 5);
    expect(shapeOf(new DataView(buffer).getUint32(12, true))).toEqual({ bits: 13, groupBits: 11, partBits: 0, part: 0 });
    const set = CompactHostSet.fromArrayBuffer(buffer);
    expect(hosts.filter((host) => !set.has(host))).toEqual([]);
    expect(hosts.filter((host, i) => i % 7 === 0 && set.lookup(`www.${host}`) !== host)).toEqual([]);
    expect(hosts.filter((_, i) => set.matches(`crowded-${i}.example.org`))).toEqual([]);
  });
});

describe('CompactHostSet properties', () => {
  const labelArb = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/);
  const hostArb = fc
    .tuple(fc.array(labelArb, { minLength: 1, maxLength: 3 }), fc.constantFrom('com', 'net', 'co.uk', 'xyz'))
    .map(([labels, tld]) => [...labels, tld].join('.'));

  it('finds every inserted host and its subdomains, and nothing that is not under an inserted host', () => {
    fc.assert(
      fc.property(fc.uniqueArray(hostArb, { maxLength: 200 }), fc.array(hostArb, { maxLength: 100 }), labelArb, fc.integer(), (hosts, probes, sub, seed) => {
        const set = CompactHostSet.fromHosts(hosts, { seed });
        const inserted = new Set(hosts);
        for (const host of hosts) {
          expect(set.has(host)).toBe(true);
          expect(inserted.has(set.lookup(`${sub}.${host}`)!)).toBe(true);
        }
        for (const probe of probes) {
          const expected = candidateDomains(probe).find((name) => inserted.has(name)) ?? null;
          expect(set.lookup(probe)).toBe(expected);
        }
      }),
      { numRuns: 200 },
    );
  });

  /** The reference: a Set of the names, and the host's parents walked by cutting at each dot. */
  function referenceLookup(names: ReadonlySet<string>, host: string): string | null {
    for (let name = host; name.includes('.'); name = name.slice(name.indexOf('.') + 1)) if (names.has(name)) return name;
    return null;
  }

  it('answers like a Set of the names walked through the host and its parents, on tables of many buckets', () => {
    const treeArb = fc.uniqueArray(hostArb, { minLength: 500, maxLength: 3000 });
    fc.assert(
      fc.property(treeArb, fc.array(fc.tuple(fc.nat(), fc.constantFrom('', 'www.', 'a.b.', 'parent')), { maxLength: 300 }), fc.array(hostArb, { maxLength: 300 }), fc.integer(), (hosts, picks, strangers, seed) => {
        const set = CompactHostSet.fromHosts(hosts, { seed });
        const names = new Set(hosts);
        const probes = [
          ...strangers,
          ...picks.map(([i, how]) => {
            const host = hosts[i % hosts.length]!;
            return how === 'parent' ? host.slice(host.indexOf('.') + 1) : `${how}${host}`;
          }),
        ];
        for (const probe of probes) expect(set.lookup(probe), probe).toBe(referenceLookup(names, probe));
      }),
      { numRuns: 40 },
    );
  });
});
