/**
 * Shadow roots for the page check, closed ones included where the browser lets a content script have them:
 * Firefox gives content scripts `Element.openOrClosedShadowRoot`, so a page cannot hide its text from the check
 * in a closed shadow root there. Chromium's way (`dom.openOrClosedShadowRoot`) is an extension-API call of about
 * 1 µs an element, too dear to make for every element of every page: there only open shadow roots are read.
 */
import { loadedBannerChunk } from '@/components/lib/banner-chunk';

type WithClosedRoot = Element & { openOrClosedShadowRoot?: ShadowRoot | null };

/** Whether this browser gives the content script closed shadow roots (asked of the first element read). */
let closedRootsReadable: boolean | undefined;

export function shadowRootOf(el: Element): ShadowRoot | null {
  closedRootsReadable ??= 'openOrClosedShadowRoot' in el;
  if (!closedRootsReadable) return el.shadowRoot;
  const root = (el as WithClosedRoot).openOrClosedShadowRoot ?? null;
  // The banner's own root holds the extension's words, not the page's (a re-check would read them as the page's).
  return root !== null && root === loadedBannerChunk()?.ownRoot() ? null : root;
}
