import * as z from 'zod/mini';
import { RuleInfoSchema } from './schema.ts';

/**
 * A phrase rule: RuleInfo plus the phrases that trigger it, per language. Phrases are matched on
 * normalised text (see rules/engine/normalize.ts), on word boundaries; a trailing "*" makes a word
 * prefix ("guarante*"). Every language's phrases are matched on every page: scam kits mix languages
 * and the declared page language is often wrong.
 */
const PACK_LANGS = ['en', 'it', 'fr', 'de', 'es', 'pt', 'nl', 'pl'] as const;

/** What a rule leaves out means this (the schema's defaults, which tests/unit/packs/packs.test.ts compares). */
const PHRASE_RULE_DEFAULTS = { decisive: false, negatable: false, minDistinct: 1, officialDomains: [], maxHits: 3 } as const;

const PhraseSchema = z.string().check(z.minLength(2), z.maxLength(120));
export const PhrasesByLangSchema = z.partialRecord(z.enum(PACK_LANGS), z.array(PhraseSchema));
export type PhrasesByLang = z.infer<typeof PhrasesByLangSchema>;

export const PhraseRuleSchema = z.extend(RuleInfoSchema, {
  phrases: PhrasesByLangSchema,
  /**
   * The rule only fires when one of its phrases occurs within `within` characters of one of these
   * (e.g. "Interpol" near "in partnership with"). Keeps common words from firing alone.
   */
  near: z.optional(z.object({ phrases: PhrasesByLangSchema, within: z.int().check(z.gte(10), z.lte(400)) })),
  /**
   * The rule never fires on a page where one of these phrases occurs ANYWHERE. Used when what makes
   * the evidence suspicious is what the page leaves out: a company-number claim with no regulator
   * reference, WalletConnect's own sentences on a page that never names WalletConnect.
   */
  absent: z.optional(PhrasesByLangSchema),
  /** Ignore a match preceded by a negation ("we do NOT guarantee profits", "there is no risk-free"). */
  negatable: z._default(z.boolean(), PHRASE_RULE_DEFAULTS.negatable),
  /** The rule only fires when at least this many DIFFERENT phrases match (e.g. a list of 8 wallet brands). */
  minDistinct: z._default(z.int().check(z.gte(1), z.lte(50)), PHRASE_RULE_DEFAULTS.minDistinct),
  /** Registrable domains on which the rule never fires (the real WalletConnect site may describe itself). */
  officialDomains: z._default(z.array(z.string().check(z.regex(/^[a-z0-9.-]+\.[a-z]{2,}$/))), []),
  /** How many matches count towards the score (each extra one adds a quarter of the weight). */
  maxHits: z._default(z.int().check(z.gte(1), z.lte(10)), PHRASE_RULE_DEFAULTS.maxHits),
});
export type PhraseRule = z.infer<typeof PhraseRuleSchema>;
export type PhraseRuleInput = z.input<typeof PhraseRuleSchema>;

/**
 * A family's pack with the defaults filled in. It is not validated here: parsing every pack at each worker wake
 * cost tens of milliseconds before the first verdict. tests/unit/packs/packs.test.ts validates every rule
 * against PhraseRuleSchema, so a broken pack fails the tests, never a user's page.
 */
export function definePack(rules: PhraseRuleInput[]): PhraseRule[] {
  return rules.map((rule) => ({ ...PHRASE_RULE_DEFAULTS, officialDomains: [], ...rule }) as PhraseRule);
}
