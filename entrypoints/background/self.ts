import { browser } from 'wxt/browser';
import { BLOCKED_FRAME_PATH } from '@/rules/blocking/dnr-rules';
import type { Self } from '@/rules/protocol';

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

/** The warning page that replaces a listed site; the blocked URL follows the "#". */
export function interstitialUrl(blockedUrl: string): string {
  return `${interstitialPage()}#${blockedUrl}`;
}

/** The blocked URL carried by a warning-page URL, or null for any other URL. */
export function blockedUrlOf(tabUrl: string): string | null {
  const prefix = `${interstitialPage()}#`;
  return tabUrl.startsWith(prefix) ? tabUrl.slice(prefix.length) : null;
}
