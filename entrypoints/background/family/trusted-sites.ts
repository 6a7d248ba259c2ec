import { normalizeHost } from '@/rules/hosts/normalize';
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
 * Every change is a storage.sync write, which feeds/wiring.ts watches like a change made in the
 * options page: the combined lists are reloaded and the browser's blocking rules rebuilt.
 */
export interface TrustedSites {
  isTrusted(url: string): Promise<boolean>;
  /** Trusts the site of the URL (its registrable domain); returns that site, or null when it is none or the lists are full. */
  trust(url: string): Promise<string | null>;
  /** Takes back any trust that covers the URL; returns the URL's site, or null when it is none. */
  untrust(url: string): Promise<string | null>;
  list(): Promise<string[]>;
}

/** The trusted names that cover a host: the host itself or a parent of it. */
function namesCovering(host: string, trusted: readonly string[]): string[] {
  return trusted.filter((name) => host === name || host.endsWith(`.${name}`));
}

export const trustedSites: TrustedSites = {
  async isTrusted(url) {
    const host = normalizeHost(url);
    return host !== null && namesCovering(host, (await readPersonalLists()).trusted).length > 0;
  },
  async trust(url) {
    const host = normalizeHost(url);
    if (host === null) return null;
    const site = siteKey(host);
    return (await addPersonal('trusted', site)).ok ? site : null;
  },
  async untrust(url) {
    const host = normalizeHost(url);
    if (host === null) return null;
    const covering = namesCovering(host, (await readPersonalLists()).trusted);
    if (covering.length > 0) await removePersonalHosts(covering);
    return siteKey(host);
  },
  async list() {
    return (await readPersonalLists()).trusted;
  },
};
