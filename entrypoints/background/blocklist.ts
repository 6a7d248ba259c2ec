import { browser } from 'wxt/browser';
import { HostMatcher, parseHostList, type HostMatch } from '@/rules/hosts/host-list';
import { normalizeHost } from '@/rules/hosts/normalize';

/**
 * The lists that can stop a site before it loads. For now: the bundled list shipped in the
 * extension (public/lists/bundled.txt), parsed once per worker start and kept in memory.
 */
const BUNDLED_LIST_PATH = '/lists/bundled.txt';
const BUNDLED_LIST_NAME = 'Scam Sentinel bundled list';

let bundled: Promise<HostMatcher> | null = null;

export function bundledList(): Promise<HostMatcher> {
  bundled ??= loadBundledList().catch((error: unknown) => {
    bundled = null; // try again next time rather than stay unprotected for the session
    throw error;
  });
  return bundled;
}

async function loadBundledList(): Promise<HostMatcher> {
  const response = await fetch(browser.runtime.getURL(BUNDLED_LIST_PATH));
  if (!response.ok) throw new Error(`bundled list could not be read (HTTP ${response.status})`);
  const { entries, skipped } = parseHostList(await response.text(), BUNDLED_LIST_NAME);
  if (skipped > 0) console.warn(`[scam-sentinel] bundled list: ${skipped} invalid lines skipped`);
  return new HostMatcher(entries);
}

export interface Listing extends HostMatch {
  host: string;
}

/** Which list names the host of this URL, if any. */
export async function findListing(url: string): Promise<Listing | null> {
  if (!/^https?:\/\//i.test(url)) return null;
  const host = normalizeHost(url);
  if (host === null) return null;
  const match = (await bundledList()).match(host);
  return match ? { host, ...match } : null;
}
