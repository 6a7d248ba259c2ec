import type { ExplainedReport } from '@/rules/reports/answers';
import type { Handlers } from '../router';
import { explanationsOf } from '../explanations';
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
  'page:reportGet': async ({ id }): Promise<ExplainedReport> => {
    const report = (await getReport(id)) ?? null;
    return { report, explanations: await explanationsOf(report?.evidence.signals ?? []) };
  },
  'page:reportDelete': async ({ id }) => {
    await deleteReport(id);
    return { ok: true };
  },
  'page:reportExport': ({ format }) => exportReports(format),
};

