import type { BlockInfo, TabStatusAnswer } from '@/rules/status';
import { findListing } from '../blocklist';
import { blockedNavigationOf } from '../blockers/blocked-navigations';
import { explanationsOf } from '../explanations';
import { continueAnyway } from '../protection';
import type { Handlers } from '../router';
import { statusForTab } from '../tab-status';

type PageHandlers = Handlers['page'];

/** Extension pages asking about tabs and listed sites (popup, warning page). */
export const tabHandlers: Pick<PageHandlers, 'page:tabStatus' | 'page:blockInfo' | 'page:blockedNavigation' | 'page:continueAnyway'> = {
  'page:tabStatus': async ({ tabId }): Promise<TabStatusAnswer> => {
    const status = await statusForTab(tabId);
    return { ...status, explanations: await explanationsOf(status.verdict?.signals ?? []) };
  },
  'page:blockInfo': async ({ url }): Promise<BlockInfo> => {
    const listing = await findListing(url);
    return listing ? { listed: true, url, host: listing.host, matched: listing.matched, source: listing.source } : { listed: false, url };
  },
  'page:blockedNavigation': async ({ tabId }) => ({ url: await blockedNavigationOf(tabId) }),
  'page:continueAnyway': async ({ url }) => ({ allowed: (await continueAnyway(url)) !== null }),
};
