import * as z from 'zod/mini';
import { PinRecordSchema, type PinRecord } from './pin.ts';

/**
 * The person to call before sending money, shown on every warning. Validation is kind: it trims
 * and accepts the ways people really write names and phone numbers ("+39 333 123 4567",
 * "(020) 7946 0018"), and refuses what would read wrongly on a warning (markup, a URL, no digits).
 */
const GUARDIAN_NAME_MAX = 60;

const GuardianNameSchema = z.pipe(
  z.pipe(z.string(), z.transform((value) => value.replace(/\s+/g, ' ').trim())),
  z.string().check(z.minLength(1), z.maxLength(GUARDIAN_NAME_MAX), z.regex(/^[\p{L}\p{M}][\p{L}\p{M} .'’-]*$/u)),
);

const GuardianPhoneSchema = z.pipe(
  z.pipe(z.string(), z.transform((value) => value.replace(/\s+/g, ' ').trim())),
  z.string().check(
    z.maxLength(30),
    z.regex(/^\+?[\d ()./-]+$/),
    z.refine((value) => {
      const digits = value.replace(/\D/g, '').length;
      return digits >= 6 && digits <= 15; // E.164 allows at most 15 digits.
    }),
  ),
);

export const GuardianSchema = z.object({ name: GuardianNameSchema, phone: GuardianPhoneSchema });
export type Guardian = z.infer<typeof GuardianSchema>;

type GuardianProblem = 'name' | 'phone';

/** Which fields are wrong, so the form can say so next to each one. */
export function guardianProblems(input: { name: string; phone: string }): GuardianProblem[] {
  const problems: GuardianProblem[] = [];
  if (!GuardianNameSchema.safeParse(input.name).success) problems.push('name');
  if (!GuardianPhoneSchema.safeParse(input.phone).success) problems.push('phone');
  return problems;
}

/** A phone number as a tel: link target (digits and a leading "+"). */
export function telHref(phone: string): string {
  const plus = phone.trim().startsWith('+') ? '+' : '';
  return `tel:${plus}${phone.replace(/\D/g, '')}`;
}

/** Family mode as stored in storage.local: present and valid means "on". */
export const FAMILY_KEY = 'family';
export const FamilyConfigSchema = z.object({
  version: z.literal(1),
  pin: PinRecordSchema,
  guardian: GuardianSchema,
});
export type FamilyConfig = z.infer<typeof FamilyConfigSchema>;

/**
 * Family mode as read from storage. A record that is there but unusable (damaged, or written by a
 * newer version) fails closed: family mode stays on and everything stays locked. When its PIN
 * part can still be read the PIN still unlocks (and saving the helper again repairs the record);
 * otherwise nothing can unlock it, and the options page says how to start again.
 */
export type FamilyRecord =
  | { state: 'off' }
  | { state: 'on'; config: FamilyConfig }
  | { state: 'damaged'; pin: PinRecord | null };

export function loadFamilyRecord(stored: unknown): FamilyRecord {
  if (stored === undefined || stored === null) return { state: 'off' };
  const parsed = FamilyConfigSchema.safeParse(stored);
  if (parsed.success) return { state: 'on', config: parsed.data };
  const pin = PinRecordSchema.safeParse(typeof stored === 'object' ? (stored as { pin?: unknown }).pin : undefined);
  return { state: 'damaged', pin: pin.success ? pin.data : null };
}

/** The PIN that unlocks the record, if any. */
export function pinOf(record: FamilyRecord): PinRecord | null {
  return record.state === 'on' ? record.config.pin : record.state === 'damaged' ? record.pin : null;
}
