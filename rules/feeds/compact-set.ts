import { buildCompactSetBuffer, buildFromHashes, type SortedFingerprints } from './compact-set-build.ts';
import {
  assertLittleEndian,
  bucketOf,
  bucketWordsFor,
  checkLayout,
  checksumOf,
  corrupt,
  FORMAT_VERSION,
  groupStartsFor,
  groupStartsOffset,
  HEADER_BYTES,
  headsOffset,
  MASK_KEY_SHIFT,
  readAnyHeader,
  type SetShape,
  tailsOffset,
} from './compact-set-format.ts';
import { hashesOfVersion2, VERSION_2 } from './compact-set-v2.ts';
import { convertVersion4, VERSION_4 } from './compact-set-v4.ts';
import { hashSuffixes, MAX_SUFFIXES } from './host-hash.ts';

/** Anything that can say whether a host (or a parent of it) is listed. */
export interface HostLookup {
  /** The listed name that matched (the host itself or a parent), or null. */
  lookup(host: string): string | null;
}

export interface LoadOptions {
  /**
   * Check the checksum over the whole buffer (about 2 ms per 1M entries in Node, 7-20 ms in a just-woken
   * worker). On by default: a damaged IndexedDB record must fail loudly, not answer from garbage. A caller
   * that turns it off checks checksumMatches() itself. The layout is checked either way, so an unchecked
   * buffer never reads out of bounds.
   */
  verifyChecksum?: boolean;
}

// Scratch space shared by all lookups (JS is single-threaded), so a lookup allocates nothing.
const scratchHashes = new Uint32Array(MAX_SUFFIXES * 3);
const scratchStarts = new Int32Array(MAX_SUFFIXES);

/**
 * A read-only set of hosts compiled to bucketed 48-bit fingerprints (layout and false-positive
 * rate: compact-set-format.ts), about 7 bytes per entry, answering for a host and all its
 * parents in one pass.
 *
 * Exactness: a hit means the queried name has the same bucket and fingerprint as a listed name;
 * an unlisted name hits with probability about 1.4e-14 per name checked (about 5e-14 per lookup
 * with its parents). Storing the names for a byte-exact check would cost 20+ bytes a name, over
 * the 8-byte budget: this is the documented trade-off.
 *
 * Queries must be normal hosts (normalizeHost output). Entries that are public suffixes are
 * never stored (the parsers drop them), so walking every parent is the same as walking
 * candidateDomains(host), without the cost of a public-suffix lookup per query.
 */
export class CompactHostSet implements HostLookup {
  private constructor(
    private readonly buffer: ArrayBuffer,
    /** Number of distinct hosts. */
    readonly size: number,
    /** Where its buckets lie, and which part of a set stored in parts it is (set-parts.ts). */
    readonly shape: SetShape,
    readonly seed: number,
    private readonly words: Uint32Array,
    private readonly groupStarts: Uint32Array,
    private readonly heads: Uint32Array,
    private readonly tails: Uint16Array,
    /** The buffer was converted from an older stored format: store toArrayBuffer() in its place. */
    readonly upgraded: boolean,
  ) {}

  /** Compiles hosts (normal, listable; duplicates allowed). The seed defaults to a random one. */
  static fromHosts(hosts: readonly string[], options: { seed?: number } = {}): CompactHostSet {
    const seed = options.seed ?? crypto.getRandomValues(new Uint32Array(1))[0]!;
    return CompactHostSet.fromArrayBuffer(buildCompactSetBuffer(hosts, seed >>> 0), { verifyChecksum: false });
  }

  /**
   * Uses a stored buffer as is (no copy, no per-entry work). A set stored in format version 2 or 4
   * is converted (see `upgraded`). Throws FeedError 'corrupt-set' when it is truncated, not a host
   * set, of an unknown format version, or fails its checksum.
   */
  static fromArrayBuffer(input: ArrayBuffer | Uint8Array, options: LoadOptions = {}): CompactHostSet {
    assertLittleEndian();
    let buffer = toOwnBuffer(input);
    let header = readAnyHeader(buffer, [FORMAT_VERSION, VERSION_4, VERSION_2]);
    const upgraded = header.version !== FORMAT_VERSION;
    if (upgraded) {
      buffer = header.version === VERSION_4 ? convertVersion4(buffer, header) : buildFromHashes(hashesOfVersion2(buffer, header), header.count, header.seed);
      header = readAnyHeader(buffer, [FORMAT_VERSION]);
    }
    const shape = checkLayout(header);
    if (!upgraded && options.verifyChecksum !== false && checksumOf(header, new Uint32Array(buffer, HEADER_BYTES)) !== header.checksum) {
      corrupt('its checksum does not match');
    }
    const words = new Uint32Array(buffer, HEADER_BYTES, bucketWordsFor(shape.bits));
    const groupStarts = new Uint32Array(buffer, groupStartsOffset(shape.bits), groupStartsFor(shape));
    if (groupStarts[0] !== 0 || groupStarts[groupStarts.length - 1] !== header.count || words[words.length - 1] !== 0) {
      corrupt('its bucket words do not match its entry count');
    }
    const heads = new Uint32Array(buffer, headsOffset(shape), header.count);
    const tails = new Uint16Array(buffer, tailsOffset(header.count, shape), header.count);
    return new CompactHostSet(buffer, header.count, shape, header.seed, words, groupStarts, heads, tails, upgraded);
  }

  /** Whether the buffer still matches the checksum in its header (for a set loaded without checking it). */
  checksumMatches(): boolean {
    const header = readAnyHeader(this.buffer, [FORMAT_VERSION]);
    return checksumOf(header, new Uint32Array(this.buffer, HEADER_BYTES)) === header.checksum;
  }

  /** The buffer to store (one IndexedDB value). Do not modify it. */
  toArrayBuffer(): ArrayBuffer {
    return this.buffer;
  }

  get byteLength(): number {
    return this.buffer.byteLength;
  }

  /**
   * The most specific listed name among the host and its parents, or null.
   * `lookup("a.b.scam.example")` returns "scam.example" when only that is listed.
   */
  lookup(host: string): string | null {
    const found = this.lookupStart(host);
    return found === -1 ? null : found === 0 ? host : host.slice(found);
  }

  /** Whether the host or one of its parents is listed. */
  matches(host: string): boolean {
    return this.lookupStart(host) !== -1;
  }

  /** Whether exactly this name is listed (parents not considered). */
  has(host: string): boolean {
    const n = hashSuffixes(host, this.seed, scratchHashes, scratchStarts);
    return this.holds(n - 1);
  }

  /**
   * Whether the name with hash words h0, h1, h2 (host-hash.ts, with this set's seed) is listed. For a
   * part of a set stored in parts, only names of this part may be asked (set-parts.ts picks the part).
   */
  holdsHash(h0: number, h1: number, h2: number): boolean {
    const words = this.words;
    const bucket = bucketOf(h0, this.shape.bits, this.shape.partBits);
    const word = words[bucket]!;
    if ((word & (1 << (h1 >>> MASK_KEY_SHIFT))) === 0) return false;
    const groupBits = this.shape.groupBits;
    const from = this.groupStarts[bucket >>> groupBits]! + (word >>> 16);
    const to = this.groupStarts[(bucket + 1) >>> groupBits]! + (words[bucket + 1]! >>> 16);
    return this.scan(from, to, h1, h2);
  }

  /** Its fingerprints in order, with where each bucket starts: what splitting a set into parts reads. */
  fingerprints(): SortedFingerprints {
    const { bits, groupBits, partBits, part } = this.shape;
    const starts = new Uint32Array(this.words.length);
    for (let b = 0; b < starts.length; b++) starts[b] = this.groupStarts[b >>> groupBits]! + (this.words[b]! >>> 16);
    return { bits, starts, heads: this.heads, tails: this.tails, partBits, part };
  }

  /** Index in `host` where the most specific listed suffix starts, or -1. */
  private lookupStart(host: string): number {
    // Suffixes come shortest first; check the longest first so the first hit is the most specific.
    for (let k = hashSuffixes(host, this.seed, scratchHashes, scratchStarts) - 1; k >= 0; k--) {
      if (this.holds(k)) return scratchStarts[k]!;
    }
    return -1;
  }

  /** Whether suffix k of the last hashSuffixes() call is listed. */
  private holds(k: number): boolean {
    return this.holdsHash(scratchHashes[k * 3]!, scratchHashes[k * 3 + 1]!, scratchHashes[k * 3 + 2]!);
  }

  /**
   * Whether entries [from, to) (one bucket) hold the fingerprint of hash words h1, h2. A bucket
   * is sorted by head, so the scan stops at the first head not below h1: a miss reads half a
   * bucket of heads on average and never a tail.
   */
  private scan(from: number, to: number, h1: number, h2: number): boolean {
    const heads = this.heads;
    for (let i = from; i < to; i++) {
      const head = heads[i]!;
      if (head >= h1) return head === h1 && this.hasTail(i, to, h1, h2 & 0xffff);
    }
    return false;
  }

  /** Entries with equal heads are sorted by tail; look through all of them (almost always one). */
  private hasTail(from: number, to: number, h1: number, tail: number): boolean {
    for (let i = from; i < to && this.heads[i] === h1; i++) if (this.tails[i] === tail) return true;
    return false;
  }
}

/** Typed-array views need an aligned start; copy only when the input is a misaligned view. */
function toOwnBuffer(input: ArrayBuffer | Uint8Array): ArrayBuffer {
  if (input instanceof ArrayBuffer) return input;
  if (input.byteOffset === 0 && input.byteLength === input.buffer.byteLength && input.buffer instanceof ArrayBuffer) {
    return input.buffer;
  }
  return input.slice().buffer as ArrayBuffer;
}
