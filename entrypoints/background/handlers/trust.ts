import { browser } from 'wxt/browser';
import { normalizeHost } from '@/rules/hosts/normalize';
import type { SiteTrust } from '@/rules/family/answers';
import type { BackgroundMessage } from '@/rules/protocol';
import { scamListsNaming } from '../blocklist';
import { trustedSites } from '../family/trusted-sites';
import type { Handlers } from '../router';
import { siteKey } from '../site-memory';

/**
 * "I trust this site" in the popup. Trust silences the page-content checks. The popup may only
 * trust a site no scam list names (trustedSites.trust refuses the others): trusting a listed site
 * is done in the options page, after a warning (personal-lists/trust-listed.ts).
 * Family mode protects trusting and untrusting with the PIN (family/gate.ts).
 */
export const trustHandlers: Pick<Handlers['page'], 'page:siteTrust' | 'page:trustSite' | 'page:untrustSite'> = {
  'page:siteTrust': async ({ url }) => siteTrust(url),
  'page:trustSite': async ({ url }): Promise<SiteTrust> => {
    const site = await trustedSites.trust(url);
    if (site) await tellTabsOf(site);
    return siteTrust(url);
  },
  'page:untrustSite': async ({ url }): Promise<SiteTrust> => {
    const site = await trustedSites.untrust(url);
    if (site) await tellTabsOf(site);
    return siteTrust(url);
  },
};

async function siteTrust(url: string): Promise<SiteTrust> {
  const host = normalizeHost(url);
  return { site: siteOf(url), trusted: await trustedSites.isTrusted(url), listedBy: host === null ? [] : await scamListsNaming(host) };
}

function siteOf(url: string): string | null {
  const host = normalizeHost(url);
  return host === null ? null : siteKey(host);
}

/** Open pages of the site re-read their state (the banner goes away or comes back). */
async function tellTabsOf(site: string): Promise<void> {
  const message: BackgroundMessage = { type: 'background:siteChanged' };
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs
      .filter((tab) => tab.id !== undefined && tab.url !== undefined && siteOf(tab.url) === site)
      // A tab without our content script (not loaded yet, or a restricted page) simply does not answer.
      .map((tab) => browser.tabs.sendMessage(tab.id!, message).catch(() => undefined)),
  );
}
