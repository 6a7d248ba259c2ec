/**
 * Fits the scoring parameters (rules/engine/scoring-params.ts) to labelled pages. Deterministic:
 * coordinate ascent over fixed candidate values, in a fixed order, starting from fixed defaults, ties
 * kept at the current value. Rule evidence is collected once per page; the search only re-scores it.
 *
 * Objective: scam pages flagged minus FP_COST per honest page flagged. An honest page flagged costs more
 * than a scam missed because the 1% false-positive floor is far tighter than the recall floor, and a
 * product that cries wolf is switched off.
 */
import type { PageEvidence } from '../../rules/engine/index.ts';
import { scoreSignals, SEPARATE_EVIDENCE_WEIGHT } from '../../rules/engine/score.ts';
import { ScoringParamsSchema, type ScoringParams } from '../../rules/engine/scoring-params.ts';
import { FAMILIES, type Family } from '../../rules/packs/schema.ts';

export interface LabelledEvidence {
  label: 'scam' | 'legit';
  evidence: PageEvidence;
}

const FP_COST = 8;
const MAX_PASSES = 4;

/** The starting point of every fit: the hand-set values the engine shipped with before it was fitted. */
export const PRIOR: ScoringParams = ScoringParamsSchema.parse({
  familyCap: 7,
  familyMin: 1.5,
  warnScore: 4,
  singleFamilyWarn: 100,
  dangerScore: 13,
  dangerFamilies: 4,
  overwhelmingAwareness: 9,
  strongAwareness: 6,
  someAwareness: 3,
  overwhelmingFactor: [0.25, 0.3],
  strongFactor: [0.25, 0.6],
  someFactor: [0.55, 0.85],
  familyScale: {},
});

type Setter = (p: ScoringParams, value: number) => ScoringParams;
interface Knob {
  name: string;
  values: number[];
  get: (p: ScoringParams) => number;
  set: Setter;
}

const scalar = (key: 'familyCap' | 'familyMin' | 'warnScore' | 'singleFamilyWarn' | 'someAwareness' | 'strongAwareness' | 'overwhelmingAwareness', values: number[]): Knob => ({
  name: key,
  values,
  get: (p) => p[key],
  set: (p, v) => ({ ...p, [key]: v }),
});
const factor = (key: 'someFactor' | 'strongFactor' | 'overwhelmingFactor', index: 0 | 1, values: number[]): Knob => ({
  name: `${key}[${index}]`,
  values,
  get: (p) => p[key][index],
  set: (p, v) => {
    const pair: [number, number] = [...p[key]];
    pair[index] = v;
    return { ...p, [key]: pair };
  },
});
const familyScale = (family: Family): Knob => ({
  name: `familyScale.${family}`,
  values: [0.5, 0.75, 1, 1.25, 1.5],
  get: (p) => p.familyScale[family] ?? 1,
  set: (p, v) => ({ ...p, familyScale: { ...p.familyScale, [family]: v } }),
});

// Blocklist and decisive families never need scaling: they decide on their own.
const SCALED_FAMILIES = FAMILIES.filter((f) => f !== 'blocklist');

const KNOBS: Knob[] = [
  scalar('warnScore', [3, 3.5, 4, 4.5, 5, 5.5, 6, 7]),
  scalar('familyMin', [1, 1.25, 1.5, 2, 2.5]),
  scalar('familyCap', [5, 6, 7, 8, 10]),
  scalar('singleFamilyWarn', [6, 7, 8, 9, 10, 12, 100]),
  scalar('someAwareness', [2, 3, 4, 5]),
  scalar('strongAwareness', [5, 6, 7, 8]),
  scalar('overwhelmingAwareness', [8, 9, 10, 12]),
  factor('someFactor', 0, [0.4, 0.55, 0.7, 0.85, 1]),
  factor('someFactor', 1, [0.55, 0.7, 0.85, 1]),
  factor('strongFactor', 0, [0.15, 0.25, 0.4, 0.55]),
  factor('strongFactor', 1, [0.4, 0.6, 0.8]),
  factor('overwhelmingFactor', 0, [0.15, 0.25, 0.4]),
  factor('overwhelmingFactor', 1, [0.2, 0.3, 0.45]),
  ...SCALED_FAMILIES.map(familyScale),
];

/**
 * One signal per family with the family's summed weight: scores exactly as the page's own signals do
 * (family scales multiply a sum), at a fraction of the cost inside the search loop.
 */
export function compactEvidence(evidence: PageEvidence): PageEvidence {
  const byFamily = new Map<string, { weight: number; rules: Set<string> }>();
  for (const s of evidence.signals) {
    const family = byFamily.get(s.family) ?? { weight: 0, rules: new Set<string>() };
    family.weight += s.weight;
    if (s.weight >= SEPARATE_EVIDENCE_WEIGHT) family.rules.add(s.id);
    byFamily.set(s.family, family);
  }
  // Where the family had two rules strong enough to count apart, the sum is split into two signals that
  // each are: "two different rules of this family" stays true, and the family's score is unchanged.
  const signals = [...byFamily].flatMap(([family, { weight, rules }]) =>
    rules.size >= 2
      ? [
          { id: `${family}.sum`, family, weight: weight - SEPARATE_EVIDENCE_WEIGHT, evidence: '' },
          { id: `${family}.more`, family, weight: SEPARATE_EVIDENCE_WEIGHT, evidence: '' },
        ]
      : [{ id: `${family}.sum`, family, weight, evidence: '' }],
  );
  return { ...evidence, signals };
}

export const isFlagged = (evidence: PageEvidence, params: ScoringParams) =>
  scoreSignals(evidence.signals, evidence.decisive, evidence.context, params).level !== 'ok';

/** Pages must be compacted (compactEvidence) by the caller: the search calls this thousands of times. */
export function objective(pages: LabelledEvidence[], params: ScoringParams): number {
  let value = 0;
  for (const page of pages) {
    if (!isFlagged(page.evidence, params)) continue;
    value += page.label === 'scam' ? 1 : -FP_COST;
  }
  return value;
}

/** The best parameters for `pages` (deterministic for the same pages in the same order). */
export function fitParams(labelled: LabelledEvidence[]): ScoringParams {
  const pages = labelled.map((p) => ({ label: p.label, evidence: compactEvidence(p.evidence) }));
  let best = PRIOR;
  let bestValue = objective(pages, best);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let improved = false;
    for (const knob of KNOBS) {
      const current = knob.get(best);
      for (const value of knob.values) {
        if (value === current) continue;
        const candidate = knob.set(best, value);
        const score = objective(pages, candidate);
        if (score > bestValue) {
          best = candidate;
          bestValue = score;
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
  return ScoringParamsSchema.parse(best);
}
