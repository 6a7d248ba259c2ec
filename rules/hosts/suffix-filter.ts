import { decodeBase64 } from '../feeds/base64.ts';
import { SUFFIX_FILTER } from './suffix-filter-data.ts';

/**
 * "Certainly not a public suffix", for the feed parsers' hot path: every name of a 1M-line list is
 * asked whether it is a bare public suffix (host-entry.ts), and tldts's answer costs about 0.2 µs
 * and two objects a name, a fifth of a 1M-name sync in the browser. This rules out nearly every
 * name from a few of its characters, with nothing allocated; tldts answers the few it lets by.
 *
 * A name of two labels or more is a public suffix only if tldts's trie has an edge for its first
 * label below the top level (`co` in co.uk, `github` in github.io), or a `*` rule right under
 * the rest of the name (`*.ck` for x.ck). Both sets, taken from tldts's own data by
 * scripts/build-suffix-filter.ts, are kept as a Bloom filter: no false "no", a few percent of
 * false "maybe". tests/unit/hosts/suffix-filter.test.ts checks the data against the installed tldts.
 */

/** The filter's size in bits (8 KiB): about 6,400 keys at three probes each give 1.6% false hits a probe. */
const SUFFIX_FILTER_BITS = 1 << 16;
const PROBES = 3;
const LABEL_SEED = 0x811c9dc5;
const PARENT_SEED = 0x9e3779b9;

/** The filter for the first labels and the wildcard parents of every rule (the generator's and the test's). */
export function buildSuffixFilter(labels: Iterable<string>, wildcardParents: Iterable<string>): Uint8Array {
  const bits = new Uint8Array(SUFFIX_FILTER_BITS / 8);
  for (const label of labels) setKey(bits, spanKey(label, 0, label.length, LABEL_SEED));
  for (const parent of wildcardParents) setKey(bits, spanKey(parent, 0, parent.length, PARENT_SEED));
  return bits;
}

let filter: Uint8Array | undefined;

/** False when `host` (a normal host) is certainly no public suffix; true when tldts must be asked. */
export function mayBePublicSuffix(host: string): boolean {
  const dot = host.indexOf('.');
  if (dot === -1) return true;
  filter ??= decodeBase64(SUFFIX_FILTER)!;
  return hasKey(filter, spanKey(host, 0, dot, LABEL_SEED)) || hasKey(filter, spanKey(host, dot + 1, host.length, PARENT_SEED));
}

/**
 * A hash of text[start, end) from its length and five of its characters (first two, middle, last
 * two): the same cost for any name, where hashing every character of a million names would cost
 * half of what the filter saves. Names that share these only share a key, which costs a tldts call.
 */
function spanKey(text: string, start: number, end: number, seed: number): number {
  const last = end - 1;
  let hash = Math.imul(seed ^ (end - start), 0x01000193);
  hash = Math.imul(hash ^ text.charCodeAt(start), 0x01000193);
  hash = Math.imul(hash ^ text.charCodeAt(Math.min(start + 1, last)), 0x01000193);
  hash = Math.imul(hash ^ text.charCodeAt((start + last) >>> 1), 0x01000193);
  hash = Math.imul(hash ^ text.charCodeAt(Math.max(last - 1, start)), 0x01000193);
  hash = Math.imul(hash ^ text.charCodeAt(last), 0x01000193);
  return hash >>> 0;
}

/** The probes' bit positions: double hashing, the step odd so that the three differ. */
function probe(hash: number, i: number): number {
  const step = (Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d) >>> 0) | 1;
  return (hash + Math.imul(step, i)) & (SUFFIX_FILTER_BITS - 1);
}

function setKey(bits: Uint8Array, hash: number): void {
  for (let i = 0; i < PROBES; i++) {
    const bit = probe(hash, i);
    bits[bit >>> 3]! |= 1 << (bit & 7);
  }
}

function hasKey(bits: Uint8Array, hash: number): boolean {
  for (let i = 0; i < PROBES; i++) {
    const bit = probe(hash, i);
    if ((bits[bit >>> 3]! & (1 << (bit & 7))) === 0) return false;
  }
  return true;
}
