import { browser } from 'wxt/browser';
import { normalizeHost } from '@/rules/hosts/normalize';
import { siteKey } from '../site-memory';

/**
 * The sites the user said they trust ("I trust this site"), by registrable domain.
 * A stop-gap store behind a small interface: when the personal lists (trusted/blocked sites)
 * exist, this interface is implemented by their TRUSTED list instead, and callers do not change.
 */
export interface TrustedSites {
  isTrusted(url: string): Promise<boolean>;
  trust(url: string): Promise<string | null>;
  untrust(url: string): Promise<string | null>;
  list(): Promise<string[]>;
}

const KEY = 'trustedSites';
const MAX_SITES = 2000;

async function read(): Promise<string[]> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  return Array.isArray(stored) ? stored.filter((v): v is string => typeof v === 'string') : [];
}

function keyOf(url: string): string | null {
  const host = normalizeHost(url);
  return host === null ? null : siteKey(host);
}

export const trustedSites: TrustedSites = {
  async isTrusted(url) {
    const key = keyOf(url);
    return key !== null && (await read()).includes(key);
  },
  async trust(url) {
    const key = keyOf(url);
    if (key === null) return null;
    const sites = await read();
    if (!sites.includes(key)) await browser.storage.local.set({ [KEY]: [...sites, key].slice(-MAX_SITES) });
    return key;
  },
  async untrust(url) {
    const key = keyOf(url);
    if (key === null) return null;
    await browser.storage.local.set({ [KEY]: (await read()).filter((site) => site !== key) });
    return key;
  },
  list: read,
};
