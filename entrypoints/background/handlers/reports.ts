import type { Handlers } from '../router';
import { rememberPageFacts } from '../reports/page-facts';
import { captureTab } from '../reports/screenshot';
import {
  deleteReport,
  draftReport,
  exportReports,
  getReport,
  listReports,
  retryReport,
  saveReport,
  sendReport,
} from '../reports/service';

type ReportMessage =
  | 'page:reportDraft'
  | 'page:reportScreenshot'
  | 'page:reportSave'
  | 'page:reportSend'
  | 'page:reportRetry'
  | 'page:reportList'
  | 'page:reportGet'
  | 'page:reportDelete'
  | 'page:reportExport';

/** The report form and history (report page, options page). Only page:reportSend sends anything. */
export const reportHandlers: Pick<Handlers['page'], ReportMessage> = {
  'page:reportDraft': ({ tabId, keepFullAddress }) => draftReport(tabId, keepFullAddress),
  'page:reportScreenshot': async ({ tabId }) => ({ screenshot: await captureTab(tabId) }),
  'page:reportSave': ({ report }) => saveReport(report),
  'page:reportSend': ({ id, destinations, email, rememberEmail }) =>
    sendReport({ id, destinations, rememberEmail, ...(email ? { email } : {}) }),
  'page:reportRetry': ({ id }) => retryReport(id),
  'page:reportList': async () => ({ reports: await listReports() }),
  'page:reportGet': async ({ id }) => ({ report: (await getReport(id)) ?? null }),
  'page:reportDelete': async ({ id }) => {
    await deleteReport(id);
    return { ok: true };
  },
  'page:reportExport': ({ format }) => exportReports(format),
};

/** A content script's page facts, about its own tab only (the router sets `from` from sender.tab). */
export const reportContentHandlers: Pick<Handlers['content'], 'content:pageFacts'> = {
  'content:pageFacts': async ({ facts }, from) => {
    if (from.frameId !== 0) return { ok: false };
    await rememberPageFacts(from.tabId, from.pageUrl, facts);
    return { ok: true };
  },
};
