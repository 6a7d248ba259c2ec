import { normalizeHost } from '@/rules/hosts/normalize';
import type { BlockInfo } from '@/rules/status';
import { worseLevel } from '@/rules/verdict';
import { showBadge } from './badge';
import { findListing } from './blocklist';
import { continueAnyway } from './protection';
import type { Handlers } from './router';
import { readSettings, settingsProblems, updateSettings } from './settings-store';
import { dismissBanner, isBannerDismissed, rememberVerdict, siteVerdict } from './site-memory';
import { statusForTab } from './tab-status';

/** What each message does. Routing and sender checks happen before (router.ts). */
export const handlers: Handlers = {
  content: {
    'content:verdict': async ({ verdict }, from) => {
      const host = normalizeHost(from.pageUrl);
      if (host === null) return { level: 'ok' };
      // Only the top frame speaks for the site; a frame's verdict still counts toward it.
      const kept = await rememberVerdict(host, verdict);
      const listed = await findListing(from.pageUrl);
      await showBadge(from.tabId, listed ? 'danger' : worseLevel(kept.level, verdict.level));
      return { level: kept.level };
    },
    'content:siteState': async (_message, from) => {
      const host = normalizeHost(from.pageUrl);
      const settings = await readSettings();
      return {
        heuristicsEnabled: settings.heuristicsEnabled,
        language: settings.language,
        dismissed: host ? await isBannerDismissed(host) : false,
        rememberedVerdict: host ? await siteVerdict(host) : null,
      };
    },
    'content:dismissBanner': async (_message, from) => {
      const host = normalizeHost(from.pageUrl);
      if (host) await dismissBanner(host);
      return { ok: true };
    },
  },
  page: {
    'page:tabStatus': async ({ tabId }) => {
      const status = await statusForTab(tabId);
      const verdict = status.host ? await siteVerdict(status.host) : null;
      return verdict ? { ...status, verdict, level: worseLevel(status.level, verdict.level) } : status;
    },
    'page:blockInfo': async ({ url }): Promise<BlockInfo> => {
      const listing = await findListing(url);
      return listing ? { listed: true, url, host: listing.host, matched: listing.matched, source: listing.source } : { listed: false, url };
    },
    'page:continueAnyway': async ({ url }) => ({ allowed: (await continueAnyway(url)) !== null }),
    'page:getSettings': async () => ({ settings: await readSettings(), problems: settingsProblems() }),
    'page:setSettings': async ({ patch }) => ({ settings: await updateSettings(patch) }),
  },
};
