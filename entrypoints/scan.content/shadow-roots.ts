/**
 * Shadow roots for the page check, closed ones included where the browser lets a content script have them:
 * Firefox gives content scripts `Element.openOrClosedShadowRoot`, so a page cannot hide its text from the check
 * in a closed shadow root there. Chromium's way (`dom.openOrClosedShadowRoot`) is an extension-API call of about
 * 1 µs an element, too dear to make for every element of every page: there only open shadow roots are read.
 */
type WithClosedRoot = Element & { openOrClosedShadowRoot?: ShadowRoot | null };

/** Whether this browser gives the content script closed shadow roots (asked of the first element read). */
let closedRootsReadable: boolean | undefined;

export function shadowRootOf(el: Element): ShadowRoot | null {
  closedRootsReadable ??= 'openOrClosedShadowRoot' in el;
  return closedRootsReadable ? ((el as WithClosedRoot).openOrClosedShadowRoot ?? null) : el.shadowRoot;
}
