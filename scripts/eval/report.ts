/**
 * Eval arithmetic, kept apart from printing so tests use the same numbers:
 *  - leave-one-source-group-out (LOSO): each source group is judged with scoring parameters fitted on
 *    every OTHER group (scripts/fit/fit.ts), so no page is judged by numbers learnt from its own kit;
 *  - recall over ALL scam pages (no length filter), per kind and per language; honest pages flagged;
 *  - the floors of issue 11, each with its margin.
 */
import { collectEvidence, type PageEvidence } from '../../rules/engine/index.ts';
import { compactEvidence, fitParams, isFlagged, type LabelledEvidence } from '../fit/fit.ts';
import type { CorpusPage } from './corpus.ts';

const MIN_RECALL = 0.9;
const MIN_GROUP_RECALL = 0.85;
/** Kinds and languages with at least this many scam pages get their own recall floor. */
const MIN_PAGES_FOR_FLOOR = 8;
const MAX_LEGIT_FLAGGED_RATE = 0.01;

export interface Scored {
  page: CorpusPage;
  evidence: PageEvidence | null;
  flagged: boolean;
}

interface Tally {
  total: number;
  flagged: number;
}

export interface FloorCheck {
  name: string;
  ok: boolean;
  detail: string;
}

const EMPTY: PageEvidence = { signals: [], decisive: false, context: { awareness: 0, takesMoney: false } };

/** Collects every page's evidence once (the expensive part: phrase scans, rates, detectors). */
export function collectAll(pages: CorpusPage[]): Scored[] {
  return pages.map((page) => ({ page, evidence: collectEvidence(page.snapshot), flagged: false }));
}

const isLabelled = (s: Scored): s is Scored & { page: { label: 'scam' | 'legit' } } => s.page.label !== 'uncertain';

/** LOSO: every group judged by a fit made without it. Uncertain pages are judged by the fit on all pages. */
export function scoreLoso(items: Scored[]): Scored[] {
  const labelled = items.filter(isLabelled);
  const training = (exclude: string | null): LabelledEvidence[] =>
    labelled.filter((s) => s.page.group !== exclude).map((s) => ({ label: s.page.label, evidence: s.evidence ?? EMPTY }));
  const fits = new Map<string | null, ReturnType<typeof fitParams>>();
  const fitWithout = (group: string | null) => {
    if (!fits.has(group)) fits.set(group, fitParams(training(group)));
    return fits.get(group)!;
  };
  return items.map((s) => {
    const params = fitWithout(isLabelled(s) ? s.page.group : null);
    return { ...s, flagged: s.evidence !== null && isFlagged(compactEvidence(s.evidence), params) };
  });
}

export function tallyBy(items: Scored[], key: (s: Scored) => string): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const item of items) {
    const k = key(item);
    const t = out.get(k) ?? { total: 0, flagged: 0 };
    t.total++;
    if (item.flagged) t.flagged++;
    out.set(k, t);
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

const pct = (t: Tally) => (t.total === 0 ? 'n/a' : `${((100 * t.flagged) / t.total).toFixed(1)}%`);
export const formatTally = (t: Tally) => `${t.flagged}/${t.total} (${pct(t)})`;
const points = (delta: number) => `${delta >= 0 ? '+' : ''}${(100 * delta).toFixed(1)} pts`;

/**
 * Where the engine does not reach the target yet, CI enforces what it truly achieves (a ratchet:
 * raise these as detection improves, never lower them to make a change pass). Keyed by check name.
 */
const ENFORCED_BELOW_TARGET: Record<string, number> = {
};

function recallFloor(name: string, t: Tally, target: number): FloorCheck {
  const rate = t.total === 0 ? 0 : t.flagged / t.total;
  const enforced = ENFORCED_BELOW_TARGET[name] ?? target;
  const below = enforced < target ? `; BELOW TARGET, enforced floor ${(enforced * 100).toFixed(1)}% (margin ${points(rate - enforced)})` : '';
  return {
    name,
    ok: t.total > 0 && rate >= enforced,
    detail: `${formatTally(t)}, target ${target * 100}%, margin ${points(rate - target)}${below}`,
  };
}

export function floors(scored: Scored[]): FloorCheck[] {
  const scams = scored.filter((s) => s.page.label === 'scam');
  const legit = scored.filter((s) => s.page.label === 'legit');
  const all = tallyBy(scams, () => 'all').get('all') ?? { total: 0, flagged: 0 };
  const checks = [recallFloor('recall overall', all, MIN_RECALL)];
  for (const [kind, t] of tallyBy(scams, (s) => s.page.kind)) {
    if (t.total >= MIN_PAGES_FOR_FLOOR) checks.push(recallFloor(`recall kind ${kind}`, t, MIN_GROUP_RECALL));
  }
  for (const [lang, t] of tallyBy(scams, (s) => s.page.lang)) {
    if (t.total >= MIN_PAGES_FOR_FLOOR) checks.push(recallFloor(`recall language ${lang}`, t, MIN_GROUP_RECALL));
  }
  const fp = legit.filter((s) => s.flagged).length;
  const rate = legit.length === 0 ? 1 : fp / legit.length;
  checks.push({
    name: 'honest pages flagged',
    ok: legit.length > 0 && rate <= MAX_LEGIT_FLAGGED_RATE,
    detail: `${fp}/${legit.length} (${(100 * rate).toFixed(1)}%), target <= ${MAX_LEGIT_FLAGGED_RATE * 100}%, margin ${points(MAX_LEGIT_FLAGGED_RATE - rate)}`,
  });
  return checks;
}
