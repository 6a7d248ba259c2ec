import { openReportTab } from '@/components/lib/report-tab';
import { checkPage, loadBannerChunk } from '../page-check';
import type { Handlers } from '../router';
import { dismissBanner, pageHost, siteVerdict } from '../site-memory';

/** Messages from content scripts: always about the sender's own tab and page (see router.ts). */
export const contentHandlers: Handlers['content'] = {
  'content:check': ({ snapshot }, from) => checkPage(snapshot, from),
  'content:loadBanner': async (_message, from) => {
    // Only the top frame shows a banner, and only on a site with a warning.
    const host = pageHost(from.pageUrl);
    const verdict = host ? await siteVerdict(host) : null;
    if (from.frameId !== 0 || verdict === null || verdict.level === 'ok') return { ok: false };
    await loadBannerChunk(from.tabId);
    return { ok: true };
  },
  'content:openMistakeForm': async (_message, from) => {
    // Only from a banner the background showed: the top frame of a site with a warning. It opens a form, nothing more.
    const host = pageHost(from.pageUrl);
    const verdict = host ? await siteVerdict(host) : null;
    if (from.frameId !== 0 || verdict === null || verdict.level === 'ok') return { ok: false };
    await openReportTab(from.tabId, true);
    return { ok: true };
  },
  'content:dismissBanner': async (_message, from) => {
    const host = pageHost(from.pageUrl);
    if (host) await dismissBanner(host);
    return { ok: true };
  },
};
