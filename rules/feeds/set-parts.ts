import { writeSetBuffer } from './compact-set-build.ts';
import { corrupt, MAX_PART_BITS, partOf } from './compact-set-format.ts';
import { CompactHostSet, type HostLookup, type LoadOptions } from './compact-set.ts';
import { hashSuffixes, MAX_SUFFIXES } from './host-hash.ts';

/**
 * A big host set stored in parts (compact-set-format.ts, "Parts"), so that a woken worker reads from
 * IndexedDB only the parts its first lookups need (one part of a 1M-name list is about 28 kB; the
 * whole list, 7 MB, took a just-woken Chromium worker 20-30 ms to read while a navigation waited).
 * Splitting only re-lays the same fingerprints: a set answers the same in parts or whole.
 */

/**
 * About the size of one part: below 64 KiB, the size above which Chromium keeps an IndexedDB value in a file of
 * its own (a just-woken Chromium worker read three 110 kB parts in 10-12 ms, three 28 kB parts in 0.2-3 ms).
 */
export const PART_TARGET_BYTES = 32 * 1024;

/** How many top bits of a name's hash choose its part: enough that a part is about PART_TARGET_BYTES. */
function partBitsFor(set: CompactHostSet): number {
  const wanted = Math.ceil(Math.log2(Math.max(1, set.byteLength / PART_TARGET_BYTES)));
  return Math.min(wanted, MAX_PART_BITS, set.shape.bits);
}

/** A whole set's 2^partBits parts, in order (part p holds the names whose hash starts with p). */
export function splitSet(set: CompactHostSet, partBits = partBitsFor(set)): ArrayBuffer[] {
  if (set.shape.partBits !== 0) throw new Error('Only a whole host set can be split into parts.');
  if (partBits > set.shape.bits) throw new Error(`A set of ${set.shape.bits} bucket bits cannot be split into 2^${partBits} parts.`);
  const { bits, starts, heads, tails } = set.fingerprints();
  const partBuckets = 2 ** (bits - partBits);
  const parts: ArrayBuffer[] = [];
  for (let part = 0; part < 2 ** partBits; part++) {
    const first = part * partBuckets;
    const from = starts[first]!;
    const to = starts[first + partBuckets]!;
    const partStarts = starts.slice(first, first + partBuckets + 1).map((start) => start - from);
    parts.push(writeSetBuffer({ bits: bits - partBits, starts: partStarts, heads: heads.subarray(from, to), tails: tails.subarray(from, to), partBits, part }, set.seed));
  }
  return parts;
}

/** Reads parts of a stored set by number, in the order asked; throws FeedError 'corrupt-set' for a part that is missing. */
type PartReader = (parts: readonly number[]) => Promise<ArrayBuffer[]>;

export interface PartOptions extends LoadOptions {
  /** Called with the parts of each read, once they are in use (for a checksum checked after the lookup). */
  onRead?: (parts: CompactHostSet[]) => void;
}

/**
 * A set stored in 2^partBits parts, read part by part as lookups need them. Its lookups are synchronous,
 * as every list's are: `prepare(hosts)` reads the parts those hosts need first, and a lookup that would
 * need a part not read yet throws rather than answer "not listed" from half a list.
 */
export class PartedHostSet implements HostLookup {
  private readonly parts: (CompactHostSet | undefined)[];
  /** Parts being read, so that two lookups waiting for the same part read it once. */
  private readonly reading = new Map<number, Promise<void>>();
  private readonly hashes = new Uint32Array(MAX_SUFFIXES * 3);
  private readonly starts = new Int32Array(MAX_SUFFIXES);

  constructor(
    readonly seed: number,
    readonly partBits: number,
    private readonly read: PartReader,
    private readonly options: PartOptions = {},
  ) {
    if (!Number.isInteger(partBits) || partBits < 0 || partBits > MAX_PART_BITS) corrupt('its part count is out of range');
    this.parts = new Array<CompactHostSet | undefined>(2 ** partBits);
  }

  /** A whole set (a list just compiled, or stored before parts existed) in parts, all in memory. */
  static fromWhole(set: CompactHostSet): { set: PartedHostSet; parts: ArrayBuffer[] } {
    const buffers = splitSet(set);
    const parted = new PartedHostSet(set.seed, Math.log2(buffers.length), () => Promise.reject(new Error('every part is in memory')));
    buffers.forEach((buffer, part) => parted.accept(part, CompactHostSet.fromArrayBuffer(buffer, { verifyChecksum: false })));
    return { set: parted, parts: buffers };
  }

  /** Names and bytes of the parts read so far (of the whole set once loadAll() is done). */
  get size(): number {
    return this.parts.reduce((sum, part) => sum + (part?.size ?? 0), 0);
  }

  get byteLength(): number {
    return this.parts.reduce((sum, part) => sum + (part?.byteLength ?? 0), 0);
  }

  /** Reads the parts these hosts' lookups need (each host and its parents) that are not read yet. */
  prepare(hosts: Iterable<string>): Promise<void> {
    const needed = new Set<number>();
    for (const host of hosts) {
      for (let k = hashSuffixes(host, this.seed, this.hashes, this.starts) - 1; k >= 0; k--) needed.add(partOf(this.hashes[k * 3]!, this.partBits));
    }
    return this.readParts([...needed]);
  }

  /** Reads every part not read yet (for work that looks up many names). */
  loadAll(): Promise<void> {
    return this.readParts([...this.parts.keys()]);
  }

  /** The most specific listed name among the host and its parents, or null. */
  lookup(host: string): string | null {
    for (let k = hashSuffixes(host, this.seed, this.hashes, this.starts) - 1; k >= 0; k--) {
      const at = k * 3;
      const number = partOf(this.hashes[at]!, this.partBits);
      const part = this.parts[number];
      if (part === undefined) throw new Error(`Part ${number} of a stored list was not read before a lookup.`);
      if (part.holdsHash(this.hashes[at]!, this.hashes[at + 1]!, this.hashes[at + 2]!)) {
        const start = this.starts[k]!;
        return start === 0 ? host : host.slice(start);
      }
    }
    return null;
  }

  private readParts(numbers: readonly number[]): Promise<void> {
    const missing = numbers.filter((part) => this.parts[part] === undefined && !this.reading.has(part));
    if (missing.length > 0) {
      const read = this.read(missing).then((buffers) => {
        if (buffers.length !== missing.length) corrupt('some of its parts are missing');
        const parts = buffers.map((buffer) => CompactHostSet.fromArrayBuffer(buffer, this.options));
        parts.forEach((part, i) => this.accept(missing[i]!, part));
        this.options.onRead?.(parts);
      });
      const settled = read.finally(() => missing.forEach((part) => this.reading.delete(part)));
      missing.forEach((part) => this.reading.set(part, settled));
    }
    return Promise.all(numbers.map((part) => this.reading.get(part))).then(() => undefined);
  }

  /** Keeps a part once it is sure to be the part asked for, of this set. */
  private accept(number: number, part: CompactHostSet): void {
    if (part.seed !== this.seed || part.shape.partBits !== this.partBits || part.shape.part !== number) {
      corrupt(`part ${number} does not belong to this list`);
    }
    this.parts[number] = part;
  }
}
