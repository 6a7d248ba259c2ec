import { browser } from 'wxt/browser';
import type { Self } from '@/rules/protocol';

/** This extension's identity, for the sender checks of the message protocol. */
export function getSelf(): Self {
  return { id: browser.runtime.id, origin: browser.runtime.getURL('/').replace(/\/$/, '') };
}

/** The warning page that replaces a listed site; the blocked URL follows the "#". */
export function interstitialUrl(blockedUrl: string): string {
  return `${browser.runtime.getURL('/interstitial.html')}#${blockedUrl}`;
}

/** The blocked URL carried by a warning-page URL, or null for any other URL. */
export function blockedUrlOf(tabUrl: string): string | null {
  const prefix = `${browser.runtime.getURL('/interstitial.html')}#`;
  return tabUrl.startsWith(prefix) ? tabUrl.slice(prefix.length) : null;
}
