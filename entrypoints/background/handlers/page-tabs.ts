import type { BlockInfo } from '@/rules/status';
import { worseLevel } from '@/rules/verdict';
import { findListing } from '../blocklist';
import { blockedNavigationOf } from '../blockers/blocked-navigations';
import { continueAnyway } from '../protection';
import type { Handlers } from '../router';
import { siteVerdict } from '../site-memory';
import { statusForTab } from '../tab-status';

type PageHandlers = Handlers['page'];

/** Extension pages asking about tabs and listed sites (popup, warning page). */
export const tabHandlers: Pick<PageHandlers, 'page:tabStatus' | 'page:blockInfo' | 'page:blockedNavigation' | 'page:continueAnyway'> = {
  'page:tabStatus': async ({ tabId }) => {
    const status = await statusForTab(tabId);
    const verdict = status.host ? await siteVerdict(status.host) : null;
    return verdict ? { ...status, verdict, level: worseLevel(status.level, verdict.level) } : status;
  },
  'page:blockInfo': async ({ url }): Promise<BlockInfo> => {
    const listing = await findListing(url);
    return listing ? { listed: true, url, host: listing.host, matched: listing.matched, source: listing.source } : { listed: false, url };
  },
  'page:blockedNavigation': async ({ tabId }) => ({ url: await blockedNavigationOf(tabId) }),
  'page:continueAnyway': async ({ url }) => ({ allowed: (await continueAnyway(url)) !== null }),
};
