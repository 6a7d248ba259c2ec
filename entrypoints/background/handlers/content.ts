import { normalizeHost } from '@/rules/hosts/normalize';
import { worseLevel } from '@/rules/verdict';
import { showBadge } from '../badge';
import { findListing } from '../blocklist';
import type { Handlers } from '../router';
import { readSettings } from '../settings-store';
import { dismissBanner, isBannerDismissed, rememberVerdict, siteVerdict } from '../site-memory';

/** Messages from content scripts: always about the sender's own tab and page (see router.ts). */
export const contentHandlers: Handlers['content'] = {
  'content:verdict': async ({ verdict }, from) => {
    const host = normalizeHost(from.pageUrl);
    if (host === null) return { level: 'ok' };
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
};
