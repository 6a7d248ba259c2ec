import { toCsv } from './csv.ts';
import { listContacts } from './list-contacts.ts';
import { isFalsePositive, lastError, reportStatus, type Report } from './schema.ts';

/** Exports of the report history, for the user to keep or hand to the police or a bank. */
export const REPORTS_CSV_HEADER = [
  'id',
  'created_at',
  'status',
  'kind',
  'lost_money',
  'url',
  'host',
  'page_title',
  'signals',
  /** For a false-positive report: the lists naming the site, each with the page where to ask for a correction. */
  'lists_to_contact',
  'crypto_addresses',
  'notes',
  'screenshot',
  'extension_version',
  'last_error',
] as const;

/** The lists a false-positive report asks to correct (none for a scam report). */
function listsToContact(report: Report) {
  return isFalsePositive(report) ? listContacts(report.evidence.signals) : [];
}

export function reportsToCsv(reports: readonly Report[]): string {
  return toCsv(
    REPORTS_CSV_HEADER,
    reports.map((report) => [
      report.id,
      report.createdAt,
      reportStatus(report),
      report.kind,
      report.lostMoney ? 'yes' : 'no',
      report.evidence.url,
      report.evidence.host,
      report.evidence.pageTitle,
      report.evidence.signals.map((signal) => `${signal.id}: ${signal.evidence}`).join(' | '),
      listsToContact(report).map((list) => (list.homepage ? `${list.name} <${list.homepage}>` : list.name)).join(' | '),
      report.evidence.addresses.map((entry) => `${entry.chain}:${entry.address}`).join(' '),
      report.notes,
      report.screenshot ? 'yes' : 'no',
      report.evidence.extensionVersion,
      lastError(report) ?? '',
    ]),
  );
}

/**
 * The full history as JSON (screenshots included, as data URLs). The email given for Netcraft is
 * left out: the export may be shared, and the address is the user's, not evidence.
 */
export function reportsToJson(reports: readonly Report[], exportedAt: Date): string {
  const cleaned = reports.map((report) => ({
    ...report,
    status: reportStatus(report),
    ...(isFalsePositive(report) ? { listsToContact: listsToContact(report) } : {}),
    deliveries: Object.fromEntries(
      Object.entries(report.deliveries).map(([destination, { email: _email, ...delivery }]) => [destination, delivery]),
    ),
  }));
  return `${JSON.stringify({ format: 'scam-sentinel-reports', version: 1, exportedAt: exportedAt.toISOString(), reports: cleaned }, null, 2)}\n`;
}

export function exportFileName(format: 'json' | 'csv', now: Date): string {
  return `scam-sentinel-reports-${now.toISOString().slice(0, 10)}.${format}`;
}
