import { browser } from 'wxt/browser';

/**
 * The last check, when a page has already opened in a tab: some visits never reach the blocking
 * rules or the request listener, above all a page served by the site's own service worker (a site
 * visited before it was listed answers later visits from its cache). A listed page that shows up
 * in a tab without the user's "Continue anyway" is replaced by the warning page. The site's stored
 * data is left alone: touching it would need a permission the extension does not ask for.
 */
export function registerCommitCheck(shouldRedirect: (url: string) => Promise<boolean>, interstitialFor: (url: string) => string): void {
  const check = (tabId: number, url: string) => {
    if (tabId < 0 || !/^https?:\/\//i.test(url)) return;
    void shouldRedirect(url)
      .then((redirect) => (redirect ? browser.tabs.update(tabId, { url: interstitialFor(url) }) : undefined))
      .catch((error: unknown) => console.warn('[scam-sentinel] page check at commit:', error));
  };
  // Every commit, also of the address the tab already shows (a reload, the same link again).
  browser.webNavigation.onCommitted.addListener(({ tabId, frameId, url }) => {
    if (frameId === 0) check(tabId, url);
  });
}
