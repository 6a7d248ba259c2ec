import { browser } from 'wxt/browser';

/**
 * Whether the browser lets the extension read `url`'s site. A person can take this away in Chromium's
 * extension settings ("site access": on click, or on chosen sites only), as a scammer on the phone may
 * ask: then the page check cannot be put into the site's pages, the browser's own blocking rules no
 * longer act on it (they need host access) and the tab's address is hidden from the extension. Firefox
 * grants a Manifest V2 extension's host access for good, so there it is always true.
 */
export async function mayReadSite(url: string): Promise<boolean> {
  const { protocol, hostname } = new URL(url);
  try {
    return await browser.permissions.contains({ origins: [`${protocol}//${hostname}/*`] });
  } catch {
    return true; // a browser that cannot say withholds nothing we know of
  }
}
