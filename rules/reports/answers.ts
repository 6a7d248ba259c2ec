import type { SignalTexts } from '../status.ts';
import type { Evidence, Report } from './schema.ts';

/** What the background answers to the page:report* messages (rules/protocol.ts). */

/** page:reportDraft */
export interface ReportDraft {
  evidence: Evidence;
  /** The explanation of each of the evidence's signals, in the user's language. */
  explanations: SignalTexts;
  /** The report leaves out part of the address (personal-looking path, query, fragment); the user may keep it. */
  addressShortened: boolean;
  /** A picture can be taken (the tab shows the site itself, not our warning page). */
  canScreenshot: boolean;
  rememberedEmail: string | null;
  organisation: { name: string; configured: boolean };
}

/** page:reportGet: a kept report (null if deleted meanwhile) and the explanations of its signals. */
export interface ExplainedReport {
  report: Report | null;
  explanations: SignalTexts;
}

/** page:reportSave */
export interface SavedReport {
  report: Report;
  /** The site was added to the user's blocked list. */
  blocked: boolean;
}

/** One row of page:reportList (screenshots are fetched one at a time with page:reportGet). */
export type ReportSummary = Omit<Report, 'screenshot'> & { hasScreenshot: boolean };

/** page:reportExport */
export interface ReportExport {
  fileName: string;
  mimeType: string;
  content: string;
}
