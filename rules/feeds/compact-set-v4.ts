import { writeSetBuffer } from './compact-set-build.ts';
import { checksumOf, corrupt, HEADER_BYTES, MAX_BUCKET_BITS, type SetHeader } from './compact-set-format.ts';

export const VERSION_4 = 4;

/**
 * Converts a host set stored in format version 4 (the same fingerprints, with a plain u32 index
 * of bucket starts: u32[2^bits + 1] index, u32[count] heads, u16[count] tails, padding to 4
 * bytes) to the current format, so a feed stored before an update keeps protecting. Only the
 * bucket words are new: no name is hashed again, and the answers stay the same.
 */
export function convertVersion4(buffer: ArrayBuffer, header: SetHeader): ArrayBuffer {
  const bits = header.shape;
  const indexWords = 2 ** bits + 1;
  const count = header.count;
  if (bits > MAX_BUCKET_BITS) corrupt('its table size is out of range');
  if (header.byteLength !== HEADER_BYTES + 4 * indexWords + 4 * count + Math.ceil((2 * count) / 4) * 4) {
    corrupt('its length does not match its entry count');
  }
  if (checksumOf(header, new Uint32Array(buffer, HEADER_BYTES)) !== header.checksum) corrupt('its checksum does not match');
  const starts = new Uint32Array(buffer, HEADER_BYTES, indexWords);
  if (starts[0] !== 0 || starts[indexWords - 1] !== count) corrupt('its bucket index does not match its entry count');
  const headsAt = HEADER_BYTES + 4 * indexWords;
  const heads = new Uint32Array(buffer, headsAt, count);
  const tails = new Uint16Array(buffer, headsAt + 4 * count, count);
  return writeSetBuffer({ bits, starts, heads, tails }, header.seed);
}
