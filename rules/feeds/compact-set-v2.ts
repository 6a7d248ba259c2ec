import { checksumOf, corrupt, HEADER_BYTES, type SetHeader } from './compact-set-format.ts';

export const VERSION_2 = 2;
const WORDS_PER_SLOT = 3;

/**
 * Reads a host set stored in format version 2 (96-bit hashes in an ordered linear-probing table,
 * 12 bytes a slot, empty slots [0xffffffff, 0, 0]) so it can be converted, not dropped: a feed
 * stored before an update keeps protecting until its next download. The hash function did not
 * change, so the same hashes and seed give the very same set in the current format.
 * Returns the stored hashes, 3 words per name.
 */
export function hashesOfVersion2(buffer: ArrayBuffer, header: SetHeader): Uint32Array {
  if ((buffer.byteLength - HEADER_BYTES) % (4 * WORDS_PER_SLOT) !== 0) corrupt('its length does not fit its table');
  const table = new Uint32Array(buffer, HEADER_BYTES);
  if (checksumOf(header, table) !== header.checksum) corrupt('its checksum does not match');
  const hashes = new Uint32Array(header.count * WORDS_PER_SLOT);
  let found = 0;
  for (let p = 0; p < table.length; p += WORDS_PER_SLOT) {
    if (table[p] === 0xffffffff && table[p + 1] === 0 && table[p + 2] === 0) continue; // an empty slot
    if (found === header.count) corrupt('it holds more entries than its header says');
    hashes.set(table.subarray(p, p + WORDS_PER_SLOT), found * WORDS_PER_SLOT);
    found += 1;
  }
  if (found !== header.count) corrupt('it holds fewer entries than its header says');
  return hashes;
}
