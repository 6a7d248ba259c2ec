import { normalizeHost } from '@/rules/hosts/normalize';
import { BANNER_TEXT_KEYS, type SiteState } from '@/rules/status';
import { worseLevel } from '@/rules/verdict';
import { showBadge } from '../badge';
import { findListing } from '../blocklist';
import type { Handlers } from '../router';
import { trustedSites } from '../family/trusted-sites';
import { currentLocalisation } from '../localisation';
import { familyStatus } from './family';
import { readSettings } from '../settings-store';
import { dismissBanner, isBannerDismissed, recordPageCheck, rememberVerdict, siteVerdict } from '../site-memory';

/** Messages from content scripts: always about the sender's own tab and page (see router.ts). */
/** content:pageFacts is handled with the reports (handlers/reports.ts). */
export const contentHandlers: Omit<Handlers['content'], 'content:pageFacts'> = {
  'content:verdict': async ({ verdict }, from) => {
    const host = normalizeHost(from.pageUrl);
    if (host === null) return { level: 'ok' };
    await recordPageCheck(from.tabId, from.pageUrl);
    const kept = await rememberVerdict(host, verdict);
    const listed = await findListing(from.pageUrl);
    await showBadge(from.tabId, listed ? 'danger' : worseLevel(kept.level, verdict.level));
    return { level: kept.level };
  },
  'content:siteState': async (_message, from): Promise<SiteState> => {
    const host = normalizeHost(from.pageUrl);
    const settings = await readSettings();
    const { lang, t } = await currentLocalisation();
    return {
      heuristicsEnabled: settings.heuristicsEnabled,
      trusted: await trustedSites.isTrusted(from.pageUrl),
      guardianSet: (await familyStatus()).guardian !== null,
      dismissed: host ? await isBannerDismissed(host) : false,
      rememberedVerdict: host ? await siteVerdict(host) : null,
      lang,
      text: Object.fromEntries(BANNER_TEXT_KEYS.map((key) => [key, t(key)])) as SiteState['text'],
    };
  },
  'content:dismissBanner': async (_message, from) => {
    const host = normalizeHost(from.pageUrl);
    if (host) await dismissBanner(host);
    return { ok: true };
  },
};
