import { buildCompactSetBuffer } from './compact-set-build.ts';
import { assertLittleEndian, checksumOf, corrupt, HEADER_BYTES, homeSlotOf, readHeader } from './compact-set-format.ts';
import { hashSuffixes, MAX_SUFFIXES } from './host-hash.ts';

/** Anything that can say whether a host (or a parent of it) is listed. */
export interface HostLookup {
  /** The listed name that matched (the host itself or a parent), or null. */
  lookup(host: string): string | null;
}

export interface LoadOptions {
  /**
   * Check the checksum over the whole buffer (about 1 ms per 100k entries). On by default:
   * a damaged IndexedDB record must fail loudly, not answer from garbage.
   */
  verifyChecksum?: boolean;
}

// Scratch space shared by all lookups (JS is single-threaded), so a lookup allocates nothing.
const scratchHashes = new Uint32Array(MAX_SUFFIXES * 3);
const scratchStarts = new Int32Array(MAX_SUFFIXES);
const scratchSlot = new Uint32Array(MAX_SUFFIXES);
const scratchFirst = new Uint32Array(MAX_SUFFIXES);

/**
 * A read-only set of hosts compiled to 96-bit hashes (layout: compact-set-format.ts), about
 * 15 bytes per entry, answering for a host and all its parents in one pass.
 *
 * Exactness: a hit means the 96-bit keyed hash of the queried name equals that of a listed
 * name. For a name that is not listed, the chance of a false hit is n / 2^96 per name checked
 * (1.3e-23 for n = 1,000,000; a browser checking 10 names a second for 100 years would see
 * about 4e-13 false hits). Storing the names themselves for byte-exact confirmation would cost
 * 20+ bytes per entry, over the 16-byte budget, so this is the documented trade-off.
 *
 * Queries must be normal hosts (normalizeHost output). Entries that are public suffixes are
 * never stored (the parsers drop them), so walking every parent is the same as walking
 * candidateDomains(host), without the cost of a public-suffix lookup per query.
 */
export class CompactHostSet implements HostLookup {
  /** Words in the slot table (3 per slot): a scan never reads at or past this. */
  private readonly end: number;

  private constructor(
    private readonly buffer: ArrayBuffer,
    /** Number of distinct hosts. */
    readonly size: number,
    private readonly homeSlots: number,
    private readonly seed: number,
    private readonly table: Uint32Array,
  ) {
    this.end = table.length;
  }

  /** Compiles hosts (normal, listable; duplicates allowed). The seed defaults to a random one. */
  static fromHosts(hosts: readonly string[], options: { seed?: number } = {}): CompactHostSet {
    const seed = options.seed ?? crypto.getRandomValues(new Uint32Array(1))[0]!;
    return CompactHostSet.fromArrayBuffer(buildCompactSetBuffer(hosts, seed >>> 0), { verifyChecksum: false });
  }

  /**
   * Uses a stored buffer as is (no copy, no per-entry work). Throws FeedError 'corrupt-set'
   * when it is truncated, not a host set, of another format version, or fails its checksum.
   */
  static fromArrayBuffer(input: ArrayBuffer | Uint8Array, options: LoadOptions = {}): CompactHostSet {
    assertLittleEndian();
    const buffer = toOwnBuffer(input);
    const header = readHeader(buffer);
    const table = new Uint32Array(buffer, HEADER_BYTES);
    if (options.verifyChecksum !== false && checksumOf(header, table) !== header.checksum) {
      corrupt('its checksum does not match');
    }
    return new CompactHostSet(buffer, header.count, header.homeSlots, header.seed, table);
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
    const at = (n - 1) * 3;
    return this.contains(scratchHashes[at]!, scratchHashes[at + 1]!, scratchHashes[at + 2]!);
  }

  /** Index in `host` where the most specific listed suffix starts, or -1. */
  private lookupStart(host: string): number {
    const n = hashSuffixes(host, this.seed, scratchHashes, scratchStarts);
    const table = this.table;
    const end = this.end;
    // First read every suffix's home slot: the loads are independent, so the CPU overlaps their
    // cache misses instead of paying for them one after another.
    for (let k = 0; k < n; k++) {
      const p = homeSlotOf(scratchHashes[k * 3]!, this.homeSlots) * 3;
      scratchSlot[k] = p;
      scratchFirst[k] = p < end ? table[p]! : 0xffffffff;
    }
    // Suffixes come shortest first; check the longest first so the first hit is the most specific.
    for (let k = n - 1; k >= 0; k--) {
      const h0 = scratchHashes[k * 3]!;
      if (scratchFirst[k]! > h0) continue; // past the end, an empty slot, or a greater hash
      if (this.scan(scratchSlot[k]!, h0, scratchHashes[k * 3 + 1]!, scratchHashes[k * 3 + 2]!)) {
        return scratchStarts[k]!;
      }
    }
    return -1;
  }

  private contains(h0: number, h1: number, h2: number): boolean {
    return this.scan(homeSlotOf(h0, this.homeSlots) * 3, h0, h1, h2);
  }

  /** Looks for [h0, h1, h2] from word offset `from` (a home slot) until a greater h0 or the end. */
  private scan(from: number, h0: number, h1: number, h2: number): boolean {
    const table = this.table;
    const end = this.end;
    for (let p = from; p < end; p += 3) {
      const w0 = table[p]!;
      if (w0 === h0) {
        if (table[p + 1] === h1 && table[p + 2] === h2) return true;
      } else if (w0 > h0) {
        return false;
      }
    }
    return false;
  }
}

/** Uint32Array views need a 4-byte-aligned start; copy only when the input is a misaligned view. */
function toOwnBuffer(input: ArrayBuffer | Uint8Array): ArrayBuffer {
  if (input instanceof ArrayBuffer) return input;
  if (input.byteOffset === 0 && input.byteLength === input.buffer.byteLength && input.buffer instanceof ArrayBuffer) {
    return input.buffer;
  }
  return input.slice().buffer as ArrayBuffer;
}
