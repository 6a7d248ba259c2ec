import { browser } from 'wxt/browser';
import { blockedUrlOf } from '../self';

/**
 * The last check, when a page has already opened in a tab: some visits never reach the blocking
 * rules or the request listener, above all a page served by the site's own service worker (a site
 * visited before it was listed answers later visits from its cache). A listed page that shows up
 * in a tab without the user's "Continue anyway" is replaced by the warning page. The site's stored
 * data is left alone: touching it would need a permission the extension does not ask for.
 *
 * A tab already showing, or on its way to, the warning page for that page is left alone: after a worker wake
 * this check often answers just after the navigation check (feeds/wiring.ts) has sent the tab there, and
 * sending it again would cut that navigation off and start it over, or load the warning page twice.
 */
export function registerCommitCheck(shouldRedirect: (url: string) => Promise<boolean>, interstitialFor: (url: string) => string): void {
  const check = (tabId: number, url: string) => {
    if (tabId < 0 || !/^https?:\/\//i.test(url)) return;
    void shouldRedirect(url)
      .then(async (redirect) => {
        if (redirect && !(await warningUnderWay(tabId, url))) await browser.tabs.update(tabId, { url: interstitialFor(url) });
      })
      .catch((error: unknown) => console.warn('[scam-sentinel] page check at commit:', error));
  };
  // Every commit, also of the address the tab already shows (a reload, the same link again).
  browser.webNavigation.onCommitted.addListener(({ tabId, frameId, url }) => {
    if (frameId === 0) check(tabId, url);
  });
}

/** Whether the tab shows, or is loading, the warning page for this URL. */
async function warningUnderWay(tabId: number, url: string): Promise<boolean> {
  const tab = await browser.tabs.get(tabId);
  return blockedUrlOf(tab.pendingUrl ?? tab.url ?? '') === url;
}
