import * as z from 'zod/mini';
import { EvidenceSchema, ReportKindSchema, ScreenshotSchema, type Report } from './schema.ts';

/**
 * The JSON an organisation endpoint receives (a consumer association, a bank's fraud team, a
 * family's own collector). Versioned by "format" + "version" so receivers can validate it with this
 * schema; fields are only ever added in a new version. The user's Netcraft email is never included.
 * A "kind" of "false-positive" is the user saying our warning about an honest site is a mistake.
 */
const ORGANISATION_FORMAT = 'scam-sentinel-report';

export const OrganisationBodySchema = z.strictObject({
  format: z.literal(ORGANISATION_FORMAT),
  version: z.literal(1),
  report: z.strictObject({
    id: z.string().check(z.minLength(1), z.maxLength(64)),
    createdAt: z.iso.datetime(),
    kind: ReportKindSchema,
    lostMoney: z.boolean(),
    notes: z.string().check(z.maxLength(2000)),
    evidence: EvidenceSchema,
    screenshot: z.optional(ScreenshotSchema),
  }),
});
type OrganisationBody = z.infer<typeof OrganisationBodySchema>;

export function organisationBody(report: Report): OrganisationBody {
  return OrganisationBodySchema.parse({
    format: ORGANISATION_FORMAT,
    version: 1,
    report: {
      id: report.id,
      createdAt: report.createdAt,
      kind: report.kind,
      lostMoney: report.lostMoney,
      notes: report.notes,
      evidence: report.evidence,
      ...(report.screenshot ? { screenshot: report.screenshot } : {}),
    },
  });
}
