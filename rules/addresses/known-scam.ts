import { addressKey } from './extract.ts';
import { POLKADOT_SCAM_ADDRESSES } from './polkadot-scam-addresses.ts';

/**
 * Addresses known to belong to scams. The bundled part is only the Apache-2.0 polkadot-js list. Other
 * lists (ScamSniffer's EVM address.json is GPL-3.0, so it must not be bundled in rules/) are loaded at
 * run time by whoever has them — the scanner CLI, the eval, tests — through setKnownScamAddresses().
 * Module state on purpose: one set per process/extension context, built once, looked up per page.
 */
const BUNDLED: ReadonlySet<string> = new Set(POLKADOT_SCAM_ADDRESSES);
let loaded: ReadonlySet<string> = new Set();

/** Replaces the run-time scam-address set (EVM addresses in any case). */
export function setKnownScamAddresses(addresses: Iterable<string>): void {
  const next = new Set<string>();
  for (const address of addresses) {
    const trimmed = address.trim();
    if (trimmed !== '') next.add(addressKey(trimmed));
  }
  loaded = next;
}

export function isKnownScamAddress(address: string): boolean {
  const key = addressKey(address);
  return BUNDLED.has(key) || loaded.has(key);
}
