/**
 * A 96-bit non-cryptographic hash of a host and of each of its parent names, computed in one
 * right-to-left pass: hashing from the last character backwards means the state reached at a
 * dot is exactly the hash of the name to its right, so "a.b.example.com" yields the hashes of
 * example.com, b.example.com and a.b.example.com for the price of one.
 *
 * Three 32-bit lanes with different odd multipliers and xor-shifts, all Math.imul (no BigInt),
 * then a bijective cross-lane finaliser, so two names collide only if all 96 bits of state do.
 * Each step takes two characters (one 32-bit word) unless one of them is a dot, which halves
 * the mixing work on the hot path of every lookup. Changing any of this changes every stored
 * hash: bump FORMAT_VERSION in compact-set-format.ts.
 * A per-set random seed makes collisions impossible to pre-compute for a given user's set.
 */

/** Most suffixes a valid host (<= 253 characters) can have. */
export const MAX_SUFFIXES = 128;

/**
 * Writes [h0, h1, h2] for every suffix of `host` that has at least two labels, and for the
 * whole host, into `out` (3 words per suffix), shortest suffix first and the whole host last.
 * The bare last label (the TLD) is skipped: no list entry can be a single label.
 * `starts[k]` receives the index in `host` where suffix k begins. Returns the number written.
 */
export function hashSuffixes(host: string, seed: number, out: Uint32Array, starts: Int32Array): number {
  let a = seed ^ 0x811c9dc5;
  let b = Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) ^ 0x7f4a7c15;
  let c = (seed + 0x6a09e667) | 0;
  let count = 0;
  let seenDot = false;
  let i = host.length - 1;
  while (i >= 0) {
    let x = host.charCodeAt(i);
    if (x === 46 /* . */) {
      if (seenDot && count < MAX_SUFFIXES - 1) {
        finalise(a, b, c, host.length - i - 1, out, count * 3);
        starts[count++] = i + 1;
      }
      seenDot = true;
      i -= 1;
    } else {
      // Two characters per step when neither is a dot. Grouping from the right end means the
      // state at a dot depends only on the characters after it, as the suffix hashes need.
      const y = i > 0 ? host.charCodeAt(i - 1) : 46;
      if (y !== 46) {
        x |= y << 16;
        i -= 2;
      } else {
        i -= 1;
      }
    }
    a = Math.imul(a ^ x, 0x9e3779b1);
    a ^= a >>> 15;
    b = Math.imul(b ^ x, 0x85ebca77);
    b ^= b >>> 13;
    c = Math.imul(c ^ x, 0xc2b2ae3d);
    c ^= c >>> 16;
  }
  finalise(a, b, c, host.length, out, count * 3);
  starts[count++] = 0;
  return count;
}

function finalise(a: number, b: number, c: number, length: number, out: Uint32Array, at: number): void {
  const h0 = fmix32(a ^ Math.imul(length, 0x27d4eb2f));
  const h1 = fmix32((b + h0) | 0);
  out[at] = h0;
  out[at + 1] = h1;
  out[at + 2] = fmix32(c ^ h1);
}

/** MurmurHash3's finaliser: a bijection on 32 bits with full avalanche. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
