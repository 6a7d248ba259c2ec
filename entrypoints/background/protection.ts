import { browser } from 'wxt/browser';
import { bundledList, findListing, type Listing } from './blocklist';
import { allowForSessionInDnr, installBlockRules } from './blockers/dnr';
import { allowForSession, isAllowedForSession } from './session-allowances';
import { readSettings } from './settings-store';
import { interstitialUrl } from './self';

/** Decides which navigations the warning page replaces, and keeps the browser's rules in step. */

export const usesDnr = import.meta.env.BROWSER !== 'firefox';

/** Whether a top-level navigation to this URL must be replaced by the warning page. */
export async function shouldRedirect(url: string): Promise<boolean> {
  const listing = await findListing(url);
  if (listing === null) return false;
  if (!(await readSettings()).blocklistEnabled) return false;
  return !(await isAllowedForSession(listing.matched));
}

let refreshing: Promise<void> = Promise.resolve();

/**
 * Chromium: installs the block rules for the current lists and settings. Refreshes run one at a
 * time: two overlapping rule replacements would clash on rule ids and leave stale rules behind.
 */
export function refreshBlockRules(): Promise<void> {
  if (!usesDnr) return Promise.resolve();
  refreshing = refreshing.catch(() => undefined).then(installCurrentRules);
  return refreshing;
}

async function installCurrentRules(): Promise<void> {
  const settings = await readSettings();
  const names = settings.blocklistEnabled ? [...(await bundledList()).hosts()] : [];
  await installBlockRules(names, browser.runtime.getURL('/interstitial.html'));
}

/** "Continue anyway": the listed site opens until the browser closes. */
export async function continueAnyway(url: string): Promise<Listing | null> {
  const listing = await findListing(url);
  if (listing === null) return null;
  await allowForSession(listing.matched);
  if (usesDnr) await allowForSessionInDnr(listing.matched);
  return listing;
}

export { interstitialUrl };
