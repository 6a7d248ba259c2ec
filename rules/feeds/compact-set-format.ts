import { FeedError } from './errors.ts';

/**
 * Binary layout of a compiled host set, stored as one ArrayBuffer (one IndexedDB value) and
 * used in memory exactly as stored, so loading does no per-entry work.
 *
 *   offset 0   header, 8 little-endian u32:
 *              magic (bytes "SHSS"), format version, entry count, bucket bits, hash seed,
 *              checksum (of the body, count, bits and seed), total byte length, reserved (0)
 *   offset 32  bucket index: u32[2^bits + 1], start of each bucket in the entry table
 *   then       entry table: u32[count * 3], the 96-bit hashes [h0, h1, h2] sorted ascending;
 *              bucket k holds the entries whose h0 has k as its top `bits` bits
 *
 * The body is read through Uint32Array views, i.e. in the platform's byte order; every
 * browser engine is little-endian, and `assertLittleEndian` refuses to run elsewhere.
 */
export const MAGIC = 0x53534853; // the bytes "SHSS" on disk (little-endian)
export const FORMAT_VERSION = 1;
export const HEADER_BYTES = 32;
export const WORDS_PER_ENTRY = 3;
export const MAX_BUCKET_BITS = 24;

export interface SetHeader {
  count: number;
  bucketBits: number;
  seed: number;
  checksum: number;
  byteLength: number;
}

export function byteLengthFor(count: number, bucketBits: number): number {
  return HEADER_BYTES + 4 * (2 ** bucketBits + 1) + 4 * WORDS_PER_ENTRY * count;
}

/** About 2-4 entries per bucket: a probe reads one index pair and a few adjacent entries. */
export function bucketBitsFor(count: number): number {
  return Math.max(1, Math.min(MAX_BUCKET_BITS, Math.floor(Math.log2(Math.max(count, 2) / 2))));
}

export function writeHeader(buffer: ArrayBuffer, header: SetHeader): void {
  const view = new DataView(buffer);
  const words = [MAGIC, FORMAT_VERSION, header.count, header.bucketBits, header.seed, header.checksum, header.byteLength, 0];
  words.forEach((word, i) => view.setUint32(i * 4, word >>> 0, true));
}

/** Reads and checks the header; throws FeedError 'corrupt-set' with the reason. */
export function readHeader(buffer: ArrayBuffer): SetHeader {
  if (buffer.byteLength < HEADER_BYTES) corrupt('it is shorter than its header');
  const view = new DataView(buffer);
  const word = (i: number): number => view.getUint32(i * 4, true);
  if (word(0) !== MAGIC) corrupt('it does not start with the host-set marker');
  if (word(7) !== 0) corrupt('its reserved header field is set');
  if (word(1) !== FORMAT_VERSION) corrupt(`it has format version ${word(1)}, expected ${FORMAT_VERSION}`);
  const header: SetHeader = { count: word(2), bucketBits: word(3), seed: word(4), checksum: word(5), byteLength: word(6) };
  if (header.bucketBits < 1 || header.bucketBits > MAX_BUCKET_BITS) corrupt('its bucket size is out of range');
  if (header.byteLength !== buffer.byteLength || byteLengthFor(header.count, header.bucketBits) !== buffer.byteLength) {
    corrupt('its length does not match its header (truncated or padded)');
  }
  return header;
}

/**
 * FNV-style running checksum over the body words and the header fields that give them
 * meaning (count, bucket bits, seed), so a flipped bit anywhere in the buffer is caught.
 */
export function checksumOf(header: Pick<SetHeader, 'count' | 'bucketBits' | 'seed'>, words: Uint32Array): number {
  let h = 0x811c9dc5 ^ words.length;
  for (const field of [header.count, header.bucketBits, header.seed]) {
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
