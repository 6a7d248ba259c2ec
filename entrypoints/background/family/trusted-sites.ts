import { normalizeHost } from '@/rules/hosts/normalize';
import { invalidateLists, scamListsNaming, trustInThisBrowser } from '../blocklist';
import { addPersonal, readPersonalLists, removePersonalHosts } from '../personal-lists/index';
import { siteKey } from '../site-memory';

/**
 * The sites the user said they trust ("I trust this site" in the popup), kept as the TRUSTED
 * personal list (personal-lists/index.ts): the same list the options page shows and edits, synced
 * across the user's browsers. A trusted name covers its subdomains.
 *
 * What trust does is decided where the list is read: the content checks skip a trusted site
 * (handlers/content.ts), and the combined blocklist (blocklist.ts, rules/feeds/effective.ts) lets
 * it through the bundled list and unsigned feeds, but never through the project's signed feed.
 * A site a scam list names is never trusted from here: only the options page may do that, after
 * its warning, and synced trust of such a site waits for a confirmation (rules/personal/trust-review.ts).
 * Every change is a storage.sync write, which feeds/wiring.ts watches like a change made in the
 * options page: the combined lists are reloaded and the browser's blocking rules rebuilt.
 */
export interface TrustedSites {
  /** Trusted in this browser (pending trust of a listed site does not count). */
  isTrusted(url: string): Promise<boolean>;
  /**
   * Trusts the site of the URL (its registrable domain); returns that site, or null when it is
   * none or the lists are full. Throws TrustListedError when a scam list names it.
   */
  trust(url: string): Promise<string | null>;
  /** Takes back any trust that covers the URL; returns the URL's site, or null when it is none. */
  untrust(url: string): Promise<string | null>;
  list(): Promise<string[]>;
}

export const TRUST_LISTED_ERROR = 'trust-listed-site';
export class TrustListedError extends Error {}

/** The trusted names that cover a host: the host itself or a parent of it. */
function namesCovering(host: string, trusted: readonly string[]): string[] {
  return trusted.filter((name) => host === name || host.endsWith(`.${name}`));
}

export const trustedSites: TrustedSites = {
  async isTrusted(url) {
    const host = normalizeHost(url);
    return host !== null && namesCovering(host, (await trustInThisBrowser()).trusted).length > 0;
  },
  async trust(url) {
    const host = normalizeHost(url);
    if (host === null) return null;
    const site = siteKey(host);
    if ((await scamListsNaming(host)).length > 0 || (await scamListsNaming(site)).length > 0) throw new TrustListedError(TRUST_LISTED_ERROR);
    const added = (await addPersonal('trusted', site)).ok;
    invalidateLists(); // the answer must already see the change; feeds/wiring.ts also rebuilds the rules
    return added ? site : null;
  },
  async untrust(url) {
    const host = normalizeHost(url);
    if (host === null) return null;
    const covering = namesCovering(host, (await readPersonalLists()).trusted);
    if (covering.length > 0) await removePersonalHosts(covering);
    invalidateLists();
    return siteKey(host);
  },
  async list() {
    return (await readPersonalLists()).trusted;
  },
};
