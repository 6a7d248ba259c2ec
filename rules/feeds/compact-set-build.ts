import {
  assertLittleEndian,
  bucketBitsFor,
  bucketOf,
  bucketWordsFor,
  byteLengthFor,
  checksumOf,
  groupStartsFor,
  groupStartsOffset,
  HEADER_BYTES,
  headsOffset,
  MASK_KEY_SHIFT,
  MAX_GROUP_BITS,
  shapeWord,
  tailsOffset,
  writeHeader,
} from './compact-set-format.ts';
import { hashSuffixes, MAX_SUFFIXES } from './host-hash.ts';

/**
 * Compiles hosts into the buffer described in compact-set-format.ts. Linear time: a counting
 * sort by bucket, an insertion sort of each bucket (about 4 entries) that also drops duplicate
 * fingerprints, then the bucket words and fingerprints are written out.
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
  // Where each bucket starts before duplicates are dropped.
  const rawStarts = new Uint32Array(buckets + 1);
  for (let i = 0; i < n; i++) rawStarts[bucketOf(hashes[i * 3]!, bits) + 1]! += 1;
  for (let b = 0; b < buckets; b++) rawStarts[b + 1]! += rawStarts[b]!;

  // Fingerprints by bucket: heads (h1) and tails (the low 16 bits of h2).
  const high = new Uint32Array(n);
  const low = new Uint16Array(n);
  const fill = rawStarts.slice(0, buckets);
  for (let i = 0; i < n; i++) {
    const at = fill[bucketOf(hashes[i * 3]!, bits)]!++;
    high[at] = hashes[i * 3 + 1]!;
    low[at] = hashes[i * 3 + 2]! & 0xffff;
  }

  const starts = new Uint32Array(buckets + 1);
  let count = 0;
  for (let b = 0; b < buckets; b++) {
    starts[b] = count;
    count = sortUniqueInto(high, low, rawStarts[b]!, rawStarts[b + 1]!, count);
  }
  starts[buckets] = count;
  return writeSetBuffer({ bits, starts, heads: high.subarray(0, count), tails: low.subarray(0, count) }, seed);
}

/** Distinct fingerprints sorted by bucket, head and tail, and where each bucket starts (the last = their count). */
export interface SortedFingerprints {
  bits: number;
  starts: Uint32Array;
  heads: Uint32Array;
  tails: Uint16Array;
  /** For one part of a set stored in parts (compact-set-format.ts, "Parts"); 0 and 0 for a whole set. */
  partBits?: number;
  part?: number;
}

/** Lays sorted fingerprints out in the current format, with their bucket words and checksum. */
export function writeSetBuffer({ bits, starts, heads, tails, partBits = 0, part = 0 }: SortedFingerprints, seed: number): ArrayBuffer {
  const count = heads.length;
  const shape = { bits, groupBits: groupBitsFor(starts, bits), partBits, part };
  const byteLength = byteLengthFor(count, shape);
  const buffer = new ArrayBuffer(byteLength);
  const words = new Uint32Array(buffer, HEADER_BYTES, bucketWordsFor(bits));
  const groups = new Uint32Array(buffer, groupStartsOffset(bits), groupStartsFor(shape));
  const groupMask = 2 ** shape.groupBits - 1;
  for (let b = 0; b < words.length; b++) {
    if ((b & groupMask) === 0) groups[b >>> shape.groupBits] = starts[b]!;
    let mask = 0;
    for (let i = starts[b]!; i < (starts[b + 1] ?? count); i++) mask |= 1 << (heads[i]! >>> MASK_KEY_SHIFT);
    words[b] = (((starts[b]! - groups[b >>> shape.groupBits]!) << 16) | mask) >>> 0;
  }
  new Uint32Array(buffer, headsOffset(shape), count).set(heads);
  new Uint16Array(buffer, tailsOffset(count, shape), count).set(tails);
  const header = { count, shape: shapeWord(shape), seed };
  writeHeader(buffer, { ...header, checksum: checksumOf(header, new Uint32Array(buffer, HEADER_BYTES)), byteLength });
  return buffer;
}

/** The most buckets a group (up to 2^MAX_GROUP_BITS) for which every bucket's start in its group fits in 16 bits. */
function groupBitsFor(starts: Uint32Array, bits: number): number {
  const fits = (groupBits: number) => {
    const size = 2 ** groupBits;
    for (let first = 0; first < starts.length - 1; first += size) {
      if (starts[Math.min(first + size, starts.length - 1) - 1]! - starts[first]! > 0xffff) return false;
    }
    return true;
  };
  let groupBits = Math.min(bits, MAX_GROUP_BITS);
  while (groupBits > 0 && !fits(groupBits)) groupBits -= 1;
  return groupBits;
}

function hashAll(hosts: readonly string[], seed: number): Uint32Array {
  const out = new Uint32Array(hosts.length * 3);
  const scratch = new Uint32Array(MAX_SUFFIXES * 3);
  const starts = new Int32Array(MAX_SUFFIXES);
  for (let i = 0; i < hosts.length; i++) {
    const last = (hashSuffixes(hosts[i]!, seed, scratch, starts) - 1) * 3;
    // Word by word: a subarray per name would be a million short-lived objects for the collector.
    out[i * 3] = scratch[last]!;
    out[i * 3 + 1] = scratch[last + 1]!;
    out[i * 3 + 2] = scratch[last + 2]!;
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
