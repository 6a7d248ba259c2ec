import { browser } from 'wxt/browser';
import { findListing } from '../blocklist';

/**
 * Chromium: the address each tab last started to open. The bundled list's static rules send a
 * listed site to the warning page by path only (a rule compiled at build time cannot know the
 * extension's id, so it cannot carry the address the way the worker's own rules do); the warning
 * page then asks here which listed address its tab was opening. Kept in memory only: it is asked
 * within moments of the visit, and nothing of the browsing is stored.
 */
const lastStarted = new Map<number, string>();

export function rememberNavigations(): void {
  browser.webNavigation.onBeforeNavigate.addListener(({ tabId, frameId, url }) => {
    if (frameId === 0 && tabId >= 0 && /^https?:\/\//i.test(url)) lastStarted.set(tabId, url);
  });
  browser.tabs.onRemoved.addListener((tabId) => lastStarted.delete(tabId));
}

/** How long the warning page waits for the navigation event, which may reach a waking worker late. */
const WAIT_MS = 2_000;
const POLL_MS = 50;

/** The listed address the tab was opening when it was sent to the warning page, if known. */
export async function blockedNavigationOf(tabId: number): Promise<string | null> {
  for (let waited = 0; !lastStarted.has(tabId) && waited < WAIT_MS; waited += POLL_MS) {
    await new Promise((done) => setTimeout(done, POLL_MS));
  }
  const url = lastStarted.get(tabId);
  return url !== undefined && (await findListing(url)) !== null ? url : null;
}
