/**
 * SCORING — how signals become a verdict. Deterministic: same snapshot, same verdict.
 *
 * 1. Each signal carries its rule's hand-given weight (1–5 in practice):
 *      3–3.5  a promise or demand scams make and honest firms never do (guaranteed profit, "pay the tax to
 *             release your funds", recovery fees, AnyDesk, police "partners")
 *      2–2.5  typical scam structure (deposit limits, principal back, payout tickers, recovery offers)
 *      1–1.5  weak alone, telling together (bonuses, referral levels, urgency, testimonials)
 *    A rule matched several times adds a quarter of its weight per extra match (up to maxHits).
 * 2. Family score = sum of its signals × the family's fitted scale, capped at familyCap, so one noisy
 *    family cannot carry a page. Page score = sum of family scores × context factor.
 * 3. Context factor: awareness cues (scam-warning talk, "never share your recovery phrase", risk
 *    warnings, news/lawyer wording, and scam phrases the page quotes or reports: "scammers promise
 *    guaranteed returns" is no promise of the page, see reported-speech.ts) add up to A; above each
 *    fitted awareness level the page is damped,
 *    less when it takes money (deposit calls, money fields). A page that SELLS recovery to victims is
 *    never damped: fake recovery services speak the language of warnings.
 * 4. Level:
 *      danger  — a decisive signal (seed-phrase form, blocklisted site), never damped; or at least
 *                dangerFamilies families and score ≥ dangerScore;
 *      warning — at least 2 families (each ≥ familyMin after the factor) and score ≥ warnScore; or ONE
 *                family with two different rules whose score reaches singleFamilyWarn on an undamped page (extreme evidence, e.g. ≥ 1% a day
 *                next to plans and deposits); the weakest rules (below SEPARATE_EVIDENCE_WEIGHT: get-rich talk,
 *                urgency) never make the second rule: "risk free" three times plus "financial freedom" is one claim;
 *      ok      — otherwise.
 *
 * Every number of steps 2–4 is data: fitted by `npm run fit` (scripts/fit/fit.ts) on all labelled pages
 * and committed in rules/engine/fitted-weights.ts. `npm run eval` refits without each source group to
 * judge that group (leave-one-source-group-out); its output is the engine's measured quality.
 */
import type { Level, Signal } from '../verdict.ts';
import { SCORING_PARAMS, type ScoringParams } from './scoring-params.ts';

export interface PageContextScores {
  /** Sum of awareness cue weights (see rules/packs/context.ts). */
  awareness: number;
  /** Whether the page asks for money or credentials (deposit calls, amount/card/password fields). */
  takesMoney: boolean;
  /** The page sells a service to scam victims (recovery): never damped as an awareness page. */
  sellsRecovery?: boolean;
}

interface ScoreResult {
  level: Level;
  score: number;
  families: string[];
  factor: number;
}

/**
 * A signal this weak (the 1–1.5 class of step 1 below 1.5: "financial freedom", "act now") adds to its
 * family's score but is no second kind of evidence for a warning on one family alone.
 */
export const SEPARATE_EVIDENCE_WEIGHT = 1.5;

function contextFactor(context: PageContextScores, params: ScoringParams = SCORING_PARAMS): number {
  if (context.sellsRecovery) return 1;
  const pick = ([article, money]: [number, number]) => (context.takesMoney ? money : article);
  if (context.awareness >= params.overwhelmingAwareness) return pick(params.overwhelmingFactor);
  if (context.awareness >= params.strongAwareness) return pick(params.strongFactor);
  if (context.awareness >= params.someAwareness) return pick(params.someFactor);
  return 1;
}

export function scoreSignals(
  signals: Signal[],
  decisive: boolean,
  context: PageContextScores,
  params: ScoringParams = SCORING_PARAMS,
): ScoreResult {
  const familyScores = new Map<string, number>();
  const familyRules = new Map<string, Set<string>>();
  for (const signal of signals) {
    const scale = params.familyScale[signal.family as keyof ScoringParams['familyScale']] ?? 1;
    familyScores.set(signal.family, (familyScores.get(signal.family) ?? 0) + signal.weight * scale);
    if (signal.weight >= SEPARATE_EVIDENCE_WEIGHT) familyRules.set(signal.family, (familyRules.get(signal.family) ?? new Set()).add(signal.id));
  }
  const factor = contextFactor(context, params);
  let score = 0;
  let strongest = 0;
  const families: string[] = [];
  for (const [family, raw] of familyScores) {
    const value = Math.min(raw, params.familyCap) * factor;
    // One family alone only with two different rules of it (a rate AND a plan table, not one word
    // repeated), and only on a page with no sign of being a warning: damped pages need two families.
    if (factor === 1 && (familyRules.get(family)?.size ?? 0) >= 2) strongest = Math.max(strongest, raw);
    score += value;
    if (value >= params.familyMin) families.push(family);
  }
  score = Math.round(score * 100) / 100;
  families.sort();
  let level: Level = 'ok';
  if (decisive || (families.length >= params.dangerFamilies && score >= params.dangerScore)) level = 'danger';
  else if ((families.length >= 2 && score >= params.warnScore) || strongest >= params.singleFamilyWarn) level = 'warning';
  return { level, score, families, factor };
}
