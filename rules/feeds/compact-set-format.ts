import { FeedError } from './errors.ts';

/**
 * Binary layout of a compiled host set, stored as one ArrayBuffer (one IndexedDB value) and
 * used in memory exactly as stored, so loading does no per-entry work.
 *
 *   offset 0   header, 8 little-endian u32:
 *              magic (bytes "SHSS"), format version, entry count, shape (bucket bits, plus group
 *              bits << 8, part bits << 16 and part index << 24, see "Parts" below), hash seed, checksum (of the body, count, shape and seed), total byte
 *              length, reserved (0)
 *   offset 32  bucket words: u32[2^bits + 1], one a bucket: in the high 16 bits where its entries
 *              start, counted from the first entry of its group (2^groupBits buckets); in the low
 *              16 bits a presence mask, bit t set when one of its heads has t as its top 4 bits.
 *              The last word stands for the end: the start of a group past the last one.
 *   then       group starts: u32[2^(bits - groupBits) + 1], the first entry of each group (the last = count)
 *   then       fingerprint heads: u32[count], sorted by bucket, then by head and tail
 *   then       fingerprint tails: u16[count], in the same order, then zero padding to 4 bytes
 *
 * Each name has a 96-bit hash [h0, h1, h2] (host-hash.ts). Its bucket is the top `bits` bits of
 * h0; its fingerprint the 48 bits of h1 (its head) and the low 16 bits of h2 (its tail). A lookup
 * reads its bucket's word (the words of all buckets, 4 bytes a bucket, are small enough to stay in
 * the processor's cache while lookups run). When the mask has no bit for the head's top 4 bits,
 * the name is not listed: with about 4 entries a bucket that settles about 78 % of unlisted names
 * without reading any fingerprint. Otherwise it reads the next word and its group's start, and
 * scans its bucket's heads (about 4, 16 bytes: one cache line) up to the first greater one; only
 * an equal head (a hit, almost always) reads the tail. The mask only skips buckets that cannot
 * hold the name, so the answers are exactly the fingerprints' answers.
 * So a name costs 6 bytes plus 4 / (entries per bucket) bytes of words: 7.05 B at 1M names
 * (budget 8; at most 7.4 B at any size). The group starts add 4 bytes a 4,096 buckets.
 *
 * False positives: an unlisted name matches only if its bucket and its 48-bit fingerprint both
 * equal a listed name's, i.e. with probability (entries in its bucket) / 2^48 ≈ 4 / 2^48 ≈ 1.4e-14
 * per name checked, whatever the list size (bits grow with the count; at most 2e-14). A lookup
 * checks the host and each parent (2-4 names for most addresses): about 5e-14 per lookup, or one
 * false warning in about 2 × 10^13 page visits. The seed is random per compiled set, so no one can craft a name
 * that collides for every user.
 *
 * Parts: a big set is stored as 2^partBits sets of this same layout (set-parts.ts), so a woken worker reads
 * only the part a lookup needs. Part p holds the names whose h0 starts with the partBits bits of p; its
 * buckets are the next `bits` bits of h0. The shape word carries partBits and p, so a part read under the
 * wrong key, or mixed with another set's parts, is refused. A whole set has partBits 0 and part 0: every
 * set stored before parts existed reads the same.
 *
 * Version history: 1 = sorted 96-bit table plus a bucket index; 2 = 96-bit hashes in an ordered
 * linear-probing table at load 0.8 (15 B per name), still read and converted (compact-set-v2.ts);
 * 3 = buckets with head and tail interleaved (never released; refused, so the list is downloaded
 * again); 4 = this with a plain u32 index of bucket starts and no masks, still read and converted
 * (compact-set-v4.ts). The hash and fingerprints are the same since version 2.
 *
 * The body is read through typed-array views, i.e. in the platform's byte order; every browser
 * engine is little-endian, and `assertLittleEndian` refuses to run elsewhere.
 */
const MAGIC = 0x53534853; // the bytes "SHSS" on disk (little-endian)
export const FORMAT_VERSION = 5;
export const HEADER_BYTES = 32;
/** Average fingerprints per bucket the bucket count aims at: a scan of 2 on average, 1 B of words a name. */
const ENTRIES_PER_BUCKET = 4;
/** 2^27 buckets (512 MB of words) is far beyond any feed the extension accepts. */
export const MAX_BUCKET_BITS = 27;
/**
 * Buckets a group, at most: 2^12, whose entries (about 16,000 on average) leave a bucket's start
 * in its group far below 2^16. A set where some group would still overflow gets smaller groups.
 */
export const MAX_GROUP_BITS = 12;
/** A bucket word's presence mask has one bit for each value of a head's top 4 bits. */
export const MASK_KEY_SHIFT = 28;

/** Most part bits: 256 parts, enough for sets far beyond the largest feed the extension accepts. */
export const MAX_PART_BITS = 8;

/** Where a set's parts lie: bucket bits and group bits (format 5), from the header's shape word. */
export interface SetShape {
  bits: number;
  groupBits: number;
  /** For one part of a set stored in parts: how many top bits of h0 choose the part, and which part this is. */
  partBits: number;
  part: number;
}

export interface SetHeader {
  version: number;
  count: number;
  /** Version 5: bucket bits | group bits << 8. Version 4: bucket bits. Version 2: home slots. */
  shape: number;
  seed: number;
  checksum: number;
  byteLength: number;
}

export function bucketBitsFor(count: number): number {
  return Math.min(MAX_BUCKET_BITS, Math.max(0, Math.round(Math.log2(Math.max(1, count / ENTRIES_PER_BUCKET)))));
}

/**
 * The `bits` bits of h0 after its first `partBits` (those chose the part); 0 when bits is 0: a shift by
 * 32 would be a shift by 0 in JS.
 */
export function bucketOf(h0: number, bits: number, partBits = 0): number {
  return ((h0 << partBits) >>> 1) >>> (31 - bits);
}

/** The part of a set in 2^partBits parts that holds a name with this h0. */
export function partOf(h0: number, partBits: number): number {
  return partBits === 0 ? 0 : h0 >>> (32 - partBits);
}

export function shapeWord({ bits, groupBits, partBits, part }: SetShape): number {
  return (bits | (groupBits << 8) | (partBits << 16) | (part << 24)) >>> 0;
}

export function shapeOf(word: number): SetShape {
  return { bits: word & 0xff, groupBits: (word >>> 8) & 0xff, partBits: (word >>> 16) & 0xff, part: word >>> 24 };
}

export function bucketWordsFor(bits: number): number {
  return 2 ** bits + 1;
}

export function groupStartsFor({ bits, groupBits }: SetShape): number {
  return 2 ** (bits - groupBits) + 1;
}

/** Byte offset of the group starts. */
export function groupStartsOffset(bits: number): number {
  return HEADER_BYTES + 4 * bucketWordsFor(bits);
}

/** Byte offset of the fingerprint heads. */
export function headsOffset(shape: SetShape): number {
  return groupStartsOffset(shape.bits) + 4 * groupStartsFor(shape);
}

/** Byte offset of the fingerprint tails. */
export function tailsOffset(count: number, shape: SetShape): number {
  return headsOffset(shape) + 4 * count;
}

export function byteLengthFor(count: number, shape: SetShape): number {
  return tailsOffset(count, shape) + Math.ceil((2 * count) / 4) * 4;
}

export function writeHeader(buffer: ArrayBuffer, header: Omit<SetHeader, 'version'>): void {
  const view = new DataView(buffer);
  const words = [MAGIC, FORMAT_VERSION, header.count, header.shape, header.seed, header.checksum, header.byteLength, 0];
  words.forEach((word, i) => view.setUint32(i * 4, word >>> 0, true));
}

/**
 * Reads the header common to every version and checks what all versions share; throws FeedError
 * 'corrupt-set' with the reason. `versions` are the ones the caller can read.
 */
export function readAnyHeader(buffer: ArrayBuffer, versions: readonly number[]): SetHeader {
  if (buffer.byteLength < HEADER_BYTES) corrupt('it is shorter than its header');
  const view = new DataView(buffer);
  const word = (i: number): number => view.getUint32(i * 4, true);
  if (word(0) !== MAGIC) corrupt('it does not start with the host-set marker');
  if (word(7) !== 0) corrupt('its reserved header field is set');
  if (!versions.includes(word(1))) corrupt(`it has format version ${word(1)}, expected ${FORMAT_VERSION}`);
  const header: SetHeader = { version: word(1), count: word(2), shape: word(3), seed: word(4), checksum: word(5), byteLength: word(6) };
  if (header.byteLength !== buffer.byteLength) corrupt('its length does not match its header (truncated or padded)');
  return header;
}

/** Checks a version-5 header against the buffer's size; returns its shape. */
export function checkLayout(header: SetHeader): SetShape {
  const shape = shapeOf(header.shape);
  if (shape.bits + shape.partBits > MAX_BUCKET_BITS || shape.groupBits > Math.min(shape.bits, MAX_GROUP_BITS)) corrupt('its table size is out of range');
  if (shape.partBits > MAX_PART_BITS || shape.part >= 2 ** shape.partBits) corrupt('its part number is out of range');
  if (header.byteLength !== byteLengthFor(header.count, shape)) corrupt('its length does not match its entry count');
  return shape;
}

/**
 * FNV-style running checksum over the body words and the header fields that give them
 * meaning (count, table shape, seed), so a flipped bit anywhere in the buffer is caught.
 */
export function checksumOf(header: Pick<SetHeader, 'count' | 'shape' | 'seed'>, words: Uint32Array): number {
  let h = 0x811c9dc5 ^ words.length;
  for (const field of [header.count, header.shape, header.seed]) {
    h = Math.imul(h ^ field, 0x01000193);
    h ^= h >>> 15;
  }
  for (let i = 0; i < words.length; i++) {
    h = Math.imul(h ^ words[i]!, 0x01000193);
    h ^= h >>> 15;
  }
  return h >>> 0;
}

export function assertLittleEndian(): void {
  if (new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) {
    throw new Error('Compiled host sets need a little-endian platform.');
  }
}

export function corrupt(reason: string): never {
  throw new FeedError('corrupt-set', `The stored list is damaged: ${reason}. It will be downloaded again.`);
}
