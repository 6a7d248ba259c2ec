import {
  assertLittleEndian,
  bucketBitsFor,
  bucketOf,
  byteLengthFor,
  checksumOf,
  HEADER_BYTES,
  headsOffset,
  indexWordsFor,
  tailsOffset,
  writeHeader,
} from './compact-set-format.ts';
import { hashSuffixes, MAX_SUFFIXES } from './host-hash.ts';

/**
 * Compiles hosts into the buffer described in compact-set-format.ts. Linear time: a counting
 * sort by bucket, an insertion sort of each bucket (about 8 entries) that also drops duplicate
 * fingerprints, then the index and fingerprints are written out.
 *
 * `hosts` must be normal, listable hosts (what the parsers output); anything else is stored
 * as given and simply never matches a normal query.
 */
export function buildCompactSetBuffer(hosts: readonly string[], seed: number): ArrayBuffer {
  return buildFromHashes(hashAll(hosts, seed), hosts.length, seed);
}

/** The same from hashes already computed with `seed` (3 words per name): used to convert older sets. */
export function buildFromHashes(hashes: Uint32Array, n: number, seed: number): ArrayBuffer {
  assertLittleEndian();
  const bits = bucketBitsFor(n);
  const buckets = 2 ** bits;
  const start = new Uint32Array(buckets + 1);
  for (let i = 0; i < n; i++) start[bucketOf(hashes[i * 3]!, bits) + 1]! += 1;
  for (let b = 0; b < buckets; b++) start[b + 1]! += start[b]!;

  // Fingerprints by bucket: heads (h1) and tails (the low 16 bits of h2).
  const high = new Uint32Array(n);
  const low = new Uint16Array(n);
  const fill = start.slice(0, buckets);
  for (let i = 0; i < n; i++) {
    const at = fill[bucketOf(hashes[i * 3]!, bits)]!++;
    high[at] = hashes[i * 3 + 1]!;
    low[at] = hashes[i * 3 + 2]! & 0xffff;
  }

  const index = new Uint32Array(indexWordsFor(bits));
  let count = 0;
  for (let b = 0; b < buckets; b++) {
    index[b] = count;
    count = sortUniqueInto(high, low, start[b]!, start[b + 1]!, count);
  }
  index[buckets] = count;

  const byteLength = byteLengthFor(count, bits);
  const buffer = new ArrayBuffer(byteLength);
  new Uint32Array(buffer, HEADER_BYTES, index.length).set(index);
  new Uint32Array(buffer, headsOffset(bits), count).set(high.subarray(0, count));
  new Uint16Array(buffer, tailsOffset(count, bits), count).set(low.subarray(0, count));
  const header = { count, shape: bits, seed };
  writeHeader(buffer, { ...header, checksum: checksumOf(header, new Uint32Array(buffer, HEADER_BYTES)), byteLength });
  return buffer;
}

function hashAll(hosts: readonly string[], seed: number): Uint32Array {
  const out = new Uint32Array(hosts.length * 3);
  const scratch = new Uint32Array(MAX_SUFFIXES * 3);
  const starts = new Int32Array(MAX_SUFFIXES);
  for (let i = 0; i < hosts.length; i++) {
    const last = (hashSuffixes(hosts[i]!, seed, scratch, starts) - 1) * 3;
    out.set(scratch.subarray(last, last + 3), i * 3);
  }
  return out;
}

/**
 * Insertion-sorts fingerprints [from, to) by (high, low) and writes the distinct ones to
 * positions starting at `write` (never ahead of `from`, so it is safe in place). Equal
 * fingerprints do not move, so even a bucket of duplicates sorts in linear time.
 * Returns the next write position.
 */
function sortUniqueInto(high: Uint32Array, low: Uint16Array, from: number, to: number, write: number): number {
  for (let i = from + 1; i < to; i++) {
    const h = high[i]!;
    const l = low[i]!;
    let j = i - 1;
    while (j >= from && (high[j]! > h || (high[j] === h && low[j]! > l))) {
      high[j + 1] = high[j]!;
      low[j + 1] = low[j]!;
      j -= 1;
    }
    high[j + 1] = h;
    low[j + 1] = l;
  }
  for (let i = from; i < to; i++) {
    if (i > from && high[i] === high[write - 1] && low[i] === low[write - 1]) continue;
    high[write] = high[i]!;
    low[write] = low[i]!;
    write += 1;
  }
  return write;
}
