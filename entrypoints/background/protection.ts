import { blockRuleNames, findListing, type Listing } from './blocklist';
import { allowForSessionInDnr, installBlockRules } from './blockers/dnr';
import { installTrustedAllowRules } from './feeds/dnr-allow';
import { allowForSession, isAllowedForSession } from './session-allowances';
import { readSettings } from './settings-store';
import { interstitialPage, interstitialUrl } from './self';

/** Decides which navigations the warning page replaces, and keeps the browser's rules in step. */

export const usesDnr = import.meta.env.BROWSER !== 'firefox';

/** Whether a top-level navigation to this URL must be replaced by the warning page. */
export async function shouldRedirect(url: string): Promise<boolean> {
  const listing = await findListing(url);
  return listing !== null && (await mayBlock(listing));
}

async function mayBlock(listing: Listing): Promise<boolean> {
  if (!(await readSettings()).blocklistEnabled) return false;
  return !(await isAllowedForSession(listing.matched));
}

/**
 * Chromium: the navigation check behind the blocking rules. The rules carry at most
 * RULE_NAMES_BUDGET names (blocklist.ts); a site listed only beyond that is caught here when the
 * tab starts navigating. Unlike a rule, this runs in the worker (waking it if needed) and the
 * request may already be on its way when the tab is sent to the warning page: the site can get
 * the request but its page never shows. That is the trade-off for huge feeds.
 */
export async function navigationNeedsWarning(url: string): Promise<boolean> {
  if (!usesDnr) return false;
  const listing = await findListing(url);
  return listing !== null && listing.beyondBlockRules && (await mayBlock(listing));
}

let refreshing: Promise<void> = Promise.resolve();

/** Chromium: installs the block rules for the current lists and settings (one rebuild at a time). */
export function refreshBlockRules(): Promise<void> {
  refreshing = refreshing.catch(() => undefined).then(rebuildBlockRules);
  return refreshing;
}

async function rebuildBlockRules(): Promise<void> {
  if (!usesDnr) return;
  const settings = await readSettings();
  const names = settings.blocklistEnabled ? await blockRuleNames() : { block: [], allow: [], allowExceptions: [] };
  await installBlockRules(names.block, interstitialPage());
  await installTrustedAllowRules(names.allow, names.allowExceptions);
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
