import { browser } from 'wxt/browser';
import { BUNDLED_SOURCE, findListing, listsLoaded, type Listing } from './blocklist';
import { blockRuleNames, type PendingRuleNames } from './block-rule-names';
import { allowForSessionInDnr, bundledRulesEnabled, installBlockRules, setBundledRulesEnabled } from './blockers/dnr';
import { installTrustedAllowRules } from './feeds/dnr-allow';
import { allowedForSession, allowForSession, isAllowedForSession } from './session-allowances';
import { readAhead } from './read-ahead';
import { readSettings } from './settings-store';
import { mayReadSite } from './site-access';
import { interstitialPage, interstitialUrl } from './self';

/** Decides which navigations the warning page replaces, and keeps the browser's rules in step. */

export const usesDnr = import.meta.env.BROWSER !== 'firefox';

/** Whether a top-level navigation to this URL must be replaced by the warning page. */
export async function shouldRedirect(url: string): Promise<boolean> {
  const listing = await findListing(url);
  return listing !== null && (await mayBlock(listing));
}

/**
 * Whether a frame loading this URL inside the page at `parentUrl` must show the "blocked" frame page.
 * "Continue anyway" lets a listed site frame its own pages, never another page frame it (the same as
 * the session rule on Chromium, blockers/dnr.ts).
 */
export async function frameNeedsBlocking(url: string, parentUrl: string | undefined): Promise<boolean> {
  const listing = await findListing(url);
  if (listing === null || !(await readSettings()).blocklistEnabled) return false;
  const parent = parentUrl !== undefined ? await findListing(parentUrl) : null;
  return parent?.matched !== listing.matched || !(await isAllowedForSession(listing.matched));
}

async function mayBlock(listing: Listing): Promise<boolean> {
  const [settings, allowed] = await Promise.all([readSettings(), allowedForSession()]);
  return userLetsBlock(listing, settings.blocklistEnabled, allowed);
}

/** The user's say: blocking is on, and the site was not let through ("Continue anyway") this session. */
function userLetsBlock(listing: Listing, blocklistEnabled: boolean, allowedThisSession: readonly string[]): boolean {
  return blocklistEnabled && !allowedThisSession.includes(listing.matched);
}

/**
 * Chromium: the navigation check behind the blocking rules, for every site the rules may not stop:
 * sites listed beyond RULE_NAMES_BUDGET (blocklist.ts), sites of the user's list and feeds while their
 * rules are not yet confirmed installed (just after a list or setting change, or a browser start), and
 * bundled-list sites while the bundled ruleset is off (just after the setting is turned back on), and listed sites
 * the person withheld from the extension (site-access.ts), on which no rule acts. Caught when the tab starts navigating. Unlike a rule, this runs in the worker (waking it
 * if needed) and the request may already be on its way when the tab is sent to the warning page:
 * the site can get the request but its page never shows.
 */
export async function navigationNeedsWarning(url: string): Promise<boolean> {
  if (!usesDnr) return false;
  // While the lists load (after a wake), whatever else the worker runs meanwhile, such as a page's check,
  // would hold up each read asked for after them: what a hit needs is asked for now, alongside. Once the
  // lists are loaded, a site nobody lists costs no read but that of the parts of a big list its name needs
  // (each part once a wake).
  const facts = listsLoaded() ? null : readAhead(navigationFacts());
  const listing = await findListing(url);
  if (listing === null) return false;
  const { bundledInRules, rulesConfirmed, blocklistEnabled, allowed } = await (facts ?? navigationFacts());
  const inRules = listing.sources.includes(BUNDLED_SOURCE) ? bundledInRules : !listing.beyondBlockRules && rulesConfirmed;
  if (!userLetsBlock(listing, blocklistEnabled, allowed)) return false;
  // The browser's rules act only on sites the extension may read: one the person withheld is sent on from here.
  return !inRules || !(await mayReadSite(url));
}

/** What decides whether a listed site's navigation gets the warning page, besides the lists. */
async function navigationFacts() {
  const [bundledInRules, rulesConfirmed, settings, allowed] = await Promise.all([
    bundledRulesEnabled(),
    blockRulesConfirmed(),
    readSettings(),
    allowedForSession(),
  ]);
  return { bundledInRules, rulesConfirmed, blocklistEnabled: settings.blocklistEnabled, allowed };
}

/**
 * Whether the browser's rules are known to match the current lists and settings. Kept in
 * storage.session so that a woken worker knows it; unknown (a new browser session) counts as no.
 */
const CONFIRMED_KEY = 'blockRulesConfirmed';
let confirmed: boolean | undefined;
let listsVersion = 0;

async function blockRulesConfirmed(): Promise<boolean> {
  confirmed ??= (await browser.storage.session.get(CONFIRMED_KEY))[CONFIRMED_KEY] === true;
  return confirmed;
}

function setConfirmed(value: boolean): Promise<void> {
  confirmed = value;
  return browser.storage.session.set({ [CONFIRMED_KEY]: value });
}

/** The lists or settings changed: the rules no longer count as confirmed until the next rebuild. */
function blockRulesOutdated(): Promise<void> {
  listsVersion += 1;
  return setConfirmed(false);
}

let refreshing: Promise<void> = Promise.resolve();
/** The rebuild that is waiting for the running one to end, if any: later changes join it. */
let waiting: Promise<void> | null = null;
let lastOutdated: Promise<void> = Promise.resolve();

/**
 * Chromium: installs the block rules for the current lists and settings (one rebuild at a time).
 * Call it after every change: until it is done, the navigation check covers the listed sites.
 * It starts at once (a new list's rules are in place as soon as they can be); a burst of changes
 * costs at most one more rebuild, since a rebuild not yet started reads the lists as they are
 * when it starts and so serves every change made before that.
 */
export function refreshBlockRules(): Promise<void> {
  if (!usesDnr) return refreshing;
  lastOutdated = blockRulesOutdated();
  if (waiting !== null) return waiting;
  const run = refreshing
    .catch(() => undefined)
    .then(() => lastOutdated)
    .then(async () => {
      waiting = null;
      // Changes from here on were not seen by this rebuild: they bump the version and queue their own.
      const version = listsVersion;
      await rebuildBlockRules();
      if (version === listsVersion) await setConfirmed(true);
    });
  waiting = run;
  refreshing = run;
  return run;
}

/**
 * Chromium: installs the rules a feed's new list needs while the worker is still reading, compiling
 * and storing that list, so the browser's part (about half a second for 100,000 names) runs beside
 * the worker's instead of after it. Resolves once the rules are sent to the browser. Never
 * confirms them: the navigation check covers the listed sites until the rebuild that follows the
 * sync (listsChanged, whatever its outcome) reads the stored lists, finds these rules right and
 * confirms them, or puts back the rules of the lists that are really stored (a refused list).
 */
export function previewBlockRules(feed: PendingRuleNames['feed'], ruleNames: string): Promise<void> {
  if (!usesDnr) return Promise.resolve();
  lastOutdated = blockRulesOutdated();
  // A rebuild queued before this preview ran on the older lists; later changes must rebuild after it.
  waiting = null;
  let sent: () => void = () => undefined;
  const dispatched = new Promise<void>((resolve) => (sent = resolve));
  const run = refreshing
    .catch(() => undefined)
    .then(() => lastOutdated)
    .then(() => rebuildBlockRules({ feed, ruleNames }, sent));
  refreshing = run;
  run.then(sent, sent);
  return dispatched;
}

async function rebuildBlockRules(pending?: PendingRuleNames, sent?: () => void): Promise<void> {
  const settings = await readSettings();
  const names = settings.blocklistEnabled ? await blockRuleNames(pending) : { block: [], allow: [], allowExceptions: [] };
  await setBundledRulesEnabled(settings.blocklistEnabled);
  await installBlockRules(names.block, interstitialPage(), sent);
  await installTrustedAllowRules(names.allow, names.allowExceptions);
}

/**
 * Chromium, at every start of the worker: rules that were never confirmed are rebuilt from the
 * stored lists. A worker stopped between a sync's preview and the rebuild that follows it (or in the
 * middle of any rebuild) leaves rules that may hold a list that was never stored; nothing else would
 * put them right before the next list change or browser start. The navigation check covers the
 * stored lists meanwhile, as for any rules not yet confirmed.
 */
export async function rebuildUnconfirmedRules(): Promise<void> {
  if (usesDnr && !(await blockRulesConfirmed())) await refreshBlockRules();
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
