import {
  assertLittleEndian,
  bucketBitsFor,
  byteLengthFor,
  checksumOf,
  HEADER_BYTES,
  WORDS_PER_ENTRY,
  writeHeader,
} from './compact-set-format.ts';
import { hashSuffixes, MAX_SUFFIXES } from './host-hash.ts';

/**
 * Compiles hosts into the buffer described in compact-set-format.ts. Linear time: hashes are
 * distributed into buckets by a counting sort, and each bucket (a few entries) is sorted by
 * insertion; duplicate hosts collapse to one entry.
 *
 * `hosts` must be normal, listable hosts (what the parsers output); anything else is stored
 * as given and simply never matches a normal query.
 */
export function buildCompactSetBuffer(hosts: readonly string[], seed: number): ArrayBuffer {
  assertLittleEndian();
  const n = hosts.length;
  const hashes = hashAll(hosts, seed);
  const bits = bucketBitsFor(n);
  const shift = 32 - bits;
  const buckets = 2 ** bits;

  // Counting sort by bucket.
  const start = new Uint32Array(buckets + 1);
  for (let i = 0; i < n; i++) start[(hashes[i * 3]! >>> shift) + 1]! += 1;
  for (let k = 0; k < buckets; k++) start[k + 1]! += start[k]!;
  const sorted = new Uint32Array(n * WORDS_PER_ENTRY);
  const fill = start.slice(0, buckets);
  for (let i = 0; i < n; i++) {
    const at = fill[hashes[i * 3]! >>> shift]!++ * 3;
    sorted[at] = hashes[i * 3]!;
    sorted[at + 1] = hashes[i * 3 + 1]!;
    sorted[at + 2] = hashes[i * 3 + 2]!;
  }

  // Sort and de-duplicate each bucket, compacting the table as we go.
  const index = new Uint32Array(buckets + 1);
  let count = 0;
  for (let k = 0; k < buckets; k++) {
    index[k] = count;
    count = sortUniqueInto(sorted, start[k]!, start[k + 1]!, count);
  }
  index[buckets] = count;

  const byteLength = byteLengthFor(count, bits);
  const buffer = new ArrayBuffer(byteLength);
  const body = new Uint32Array(buffer, HEADER_BYTES);
  body.set(index, 0);
  body.set(sorted.subarray(0, count * 3), buckets + 1);
  const header = { count, bucketBits: bits, seed };
  writeHeader(buffer, { ...header, checksum: checksumOf(header, body), byteLength });
  return buffer;
}

function hashAll(hosts: readonly string[], seed: number): Uint32Array {
  const out = new Uint32Array(hosts.length * 3);
  const scratch = new Uint32Array(MAX_SUFFIXES * 3);
  const starts = new Int32Array(MAX_SUFFIXES);
  for (let i = 0; i < hosts.length; i++) {
    const last = (hashSuffixes(hosts[i]!, seed, scratch, starts) - 1) * 3;
    out[i * 3] = scratch[last]!;
    out[i * 3 + 1] = scratch[last + 1]!;
    out[i * 3 + 2] = scratch[last + 2]!;
  }
  return out;
}

/**
 * Insertion-sorts entries [from, to) of `table` (3 words each) and writes the distinct ones
 * to positions starting at `write` (never ahead of `from`, so it is safe in place).
 * Returns the next write position.
 */
function sortUniqueInto(table: Uint32Array, from: number, to: number, write: number): number {
  for (let i = from + 1; i < to; i++) {
    const a = table[i * 3]!;
    const b = table[i * 3 + 1]!;
    const c = table[i * 3 + 2]!;
    let j = i - 1;
    while (j >= from && compare(table, j, a, b, c) > 0) {
      table.copyWithin((j + 1) * 3, j * 3, j * 3 + 3);
      j -= 1;
    }
    table[(j + 1) * 3] = a;
    table[(j + 1) * 3 + 1] = b;
    table[(j + 1) * 3 + 2] = c;
  }
  for (let i = from; i < to; i++) {
    if (write > 0 && i > from && compare(table, write - 1, table[i * 3]!, table[i * 3 + 1]!, table[i * 3 + 2]!) === 0) {
      continue;
    }
    table.copyWithin(write * 3, i * 3, i * 3 + 3);
    write += 1;
  }
  return write;
}

function compare(table: Uint32Array, j: number, a: number, b: number, c: number): number {
  const x = table[j * 3]!;
  if (x !== a) return x < a ? -1 : 1;
  const y = table[j * 3 + 1]!;
  if (y !== b) return y < b ? -1 : 1;
  const z = table[j * 3 + 2]!;
  return z === c ? 0 : z < c ? -1 : 1;
}
