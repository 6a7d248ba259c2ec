import * as z from 'zod/mini';

/** Languages every piece of UI text, rule explanations included, must exist in. */
export const UI_LANGS = ['en', 'it', 'fr', 'de', 'es'] as const;
export type UiLang = (typeof UI_LANGS)[number];

export const FAMILIES = [
  'returns',
  'plans',
  'callcenter',
  'withdrawal',
  'recovery',
  'credentials',
  'impersonation',
  'socialproof',
  'addresses',
  'blocklist',
] as const;
export const FamilySchema = z.enum(FAMILIES);
export type Family = z.infer<typeof FamilySchema>;

/** A plain-language explanation of a rule in every UI language (written for an 80-year-old). */
const ExplanationSchema = z.object(
  Object.fromEntries(UI_LANGS.map((lang) => [lang, z.string().check(z.minLength(10), z.maxLength(300))])) as Record<UiLang, z.ZodMiniString>,
);

/** What every rule has, however it matches: the data the UI needs to explain a signal. */
export const RuleInfoSchema = z.object({
  /** "<family>.<name>", e.g. "returns.guaranteed". */
  id: z.string().check(z.regex(/^[a-z]+\.[a-z0-9_-]+$/)),
  family: FamilySchema,
  weight: z.number().check(z.gte(0), z.lte(100)),
  /** A decisive rule is enough on its own for "danger" (seed-phrase harvesting, a blocklisted site). */
  decisive: z._default(z.boolean(), false),
  explain: ExplanationSchema,
});
export type RuleInfo = z.infer<typeof RuleInfoSchema>;
