import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CompactHostSet } from '../../../rules/feeds/compact-set.ts';
import { FORMAT_VERSION, HEADER_BYTES } from '../../../rules/feeds/compact-set-format.ts';
import { FeedError } from '../../../rules/feeds/errors.ts';
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
});

describe('CompactHostSet sets stored by the previous release (format version 2)', () => {
  // Written by the version-2 code (15 B a name): stored-0..999.scam.example, login.fake-bank.co.uk, evil.github.io.
  const stored = () => readFileSync(new URL('../../fixtures/host-sets/version-2.bin', import.meta.url)).buffer as ArrayBuffer;

  it('still load, with the same answers, converted to the current format', () => {
    const set = CompactHostSet.fromArrayBuffer(stored().slice(0));
    expect(set.upgraded).toBe(true);
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
});
