import { describe, expect, it } from 'vitest';
import type { PageEvidence } from '../../../rules/engine/index.ts';
import type { CorpusPage } from '../../../scripts/eval/corpus.ts';
import { floors, scoreLoso, type Scored } from '../../../scripts/eval/report.ts';
import { fitParams, isFlagged, PRIOR } from '../../../scripts/fit/fit.ts';

/** Signals by rule id ("returns.a": 3); the family is the id's first part. */
const evidence = (rules: Record<string, number>): PageEvidence => ({
  signals: Object.entries(rules).map(([id, weight]) => ({ id, family: id.split('.')[0]!, weight, evidence: '' })),
  decisive: false,
  context: { awareness: 0, takesMoney: false },
});

function item(id: string, group: string, label: 'scam' | 'legit', families: Record<string, number>, kind = 'k'): Scored {
  const page: CorpusPage = {
    id, label, kind, lang: 'en', source: 'test', group,
    snapshot: { url: '', title: '', text: '', forms: [], links: [] },
  };
  return { page, evidence: evidence(families), flagged: false };
}

describe('leave-one-source-group-out', () => {
  // Scam pages with strong returns+plans evidence are flagged by any fit; the "odd" group's pages carry
  // only a strong single family, which the fit learns to flag only if some OTHER group teaches it.
  const common = [
    ...Array.from({ length: 6 }, (_, i) => item(`s${i}`, `kit${i}`, 'scam', { 'returns.a': 4, 'plans.a': 3 })),
    ...Array.from({ length: 6 }, (_, i) => item(`l${i}`, `site${i}`, 'legit', { 'returns.a': 1 })),
  ];
    const odd = [item('o1', 'odd', 'scam', { 'returns.a': 5, 'returns.b': 4 }), item('o2', 'odd', 'scam', { 'returns.a': 5, 'returns.b': 4 })];

  it('judges a group with a fit that never saw it', () => {
    const scored = scoreLoso([...common, ...odd]);
    // Fitted with its own pages, single-family evidence would be flagged; without them, nothing teaches it.
    expect(isFlagged(odd[0]!.evidence!, fitParams(odd.map((s) => ({ label: 'scam' as const, evidence: s.evidence! }))))).toBe(true);
    expect(scored.filter((s) => s.page.group === 'odd').every((s) => !s.flagged)).toBe(true);
  });

  it('a second group with the same trait teaches the fit to flag the first', () => {
    const other = [item('p1', 'other', 'scam', { 'returns.a': 5, 'returns.b': 4 }), item('p2', 'other', 'scam', { 'returns.a': 5, 'returns.b': 4 })];
    const scored = scoreLoso([...common, ...odd, ...other]);
    expect(scored.filter((s) => s.page.group === 'odd').every((s) => s.flagged)).toBe(true);
  });

  it('fits deterministically and starts from the prior', () => {
    const pages = common.map((s) => ({ label: s.page.label as 'scam' | 'legit', evidence: s.evidence! }));
    expect(fitParams(pages)).toEqual(fitParams(pages));
    expect(fitParams([])).toEqual(PRIOR);
  });
});

describe('floors', () => {
  it('checks recall overall, per kind and language with >= 8 scam pages, and honest pages flagged, with margins', () => {
    const scams = Array.from({ length: 10 }, (_, i) => ({ ...item(`s${i}`, `g${i}`, 'scam', {}, i < 8 ? 'big' : 'small'), flagged: i !== 0 }));
    const legit = Array.from({ length: 100 }, (_, i) => ({ ...item(`l${i}`, `h${i}`, 'legit', {}), flagged: i < 2 }));
    const checks = floors([...scams, ...legit]);
    const byName = new Map(checks.map((c) => [c.name, c]));
    expect(byName.get('recall overall')?.ok).toBe(true);
    expect(byName.get('recall overall')?.detail).toContain('margin +0.0 pts');
    expect(byName.get('recall kind big')?.ok).toBe(true);
    expect(byName.has('recall kind small')).toBe(false);
    expect(byName.get('honest pages flagged')?.ok).toBe(false);
  });
});
