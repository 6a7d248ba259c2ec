import { browser } from 'wxt/browser';
import { buildEvidence } from '@/rules/reports/evidence';
import { exportFileName, reportsToCsv, reportsToJson } from '@/rules/reports/export';
import { countryOfLocale, NETCRAFT_REPORT_URL } from '@/rules/reports/netcraft';
import type { ReportDraft, ReportExport, ReportSummary, SavedReport } from '@/rules/reports/answers';
import { destinationsFor, isFalsePositive, type Destination, type Report, type ReportInput } from '@/rules/reports/schema';
import { cleaningShortens } from '@/rules/reports/url';
import { explanationsOf } from '../explanations';
import { addPersonal } from '../personal-lists/index';
import { readSettings } from '../settings-store';
import { statusForTab } from '../tab-status';
import { scheduleReportWake } from './alarms';
import { pageFactsFor } from './page-facts';
import { rememberEmail, readReportPreferences } from './preferences';
import { createSendQueue, type SendRequest } from './queue';
import { openReportStore } from './store';
import { postJson } from './transport';

/** The background's reports service: the store and the send queue, wired to the browser. */
const store = openReportStore();
const queue = createSendQueue({
  store,
  post: (url, body) => postJson(url, body),
  now: () => Date.now(),
  random: Math.random,
  scheduleWake: scheduleReportWake,
  country: countryOfLocale(browser.i18n.getUILanguage()),
});

/** Sends the queued reports whose next try is due (the retry alarm fired). */
export function sendDueReports(): Promise<void> {
  return queue.processDue();
}

export async function draftReport(tabId: number, keepFullAddress: boolean): Promise<ReportDraft> {
  const [status, tab, settings, preferences] = await Promise.all([statusForTab(tabId), browser.tabs.get(tabId), readSettings(), readReportPreferences()]);
  const facts = status.url ? await pageFactsFor(tabId, status.url) : null;
  const evidence = buildEvidence({
    status,
    facts,
    tabTitle: tab.title ?? '',
    keepFullAddress,
    now: new Date(),
    extensionVersion: browser.runtime.getManifest().version,
  });
  return {
    evidence,
    explanations: await explanationsOf(evidence.signals),
    addressShortened: status.url !== null && cleaningShortens(status.url),
    canScreenshot: status.kind === 'web',
    rememberedEmail: preferences.email,
    organisation: { name: settings.reportOrgName, configured: settings.reportOrgEndpoint !== '' },
  };
}

export async function saveReport(input: ReportInput): Promise<SavedReport> {
  const report: Report = { ...input, id: crypto.randomUUID(), createdAt: new Date().toISOString(), deliveries: {} };
  await store.put(report);
  // "This warning is a mistake" changes no protection: the site is neither blocked nor trusted by it.
  return { report, blocked: isFalsePositive(report) ? false : await blockReportedSite(report.evidence.host) };
}

/**
 * A reported site joins the user's blocked list (personal lists, kept in storage.sync; the block
 * rules are refreshed when that changes). A failure here must not lose the saved report.
 */
async function blockReportedSite(host: string): Promise<boolean> {
  try {
    return (await addPersonal('blocked', host)).ok;
  } catch (error) {
    console.warn('[scam-sentinel] the reported site could not be added to the blocked list:', error);
    return false;
  }
}

export interface SendChoice {
  id: string;
  destinations: Destination[];
  email?: string;
  rememberEmail: boolean;
}

export async function sendReport(choice: SendChoice): Promise<Report> {
  const settings = await readSettings();
  const report = await store.get(choice.id);
  if (!report) throw new Error('This report is not kept on this computer.');
  const allowed = destinationsFor(report);
  if (choice.destinations.some((destination) => !allowed.includes(destination))) throw new Error('This report cannot go there.');
  const requests: SendRequest[] = choice.destinations.map((destination) => {
    if (destination === 'netcraft') {
      if (!choice.email) throw new Error('An email address is needed to send to Netcraft.');
      return { destination, endpoint: NETCRAFT_REPORT_URL, email: choice.email };
    }
    if (settings.reportOrgEndpoint === '') throw new Error('No organisation is set up in the settings.');
    return { destination, endpoint: settings.reportOrgEndpoint };
  });
  if (choice.destinations.includes('netcraft')) await rememberEmail(choice.rememberEmail ? choice.email ?? null : null);
  return queue.enqueue(choice.id, requests);
}

export const retryReport = (id: string) => queue.retryNow(id);
export const getReport = (id: string) => store.get(id);
export const deleteReport = (id: string) => store.delete(id);

/** The history without screenshots (they can be large); a row asks for one report to show its picture. */
export async function listReports(): Promise<ReportSummary[]> {
  return (await store.list()).map(({ screenshot, ...report }) => ({ ...report, hasScreenshot: screenshot !== undefined }));
}

export async function exportReports(format: 'json' | 'csv'): Promise<ReportExport> {
  const reports = await store.list();
  const now = new Date();
  return format === 'json'
    ? { fileName: exportFileName('json', now), mimeType: 'application/json', content: reportsToJson(reports, now) }
    : { fileName: exportFileName('csv', now), mimeType: 'text/csv', content: reportsToCsv(reports) };
}
