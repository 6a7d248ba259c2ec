import * as z from 'zod/mini';
import { SignalSchema } from '../verdict.ts';
import { CryptoAddressSchema } from './addresses.ts';

/**
 * A report of a scam site, as kept on the user's device (IndexedDB) and exported.
 * Everything here is data the user has seen: the form shows the evidence before it is saved.
 */
export const REPORT_KINDS = ['fake-trading', 'fake-recovery', 'wallet-theft', 'bank-impersonation', 'other'] as const;
/**
 * "This warning is a mistake": the user says the site is honest. Kept in the same store, history and
 * exports as scam reports; reports stored before it existed carry one of REPORT_KINDS and still parse.
 */
export const FALSE_POSITIVE = 'false-positive';
export const ReportKindSchema = z.enum([...REPORT_KINDS, FALSE_POSITIVE]);
export type ReportKind = z.infer<typeof ReportKindSchema>;

/** Where a report can be sent; both only when the user presses "Send". */
const DESTINATIONS = ['netcraft', 'organisation'] as const;
export const DestinationSchema = z.enum(DESTINATIONS);
export type Destination = z.infer<typeof DestinationSchema>;

/**
 * draft: shown in the form, not stored yet; saved: stored, never sent; queued: waiting to be sent
 * (first try or a retry after a failure); sent: every chosen destination accepted it;
 * failed: a destination refused it or all retries were used up.
 */
const REPORT_STATUSES = ['draft', 'saved', 'queued', 'sent', 'failed'] as const;
type ReportStatus = (typeof REPORT_STATUSES)[number];

export const MAX_NOTES_CHARS = 2000;
export const MAX_TITLE_CHARS = 300;
export const MAX_ADDRESSES = 50;
/** A screenshot as a data: URL; JPEG of a visible tab stays well below this. */
const MAX_SCREENSHOT_CHARS = 4_000_000;

const IsoTime = z.iso.datetime();
const WebUrl = z.string().check(z.maxLength(8192), z.refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), 'must be an http(s) URL'));

export const EvidenceSchema = z.object({
  /** The address as it will be reported (personal-looking path, query and fragment removed unless the user kept them). */
  url: WebUrl,
  /** True when the user chose to keep the full address (the name is older than the cleaning of the path). */
  keptQuery: z.boolean(),
  host: z.string().check(z.minLength(1), z.maxLength(253)),
  pageTitle: z.string().check(z.maxLength(MAX_TITLE_CHARS)),
  /** Why Scam Sentinel flagged the site (page signals and blocklist listings). */
  signals: z.array(SignalSchema).check(z.maxLength(100)),
  addresses: z.array(CryptoAddressSchema).check(z.maxLength(MAX_ADDRESSES)),
  capturedAt: IsoTime,
  extensionVersion: z.string().check(z.minLength(1), z.maxLength(40)),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const ScreenshotSchema = z.string().check(z.maxLength(MAX_SCREENSHOT_CHARS), z.regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, 'must be a PNG or JPEG data URL'));

/** What the user filled in, plus the evidence they saw. */
export const ReportInputSchema = z.object({
  kind: ReportKindSchema,
  lostMoney: z.boolean(),
  notes: z.string().check(z.maxLength(MAX_NOTES_CHARS)),
  evidence: EvidenceSchema,
  /** Only present when the user ticked "include a picture of the page" and saw the preview. */
  screenshot: z.optional(ScreenshotSchema),
});
export type ReportInput = z.infer<typeof ReportInputSchema>;

/** The state of sending a report to one destination. */
export const DeliverySchema = z.object({
  status: z.enum(['queued', 'sent', 'failed']),
  attempts: z.int().check(z.nonnegative()),
  /** When the next try is due (epoch ms); only while queued. */
  nextAttemptAt: z.nullable(z.int().check(z.nonnegative())),
  lastError: z.nullable(z.string().check(z.maxLength(500))),
  sentAt: z.nullable(IsoTime),
  /** The endpoint chosen when the user pressed Send (kept so a retry goes to the same place). */
  endpoint: WebUrl,
  /** Netcraft only: the email address the user gave for this report. */
  email: z.optional(z.email().check(z.maxLength(254))),
});
export type Delivery = z.infer<typeof DeliverySchema>;

export const ReportSchema = z.extend(ReportInputSchema, {
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  createdAt: IsoTime,
  deliveries: z.partialRecord(DestinationSchema, DeliverySchema),
});
export type Report = z.infer<typeof ReportSchema>;

export function isFalsePositive(report: Pick<Report, 'kind'>): boolean {
  return report.kind === FALSE_POSITIVE;
}

/**
 * Where each kind may go. Netcraft's public API takes reports of scam and phishing sites; our
 * warnings do not come from Netcraft, so a false positive is only for the organisation (and the lists).
 */
export function destinationsFor(report: Pick<Report, 'kind'>): readonly Destination[] {
  return isFalsePositive(report) ? ['organisation'] : DESTINATIONS;
}

/** One word for the whole report, from its deliveries (see REPORT_STATUSES). */
export function reportStatus(report: Pick<Report, 'deliveries'>): Exclude<ReportStatus, 'draft'> {
  const states = Object.values(report.deliveries).map((delivery) => delivery.status);
  if (states.length === 0) return 'saved';
  if (states.includes('queued')) return 'queued';
  if (states.includes('failed')) return 'failed';
  return 'sent';
}

/** The most recent problem of any destination, for the history row. */
export function lastError(report: Pick<Report, 'deliveries'>): string | null {
  for (const delivery of Object.values(report.deliveries)) if (delivery.lastError && delivery.status !== 'sent') return delivery.lastError;
  return null;
}
