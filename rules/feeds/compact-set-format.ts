import { FeedError } from './errors.ts';

/**
 * Binary layout of a compiled host set, stored as one ArrayBuffer (one IndexedDB value) and
 * used in memory exactly as stored, so loading does no per-entry work.
 *
 *   offset 0   header, 8 little-endian u32:
 *              magic (bytes "SHSS"), format version, entry count, home slots, hash seed,
 *              checksum (of the body, count, home slots and seed), total byte length, reserved (0)
 *   offset 32  slot table: u32[slots * 3], slots = (byte length - 32) / 12
 *
 * The slot table is an ordered linear-probing hash table of the 96-bit hashes [h0, h1, h2].
 * An entry's home slot is homeSlotOf(h0, homeSlots), which grows with h0; entries are placed in
 * ascending hash order, each at its home slot or the slot after the previous entry, whichever
 * is later. So a lookup reads one spot of memory (its home slot, ~3 slots on average at the
 * load factor below) instead of an index and then the table, and it can stop at the first
 * slot whose h0 is greater than its own. Empty slots hold EMPTY_SLOT: its h0 (0xffffffff) is
 * greater than that of every hash whose scan can reach an empty slot (only the last home slot
 * has hashes with that h0, and empty slots are always before it), so it ends those scans and
 * never equals a query. The table ends after its last entry (empty trailing slots are dropped;
 * a query whose home slot is past the end is simply absent), and entries pushed past the last
 * home slot run on after it.
 *
 * Version history: 1 = sorted table plus a 2^bits bucket index (two dependent reads per name),
 * one character per hash step.
 *
 * The body is read through Uint32Array views, i.e. in the platform's byte order; every
 * browser engine is little-endian, and `assertLittleEndian` refuses to run elsewhere.
 */
export const MAGIC = 0x53534853; // the bytes "SHSS" on disk (little-endian)
export const FORMAT_VERSION = 2;
export const HEADER_BYTES = 32;
export const WORDS_PER_ENTRY = 3;
export const EMPTY_SLOT = [0xffffffff, 0, 0] as const;
/** Entries per home slot: 12 B / 0.8 = 15 B per entry (budget 16), ~3 slots read per lookup. */
export const LOAD_FACTOR = 0.8;
/** More than any feed the extension accepts (a 2^27-slot table would be 1.5 GB). */
export const MAX_HOME_SLOTS = 2 ** 27;

export interface SetHeader {
  count: number;
  homeSlots: number;
  seed: number;
  checksum: number;
  byteLength: number;
}

export function homeSlotsFor(count: number): number {
  return Math.max(1, Math.ceil(count / LOAD_FACTOR));
}

/**
 * floor(h0 * homeSlots / 2^32): exact in doubles (the product is below 2^53 and the scaling is
 * by a power of two), so the compiler and every lookup agree on it.
 */
export function homeSlotOf(h0: number, homeSlots: number): number {
  return Math.floor(h0 * homeSlots * 2 ** -32);
}

export function byteLengthFor(slots: number): number {
  return HEADER_BYTES + 4 * WORDS_PER_ENTRY * slots;
}

export function writeHeader(buffer: ArrayBuffer, header: SetHeader): void {
  const view = new DataView(buffer);
  const words = [MAGIC, FORMAT_VERSION, header.count, header.homeSlots, header.seed, header.checksum, header.byteLength, 0];
  words.forEach((word, i) => view.setUint32(i * 4, word >>> 0, true));
}

/** Reads and checks the header; throws FeedError 'corrupt-set' with the reason. */
export function readHeader(buffer: ArrayBuffer): SetHeader & { slots: number } {
  if (buffer.byteLength < HEADER_BYTES) corrupt('it is shorter than its header');
  const view = new DataView(buffer);
  const word = (i: number): number => view.getUint32(i * 4, true);
  if (word(0) !== MAGIC) corrupt('it does not start with the host-set marker');
  if (word(7) !== 0) corrupt('its reserved header field is set');
  if (word(1) !== FORMAT_VERSION) corrupt(`it has format version ${word(1)}, expected ${FORMAT_VERSION}`);
  const header: SetHeader = { count: word(2), homeSlots: word(3), seed: word(4), checksum: word(5), byteLength: word(6) };
  if (header.homeSlots < 1 || header.homeSlots > MAX_HOME_SLOTS) corrupt('its table size is out of range');
  if (header.byteLength !== buffer.byteLength || (buffer.byteLength - HEADER_BYTES) % (4 * WORDS_PER_ENTRY) !== 0) {
    corrupt('its length does not match its header (truncated or padded)');
  }
  const slots = (buffer.byteLength - HEADER_BYTES) / (4 * WORDS_PER_ENTRY);
  // Every entry has a slot, and the only slots past the home slots are entries pushed there.
  if (header.count > slots || slots > header.homeSlots + header.count) corrupt('its entry count does not fit its table');
  return { ...header, slots };
}

/**
 * FNV-style running checksum over the body words and the header fields that give them
 * meaning (count, home slots, seed), so a flipped bit anywhere in the buffer is caught.
 */
export function checksumOf(header: Pick<SetHeader, 'count' | 'homeSlots' | 'seed'>, words: Uint32Array): number {
  let h = 0x811c9dc5 ^ words.length;
  for (const field of [header.count, header.homeSlots, header.seed]) {
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
