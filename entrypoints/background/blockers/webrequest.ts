import { browser, type Browser } from 'wxt/browser';

type BlockingResponse = Browser.webRequest.BlockingResponse;

/**
 * Firefox: listed sites are replaced by the warning page from a blocking webRequest listener,
 * which Firefox keeps for extensions and which may answer asynchronously (the list is loaded on
 * demand when the background page wakes). The listener must be registered at start-up.
 */
export function registerWebRequestBlocker(
  shouldRedirect: (url: string) => Promise<boolean>,
  interstitialFor: (url: string) => string,
): void {
  const listener = (details: { url: string }): Promise<BlockingResponse> =>
    shouldRedirect(details.url)
      .then((redirect): BlockingResponse => (redirect ? { redirectUrl: interstitialFor(details.url) } : {}))
      .catch((error: unknown) => {
        console.warn('[scam-sentinel] could not check', details.url, error);
        return {};
      });
  browser.webRequest.onBeforeRequest.addListener(
    // Chromium's types know only synchronous answers; Firefox accepts a promise.
    listener as unknown as (details: Browser.webRequest.OnBeforeRequestDetails) => BlockingResponse,
    { urls: ['http://*/*', 'https://*/*'], types: ['main_frame'] },
    ['blocking'],
  );
}
