import { z } from 'zod';
import { PinRecordSchema } from './pin.ts';

/**
 * The person to call before sending money, shown on every warning. Validation is kind: it trims
 * and accepts the ways people really write names and phone numbers ("+39 333 123 4567",
 * "(020) 7946 0018"), and refuses what would read wrongly on a warning (markup, a URL, no digits).
 */
export const GUARDIAN_NAME_MAX = 60;

export const GuardianNameSchema = z
  .string()
  .transform((value) => value.replace(/\s+/g, ' ').trim())
  .pipe(
    z
      .string()
      .min(1)
      .max(GUARDIAN_NAME_MAX)
      // Letters of any script, marks, spaces, and the punctuation of names ("Anne-Marie", "O'Brien", "Dr. Rossi").
      .regex(/^[\p{L}\p{M}][\p{L}\p{M} .'’-]*$/u),
  );

export const GuardianPhoneSchema = z
  .string()
  .transform((value) => value.replace(/\s+/g, ' ').trim())
  .pipe(
    z
      .string()
      .max(30)
      .regex(/^\+?[\d ()./-]+$/)
      .refine((value) => {
        const digits = value.replace(/\D/g, '').length;
        return digits >= 6 && digits <= 15; // E.164 allows at most 15 digits.
      }),
  );

export const GuardianSchema = z.object({ name: GuardianNameSchema, phone: GuardianPhoneSchema });
export type Guardian = z.infer<typeof GuardianSchema>;

export type GuardianProblem = 'name' | 'phone';

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

/** Stored family config, or null when it is off or the record is unusable. */
export function loadFamilyConfig(stored: unknown): FamilyConfig | null {
  const parsed = FamilyConfigSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}
