/**
 * The data-derived part of scoring: thresholds, awareness damping and a scale per family. Written by
 * `npm run fit` (scripts/fit.ts) from every labelled page into rules/engine/fitted-weights.ts, and
 * validated here so a broken file fails loudly in tests instead of silently changing verdicts.
 * Rule weights stay hand-given (a rule's weight is an expert's prior); the fit only decides how the
 * evidence adds up.
 */
import * as z from 'zod/mini';
import { FAMILIES } from '../packs/schema.ts';
import { FITTED_WEIGHTS } from './fitted-weights.ts';

export const ScoringParamsSchema = z.object({
  /** A family's summed weight is capped here, so one noisy family cannot carry a page. */
  familyCap: z.number().check(z.gte(1), z.lte(20)),
  /** A family counts as "present" when its (damped) score reaches this. */
  familyMin: z.number().check(z.gte(0.5), z.lte(5)),
  /** Warning: at least two present families and a page score of at least this. */
  warnScore: z.number().check(z.gte(1), z.lte(20)),
  /** Warning on ONE family when its score reaches this on a page that is not damped (extreme evidence, e.g. 1% a day next to plans). */
  singleFamilyWarn: z.number().check(z.gte(2), z.lte(100)),
  /** Danger: at least dangerFamilies present families and a score of at least dangerScore. */
  dangerScore: z.number().check(z.gte(4), z.lte(50)),
  dangerFamilies: z.int().check(z.gte(2), z.lte(8)),
  /** Awareness levels (sum of awareness cue weights) and the factor applied at each. */
  overwhelmingAwareness: z.number().check(z.gte(1), z.lte(30)),
  strongAwareness: z.number().check(z.gte(1), z.lte(30)),
  someAwareness: z.number().check(z.gte(0.5), z.lte(30)),
  /** Factors as [article, page that takes money]. */
  overwhelmingFactor: z.tuple([z.number().check(z.gte(0), z.lte(1)), z.number().check(z.gte(0), z.lte(1))]),
  strongFactor: z.tuple([z.number().check(z.gte(0), z.lte(1)), z.number().check(z.gte(0), z.lte(1))]),
  someFactor: z.tuple([z.number().check(z.gte(0), z.lte(1)), z.number().check(z.gte(0), z.lte(1))]),
  /** Multiplier of every signal of a family (1 = the rule weights as written). */
  familyScale: z.partialRecord(z.enum(FAMILIES), z.number().check(z.gte(0), z.lte(3))),
});
export type ScoringParams = z.infer<typeof ScoringParamsSchema>;

/** The committed fit, validated once at load. */
export const SCORING_PARAMS: ScoringParams = ScoringParamsSchema.parse(FITTED_WEIGHTS);
