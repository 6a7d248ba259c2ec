/**
 * Eval arithmetic: verdicts per page → recall per kind, false positives per kind and language, and
 * the floor checks of issue 3. Kept apart from printing so tests can use the same numbers.
 */
import { evaluatePage } from '../../rules/engine/index.ts';
import type { Verdict } from '../../rules/verdict.ts';
import type { CorpusPage } from './corpus.ts';

/** Scam pages shorter than this carry too little text to be judged on text alone (issue 3). */
export const MIN_SCAM_TEXT = 800;
export const MIN_RECALL = 0.9;
export const MAX_SHARED_LEGIT_FLAGGED = 2;
/** Below this many legit pages in a language, the fixtures allow no false positive at all. */
export const SMALL_LANGUAGE = 50;

export interface Scored {
  page: CorpusPage;
  verdict: Verdict;
  flagged: boolean;
}

export interface Tally {
  total: number;
  flagged: number;
}

export interface FloorCheck {
  name: string;
  ok: boolean;
  detail: string;
}

export function scorePages(pages: CorpusPage[]): Scored[] {
  return pages.map((page) => {
    const verdict = evaluatePage(page.snapshot);
    return { page, verdict, flagged: verdict.level !== 'ok' };
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

const longScam = (s: Scored) => s.page.label === 'scam' && s.page.snapshot.text.length >= MIN_SCAM_TEXT;
const pct = (t: Tally) => (t.total === 0 ? 'n/a' : `${((100 * t.flagged) / t.total).toFixed(1)}%`);
export const formatTally = (t: Tally) => `${t.flagged}/${t.total} (${pct(t)})`;

export function sharedFloors(scored: Scored[]): FloorCheck[] {
  const scams = scored.filter(longScam);
  const recalled = scams.filter((s) => s.flagged).length;
  const legit = scored.filter((s) => s.page.label === 'legit');
  const fp = legit.filter((s) => s.flagged).length;
  return [
    {
      name: 'shared: recall on scam pages with >= 800 chars',
      ok: scams.length > 0 && recalled / scams.length >= MIN_RECALL,
      detail: `${recalled}/${scams.length}`,
    },
    {
      name: `shared: at most ${MAX_SHARED_LEGIT_FLAGGED} legit pages flagged`,
      ok: fp <= MAX_SHARED_LEGIT_FLAGGED,
      detail: `${fp}/${legit.length}`,
    },
  ];
}

export function fixtureFloors(scored: Scored[]): FloorCheck[] {
  const checks: FloorCheck[] = [];
  for (const [lang, items] of groupBy(scored, (s) => s.page.lang)) {
    const scams = items.filter(longScam);
    const legit = items.filter((s) => s.page.label === 'legit');
    if (scams.length > 0) {
      const recalled = scams.filter((s) => s.flagged).length;
      checks.push({
        name: `fixtures ${lang}: recall on scam pages with >= 800 chars`,
        ok: recalled / scams.length >= MIN_RECALL,
        detail: `${recalled}/${scams.length}`,
      });
    }
    if (legit.length > 0) {
      const fp = legit.filter((s) => s.flagged).length;
      const allowed = legit.length < SMALL_LANGUAGE ? 0 : MAX_SHARED_LEGIT_FLAGGED;
      checks.push({ name: `fixtures ${lang}: at most ${allowed} legit flagged`, ok: fp <= allowed, detail: `${fp}/${legit.length}` });
    }
  }
  return checks;
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}
