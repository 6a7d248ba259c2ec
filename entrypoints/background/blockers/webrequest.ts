import { browser, type Browser } from 'wxt/browser';

type BlockingResponse = Browser.webRequest.BlockingResponse;

/** What the blocker needs to know about a request, and where it sends a blocked one. */
export interface WebRequestPolicy {
  /** The page shown instead of a listed site opened in a tab, or null to let it load. */
  pageFor(url: string): Promise<string | null>;
  /** The page shown in a frame instead of a listed site, or null to let it load. */
  framePageFor(url: string, parentUrl: string | undefined): Promise<string | null>;
}

/**
 * Firefox: listed sites are replaced by the warning page (in a frame: the "blocked" frame page)
 * from a blocking webRequest listener, which Firefox keeps for extensions and which may answer
 * asynchronously: a request waits while the background loads its lists rather than slip through.
 * The listener must be registered synchronously at start-up.
 */
export function registerWebRequestBlocker(policy: WebRequestPolicy): void {
  const listener = (details: { url: string; type: string; documentUrl?: string }): Promise<BlockingResponse> =>
    (details.type === 'sub_frame' ? policy.framePageFor(details.url, details.documentUrl) : policy.pageFor(details.url))
      .then((redirectUrl): BlockingResponse => (redirectUrl !== null ? { redirectUrl } : {}))
      .catch((error: unknown) => {
        console.warn('[scam-sentinel] could not check', details.url, error);
        return {};
      });
  browser.webRequest.onBeforeRequest.addListener(
    // Chromium's types know only synchronous answers; Firefox accepts a promise.
    listener as unknown as (details: Browser.webRequest.OnBeforeRequestDetails) => BlockingResponse,
    { urls: ['http://*/*', 'https://*/*'], types: ['main_frame', 'sub_frame'] },
    ['blocking'],
  );
}
