/**
 * `npm run fit`: fits the scoring parameters on every labelled page (scripts/fit/fit.ts) and writes them
 * to rules/engine/fitted-weights.ts, the committed data the engine scores with. Deterministic: the same
 * pages and rules always write the same file. Run it after changing rules, then `npm run eval`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadAllPages, REPO_ROOT } from './eval/corpus.ts';
import { collectAll } from './eval/report.ts';
import { fitParams, objective, compactEvidence } from './fit/fit.ts';

const OUT = path.join(REPO_ROOT, 'rules', 'engine', 'fitted-weights.ts');

const labelled = collectAll(loadAllPages()).flatMap((s) =>
  s.page.label === 'uncertain' || s.evidence === null ? [] : [{ label: s.page.label, evidence: s.evidence }],
);
const params = fitParams(labelled);
const compact = labelled.map((p) => ({ label: p.label, evidence: compactEvidence(p.evidence) }));
const header = '// Written by `npm run fit` (scripts/fit.ts): do not edit by hand. Validated by rules/engine/scoring-params.ts.\n';
writeFileSync(OUT, `${header}export const FITTED_WEIGHTS = ${JSON.stringify(params, null, 2)};\n`);
console.log(`fitted on ${labelled.length} pages (objective ${objective(compact, params)}): ${path.relative(REPO_ROOT, OUT)}`);
