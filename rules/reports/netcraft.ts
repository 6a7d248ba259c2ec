import * as z from 'zod/mini';
import { isFalsePositive, type REPORT_KINDS, type Report } from './schema.ts';

/**
 * Netcraft's public report API. The documented request (report.netcraft.com/api/v3, "report/urls";
 * the same shape is used by the open-source clients akacdev/Netcraft, Netcraft/Entities/Report.cs, and
 * SeedBuster's NetcraftReporter, which post to this v3 URL) is JSON:
 *   { "email": string, "reason": string (≤ 10 000 chars), "urls": [{ "url": string, "country"?: ISO alpha-2 }] }
 * and the answer { "message": "Successfully reported", "uuid": string }. No API key is needed; the
 * email gets Netcraft's confirmation. The address is fixed: tests redirect the browser's request,
 * the extension itself never sends it anywhere else.
 */
export const NETCRAFT_REPORT_URL = 'https://report.netcraft.com/api/v3/report/urls';
export const MAX_REASON_CHARS = 10_000;

export const NetcraftBodySchema = z.strictObject({
  email: z.email().check(z.maxLength(254)),
  reason: z.string().check(z.minLength(1), z.maxLength(MAX_REASON_CHARS)),
  urls: z
    .array(z.strictObject({ url: z.string().check(z.minLength(1), z.maxLength(8192)), country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))) }))
    .check(z.minLength(1), z.maxLength(1)),
});
type NetcraftBody = z.infer<typeof NetcraftBodySchema>;

const KIND_IN_ENGLISH: Record<(typeof REPORT_KINDS)[number], string> = {
  'fake-trading': 'fake trading / investment platform',
  'fake-recovery': 'fake fund-recovery service',
  'wallet-theft': 'crypto wallet or seed-phrase theft',
  'bank-impersonation': 'bank impersonation',
  other: 'other scam',
};

/** The "reason" Netcraft's analysts read: English, whatever the user's language. */
function netcraftReason(report: Report): string {
  // Netcraft takes reports of scam sites; a "this warning is a mistake" report is not one (schema.ts, destinationsFor).
  if (isFalsePositive(report)) throw new Error('A false-positive report is not sent to Netcraft.');
  const { evidence } = report;
  const lines = [
    `Cryptocurrency / investment scam reported by a user of the Scam Sentinel browser extension ${evidence.extensionVersion}.`,
    `Kind: ${KIND_IN_ENGLISH[report.kind as (typeof REPORT_KINDS)[number]]}.`,
    report.lostMoney ? 'The reporter says they lost money to this site.' : '',
    evidence.pageTitle ? `Page title: ${evidence.pageTitle}` : '',
    evidence.signals.length > 0 ? `Warning signs found: ${evidence.signals.map((signal) => `${signal.id} ("${signal.evidence}")`).join('; ')}` : '',
    evidence.addresses.length > 0 ? `Crypto addresses on the page: ${evidence.addresses.map((entry) => `${entry.chain} ${entry.address}`).join(', ')}` : '',
    report.notes.trim() ? `Reporter's notes: ${report.notes.trim()}` : '',
    `Seen at: ${evidence.capturedAt}`,
  ];
  const reason = lines.filter(Boolean).join('\n');
  return reason.length <= MAX_REASON_CHARS ? reason : `${reason.slice(0, MAX_REASON_CHARS - 1)}…`;
}

export function netcraftBody(report: Report, email: string, country?: string): NetcraftBody {
  return NetcraftBodySchema.parse({
    email,
    reason: netcraftReason(report),
    urls: [{ url: report.evidence.url, ...(country ? { country } : {}) }],
  });
}

/** The country part of a browser locale ("it-IT" → "IT"), for Netcraft's optional "country". */
export function countryOfLocale(locale: string): string | undefined {
  const region = locale.split(/[-_]/)[1]?.toUpperCase();
  return region && /^[A-Z]{2}$/.test(region) ? region : undefined;
}
