import { decodeBase58Check } from './base58.ts';
import { isValidBech32 } from './bech32.ts';

/**
 * Crypto deposit addresses in page text (the RAW text: base58 is case-sensitive, so never the
 * lower-cased normalised text). Checksums are verified where the format has one (BTC base58check and
 * bech32, TRON base58check), so random words and hashes are not mistaken for addresses.
 */
export type AddressKind = 'btc' | 'evm' | 'tron' | 'ss58';

export interface FoundAddress {
  kind: AddressKind;
  address: string;
  /** Offset in the text, to read the words around it. */
  index: number;
}

// Candidates are maximal runs of ASCII letters and digits, found by a plain character loop (no regex over
// the page); only runs of a possible address length are then checked against the exact shapes below.
const MIN_RUN = 25;
const MAX_RUN = 90;
const EVM_SHAPE = /^0x[0-9a-fA-F]{40}$/;
const BECH32_SHAPE = /^[bB][cC]1[02-9ac-hj-np-zAC-HJ-NP-Z]{11,71}$/;
const BASE58_SHAPE = /^[1-9A-HJ-NP-Za-km-z]{25,48}$/;

function isAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

const MAX_CANDIDATES = 200;
const TRON_VERSION = 0x41;
const BTC_VERSIONS = new Set([0x00, 0x05]);
const SS58_MIN = 46;

/** Famous addresses that documentation uses as examples (genesis block, BIP 173 vector, burn addresses). */
const EXAMPLES = new Set([
  '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa',
  'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4',
  '0x0000000000000000000000000000000000000000',
  '0x000000000000000000000000000000000000dead',
  '0xd8da6bf26964af9d7eed9e03e53415d37aa96045',
]);

function classify(token: string): AddressKind | null {
  if (EVM_SHAPE.test(token)) return 'evm';
  if (BECH32_SHAPE.test(token)) return isValidBech32(token, 'bc') ? 'btc' : null;
  if (!BASE58_SHAPE.test(token)) return null;
  if (token.length >= SS58_MIN) return 'ss58'; // only ever looked up in a known set, never shown as "deposit"
  const first = token[0];
  if (first !== 'T' && first !== '1' && first !== '3') return null;
  const payload = decodeBase58Check(token);
  if (payload === null || payload.length !== 21) return null;
  if (first === 'T') return payload[0] === TRON_VERSION ? 'tron' : null;
  return BTC_VERSIONS.has(payload[0]!) ? 'btc' : null;
}

/** The key under which an address is stored in scam sets: EVM addresses are case-insensitive. */
export function addressKey(address: string): string {
  return address.startsWith('0x') || address.startsWith('0X') ? address.toLowerCase() : address;
}

/**
 * Has the text a run of at least MIN_RUN ASCII letters/digits, i.e. any address candidate at all? Such a
 * run covers at least one position that is a multiple of MIN_RUN, so only those positions are probed, each
 * grown into its run: about a third of the characters are read instead of all of them.
 */
export function hasAddressSizedRun(text: string): boolean {
  let checkedUpTo = 0;
  for (let probe = MIN_RUN - 1; probe < text.length; probe += MIN_RUN) {
    if (probe < checkedUpTo || !isAlphanumeric(text.charCodeAt(probe))) continue;
    let start = probe;
    while (start > 0 && isAlphanumeric(text.charCodeAt(start - 1))) start--;
    let end = probe + 1;
    while (end < text.length && isAlphanumeric(text.charCodeAt(end))) end++;
    if (end - start >= MIN_RUN) return true;
    checkedUpTo = end;
  }
  return false;
}

export function extractAddresses(text: string): FoundAddress[] {
  const found: FoundAddress[] = [];
  const seen = new Set<string>();
  let candidates = 0;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isAlphanumeric(text.charCodeAt(i))) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const length = i - start;
    const runStart = start;
    start = -1;
    if (length < MIN_RUN || length > MAX_RUN) continue;
    if (++candidates > MAX_CANDIDATES) break;
    const token = text.slice(runStart, i);
    const key = addressKey(token);
    if (seen.has(key) || EXAMPLES.has(key)) continue;
    const kind = classify(token);
    if (kind === null) continue;
    seen.add(key);
    found.push({ kind, address: token, index: runStart });
  }
  return found;
}
