import {
  assertLittleEndian,
  byteLengthFor,
  checksumOf,
  EMPTY_SLOT,
  HEADER_BYTES,
  homeSlotOf,
  homeSlotsFor,
  WORDS_PER_ENTRY,
  writeHeader,
} from './compact-set-format.ts';
import { hashSuffixes, MAX_SUFFIXES } from './host-hash.ts';

/**
 * Compiles hosts into the buffer described in compact-set-format.ts. Linear time: hashes are
 * sorted by a counting sort on their top bits and an insertion sort of each bucket (a few
 * entries), duplicate hosts collapse to one entry, then entries are laid out in their slots.
 *
 * `hosts` must be normal, listable hosts (what the parsers output); anything else is stored
 * as given and simply never matches a normal query.
 */
export function buildCompactSetBuffer(hosts: readonly string[], seed: number): ArrayBuffer {
  assertLittleEndian();
  const { sorted, count } = sortedUniqueHashes(hashAll(hosts, seed), hosts.length);
  const homeSlots = homeSlotsFor(count);

  // Slot of each entry: its home slot, or the one after the previous entry if that is later.
  const slotOf = new Uint32Array(count);
  let next = 0;
  for (let i = 0; i < count; i++) {
    slotOf[i] = Math.max(homeSlotOf(sorted[i * 3]!, homeSlots), next);
    next = slotOf[i]! + 1;
  }
  const slots = next; // the table ends after its last entry

  const byteLength = byteLengthFor(slots);
  const buffer = new ArrayBuffer(byteLength);
  const table = new Uint32Array(buffer, HEADER_BYTES);
  for (let p = 0; p < slots * 3; p += 3) {
    table[p] = EMPTY_SLOT[0];
    table[p + 1] = EMPTY_SLOT[1];
    table[p + 2] = EMPTY_SLOT[2];
  }
  for (let i = 0; i < count; i++) {
    const p = slotOf[i]! * 3;
    table[p] = sorted[i * 3]!;
    table[p + 1] = sorted[i * 3 + 1]!;
    table[p + 2] = sorted[i * 3 + 2]!;
  }
  const header = { count, homeSlots, seed };
  writeHeader(buffer, { ...header, checksum: checksumOf(header, table), byteLength });
  return buffer;
}

/** The n hashes sorted ascending (as 96-bit numbers) without duplicates, and how many remain. */
function sortedUniqueHashes(hashes: Uint32Array, n: number): { sorted: Uint32Array; count: number } {
  // About 2-4 entries per bucket, so insertion-sorting each one is cheap.
  const bits = Math.max(1, Math.min(24, Math.floor(Math.log2(Math.max(n, 2) / 2))));
  const shift = 32 - bits;
  const buckets = 2 ** bits;
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
  let count = 0;
  for (let k = 0; k < buckets; k++) count = sortUniqueInto(sorted, start[k]!, start[k + 1]!, count);
  return { sorted, count };
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
