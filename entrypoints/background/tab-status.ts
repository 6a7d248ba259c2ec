import { browser, type Browser } from 'wxt/browser';
import type { TabStatus } from '@/rules/status';
import { findListing } from './blocklist';
import { isAllowedForSession } from './session-allowances';
import { mayReadSite } from './site-access';
import { blockedUrlOf } from './self';
import { pageHost, siteVerdict, wasPageChecked } from './site-memory';
import { worseLevel } from '@/rules/verdict';

/** The status of whatever a tab shows, from its URL (the warning page stands for the site it blocked). */
export async function statusForUrl(tabUrl: string | undefined): Promise<TabStatus> {
  const blockedUrl = tabUrl ? blockedUrlOf(tabUrl) : null;
  const url = blockedUrl ?? tabUrl ?? null;
  const isWeb = url !== null && /^https?:\/\//i.test(url);
  const base: TabStatus = {
    kind: blockedUrl !== null ? 'warning-page' : isWeb ? 'web' : 'other',
    url: isWeb ? url : null,
    host: isWeb ? pageHost(url) : null,
    level: 'ok',
    listing: null,
    allowedForSession: false,
    verdict: null,
    pageChecked: false,
    siteAccess: true,
  };
  if (!isWeb) return base;
  base.siteAccess = blockedUrl !== null || (await mayReadSite(url));
  const listing = await findListing(url);
  if (listing === null) return base;
  return {
    ...base,
    level: 'danger',
    listing: { matched: listing.matched, source: listing.source },
    allowedForSession: await isAllowedForSession(listing.matched),
  };
}

/**
 * Everything known about a tab: its listing and the page check's verdict for its site. The popup and
 * the report form both read this, so a report carries the same signs the banner and popup showed.
 */
export async function statusForTab(tabId: number): Promise<TabStatus> {
  const tabUrl = await urlOfTab(await browser.tabs.get(tabId));
  const status = await statusForUrl(tabUrl);
  const pageChecked = tabUrl !== undefined && (await wasPageChecked(tabId, tabUrl));
  const verdict = status.host ? await siteVerdict(status.host) : null;
  return verdict ? { ...status, pageChecked, verdict, level: worseLevel(status.level, verdict.level) } : { ...status, pageChecked };
}

/**
 * The address a tab shows, as far as this extension may know it. Host access reveals web pages; the
 * browser hides the extension's own pages (the warning page) from `tab.url` unless it holds the "tabs"
 * permission (Chromium before 156 among others), so those are looked up among the extension's own
 * documents instead. A web page whose site the person withheld from the extension (site-access.ts) is
 * hidden too; the navigation events still tell its address.
 */
export async function urlOfTab(tab: Browser.tabs.Tab): Promise<string | undefined> {
  if (tab.url !== undefined || tab.id === undefined) return tab.url;
  const getContexts = browser.runtime.getContexts as typeof browser.runtime.getContexts | undefined;
  const [own] = getContexts ? await getContexts({ contextTypes: ['TAB'], tabIds: [tab.id], frameIds: [0] }).catch(() => []) : [];
  if (own) return own.documentUrl;
  try {
    return (await browser.webNavigation.getFrame({ tabId: tab.id, frameId: 0 }))?.url;
  } catch {
    return undefined; // the tab closed meanwhile
  }
}
