import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CompactHostSet, isFeedError } from '../../../rules/feeds/index.ts';
import { PART_TARGET_BYTES, PartedHostSet, splitSet } from '../../../rules/feeds/set-parts.ts';

/** A set stored in parts, read through a reader that records which parts each read asks for. */
function stored(parts: ArrayBuffer[], seed: number) {
  const reads: number[][] = [];
  const set = new PartedHostSet(seed, Math.log2(parts.length), async (numbers) => {
    reads.push([...numbers]);
    return numbers.map((part) => parts[part]!);
  });
  return { set, reads };
}

const failsAs = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  return isFeedError(error) ? error.code : error;
};

describe('a host set stored in parts', () => {
  const labelArb = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/);
  const hostArb = fc
    .tuple(fc.array(labelArb, { minLength: 1, maxLength: 3 }), fc.constantFrom('com', 'net', 'co.uk', 'xyz'))
    .map(([labels, tld]) => [...labels, tld].join('.'));

  it('answers every lookup as the whole set does, whatever the number of parts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(hostArb, { minLength: 200, maxLength: 3000 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('', 'www.', 'a.b.', 'parent')), { maxLength: 200 }),
        fc.array(hostArb, { maxLength: 200 }),
        fc.integer(),
        fc.integer({ min: 0, max: 4 }),
        async (hosts, picks, strangers, seed, partBits) => {
          const whole = CompactHostSet.fromHosts(hosts, { seed });
          const bits = Math.min(partBits, whole.shape.bits);
          const { set } = stored(splitSet(whole, bits), whole.seed);
          const probes = [
            ...strangers,
            ...picks.map(([i, how]) => {
              const host = hosts[i % hosts.length]!;
              return how === 'parent' ? host.slice(host.indexOf('.') + 1) : `${how}${host}`;
            }),
          ];
          await set.prepare(probes);
          for (const probe of probes) expect(set.lookup(probe), probe).toBe(whole.lookup(probe));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('splits a big list into parts of about the target size, and fromWhole keeps every part in memory', () => {
    const whole = CompactHostSet.fromHosts(Array.from({ length: 200_000 }, (_, i) => `listed-${i}.scam.example`));
    const { set, parts } = PartedHostSet.fromWhole(whole);
    expect(parts.length).toBeGreaterThanOrEqual(8);
    for (const part of parts) expect(part.byteLength).toBeLessThan(PART_TARGET_BYTES * 1.2);
    expect(set.size).toBe(whole.size);
    expect(set.lookup('www.listed-199999.scam.example')).toBe('listed-199999.scam.example');
    expect(set.lookup('honest.example')).toBeNull();
    // A small list stays one part.
    expect(PartedHostSet.fromWhole(CompactHostSet.fromHosts(['one-scam.example'])).parts).toHaveLength(1);
  });

  it('reads only the parts a host and its parents need, each part once, however many lookups wait for it', async () => {
    const whole = CompactHostSet.fromHosts(Array.from({ length: 200_000 }, (_, i) => `listed-${i}.scam.example`));
    const { set, reads } = stored(splitSet(whole), whole.seed);
    await Promise.all([set.prepare(['www.listed-3.scam.example']), set.prepare(['www.listed-3.scam.example'])]);
    expect(reads).toHaveLength(1);
    expect(reads[0]!.length).toBeLessThanOrEqual(3); // www.listed-3.scam.example, listed-3.scam.example, scam.example
    expect(set.lookup('www.listed-3.scam.example')).toBe('listed-3.scam.example');
    await set.prepare(['listed-3.scam.example']);
    expect(reads).toHaveLength(1); // nothing new to read
  });

  it('throws on a lookup that needs a part not read yet, rather than answer "not listed"', async () => {
    const whole = CompactHostSet.fromHosts(Array.from({ length: 200_000 }, (_, i) => `listed-${i}.scam.example`));
    const { set } = stored(splitSet(whole), whole.seed);
    await set.prepare(['listed-1.scam.example']);
    const unread = Array.from({ length: 1000 }, (_, i) => `listed-${i}.scam.example`).find((host) => {
      try {
        return set.lookup(host) === null;
      } catch {
        return true;
      }
    })!;
    expect(() => set.lookup(unread)).toThrow(/not read/);
    await set.loadAll();
    expect(set.lookup(unread)).toBe(unread);
  });

  it('refuses a part of another list, a part under the wrong number, a missing or damaged part', async () => {
    const hosts = Array.from({ length: 200_000 }, (_, i) => `listed-${i}.scam.example`);
    const ours = splitSet(CompactHostSet.fromHosts(hosts, { seed: 1 }));
    const theirs = splitSet(CompactHostSet.fromHosts(hosts, { seed: 2 }));
    const swapped = [ours[1]!, ours[0]!, ...ours.slice(2)];
    const damaged = ours.map((part, i) => (i === 0 ? new Uint8Array(part).map((byte, at) => (at === part.byteLength - 1 ? byte ^ 1 : byte)).buffer : part));
    expect(await failsAs(stored(theirs, 1).set.loadAll())).toBe('corrupt-set');
    expect(await failsAs(stored(swapped, 1).set.loadAll())).toBe('corrupt-set');
    expect(await failsAs(stored(damaged, 1).set.loadAll())).toBe('corrupt-set');
    const missing = new PartedHostSet(1, Math.log2(ours.length), async (numbers) => numbers.slice(1).map((part) => ours[part]!));
    expect(await failsAs(missing.loadAll())).toBe('corrupt-set');
    // A failed read is tried again at the next lookup, not remembered as read.
    let fail = true;
    const flaky = new PartedHostSet(1, Math.log2(ours.length), async (numbers) => {
      if (fail) throw new Error('the disk is busy');
      return numbers.map((part) => ours[part]!);
    });
    await expect(flaky.prepare(['listed-5.scam.example'])).rejects.toThrow('busy');
    fail = false;
    await flaky.prepare(['listed-5.scam.example']);
    expect(flaky.lookup('listed-5.scam.example')).toBe('listed-5.scam.example');
  });

  it('splits only a whole set, into no more parts than it has buckets', () => {
    const whole = CompactHostSet.fromHosts(Array.from({ length: 50 }, (_, i) => `listed-${i}.scam.example`));
    expect(() => splitSet(whole, whole.shape.bits + 1)).toThrow();
    const [part] = splitSet(CompactHostSet.fromHosts(Array.from({ length: 200_000 }, (_, i) => `a-${i}.example`)));
    expect(() => splitSet(CompactHostSet.fromArrayBuffer(part!))).toThrow(/whole/);
  });
});
