import { browser } from 'wxt/browser';
import { BLOCKED_FRAME_PATH } from '@/rules/blocking/dnr-rules';
import type { Self } from '@/rules/protocol';
import { REPLACED_PAGE_PARAM } from '@/rules/status';

/** This extension's identity, for the sender checks of the message protocol. */
export function getSelf(): Self {
  return { id: browser.runtime.id, origin: browser.runtime.getURL('/').replace(/\/$/, '') };
}

/**
 * The warning page at the extension's fixed address, which is what tabs show and redirects land on.
 * (runtime.getURL gives web-accessible pages a per-session alias, because they are declared with
 * use_dynamic_url so that no web page can find them at a fixed address.)
 */
export function interstitialPage(): string {
  return `${getSelf().origin}/interstitial.html`;
}

/** What a frame shows instead of a listed site. */
export function blockedFramePage(): string {
  return `${getSelf().origin}${BLOCKED_FRAME_PATH}`;
}

/**
 * The warning page that replaces a listed site; the blocked URL follows the "#". `replacesOpenedPage`:
 * it takes the place of a page that had already opened (REPLACED_PAGE_PARAM).
 */
export function interstitialUrl(blockedUrl: string, replacesOpenedPage = false): string {
  return `${interstitialPage()}${replacesOpenedPage ? `?${REPLACED_PAGE_PARAM}` : ''}#${blockedUrl}`;
}

/** The blocked URL carried by a warning-page URL, or null for any other URL. */
export function blockedUrlOf(tabUrl: string): string | null {
  const page = interstitialPage();
  if (!tabUrl.startsWith(page)) return null;
  const rest = tabUrl.slice(page.length);
  const hash = rest.indexOf('#');
  return hash === 0 || (hash > 0 && rest.startsWith('?')) ? rest.slice(hash + 1) : null;
}
