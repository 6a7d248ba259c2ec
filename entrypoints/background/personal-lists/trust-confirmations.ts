import { browser } from 'wxt/browser';
import {
  loadTrustConfirmations,
  storedTrustConfirmations,
  TRUST_CONFIRMATIONS_KEY,
  withConfirmation,
  type TrustConfirmations,
} from '@/rules/personal/trust-review';
import { readPersonalRecords, trustedRecords } from './index';

/**
 * This browser's confirmations of trusted sites that a scam list names (rules/personal/trust-review.ts).
 * Kept in storage.local: a confirmation given in one browser never counts in another.
 * feeds/wiring.ts watches the key and rebuilds the blocking rules when it changes.
 */
export async function readTrustConfirmations(): Promise<TrustConfirmations> {
  return loadTrustConfirmations((await browser.storage.local.get(TRUST_CONFIRMATIONS_KEY))[TRUST_CONFIRMATIONS_KEY]);
}

/** Records that the user confirmed, in this browser, the current trust of `host` (false: it is not trusted). */
export async function saveTrustConfirmation(host: string): Promise<boolean> {
  const trusted = trustedRecords(await readPersonalRecords());
  if (!trusted.has(host)) return false;
  const confirmations = withConfirmation(await readTrustConfirmations(), host, trusted);
  await browser.storage.local.set({ [TRUST_CONFIRMATIONS_KEY]: storedTrustConfirmations(confirmations) });
  return true;
}

export function isTrustConfirmationsChange(area: string, changedKeys: string[]): boolean {
  return area === 'local' && changedKeys.includes(TRUST_CONFIRMATIONS_KEY);
}
