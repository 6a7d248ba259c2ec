/**
 * The detection engine: snapshot in, verdict out. Pure TypeScript, no DOM or browser APIs.
 *
 *   normalise once → one matcher pass (all phrase rules, context cues, and the brand-claim phrases of
 *   the impersonation detector) → rate parsing → form structure (rules/engine/form-signals.ts) → code
 *   detectors (lookalike domains, addresses, credential forms) → score (rules/engine/score.ts).
 */
import { codeDetectorRules, codeDetectors } from './detectors/index.ts';
import { phraseRules } from '../packs/index.ts';
import { UI_LANGS, type RuleInfo, type UiLang } from '../packs/schema.ts';
import { normalizeHost, registrableDomain } from '../hosts/normalize.ts';
import { PageSnapshotSchema, TEXT_BREAK, type PageSnapshot } from '../snapshot.ts';
import { clipEvidence, OK_VERDICT, VerdictSchema, type Signal, type Verdict } from '../verdict.ts';
import type { PageContext } from './context.ts';
import { cleanSnapshot } from './clean-snapshot.ts';
import { normalizeText } from './normalize.ts';
import { compiledPhrases, scanPhrases } from './phrases.ts';
import { scoreSignals, type PageContextScores } from './score.ts';
import { SCORING_PARAMS, type ScoringParams } from './scoring-params.ts';
import { contextScores, phraseSignals, rateSignal } from './signals.ts';
import { FORM_RULES, formSignals } from './form-signals.ts';
import { FUNNEL_RULES } from './funnel-rules.ts';
import { funnelSignals } from './funnel-signals.ts';

export interface EvaluateOptions {
  /** Skip the code detectors (used by the bench to time the phrase engine alone). */
  skipCodeDetectors?: boolean;
  /** The page's site is a popular one (the caller asks rules/hosts/popular.ts): no look-alike signal. */
  popularSite?: boolean;
}

const MAX_SIGNALS = 100;

let registry: Map<string, RuleInfo> | null = null;
function ruleRegistry(): Map<string, RuleInfo> {
  if (!registry) {
    registry = new Map();
    for (const rule of [...phraseRules, ...FORM_RULES, ...FUNNEL_RULES, ...codeDetectorRules]) {
      registry.set(rule.id, {
        id: rule.id,
        family: rule.family,
        weight: rule.weight,
        decisive: rule.decisive,
        explain: rule.explain,
      });
    }
  }
  return registry;
}

/** Every rule the engine can emit (phrase packs and code detectors), for the UI and the pack lint. */
export function allRules(): RuleInfo[] {
  return [...ruleRegistry().values()];
}

const FALLBACK_EXPLANATION: Record<UiLang, string> = {
  en: 'This page shows a warning sign of an investment scam.',
  it: 'Questa pagina mostra un segnale tipico delle truffe sugli investimenti.',
  fr: 'Cette page montre un signe typique des arnaques au placement.',
  de: 'Diese Seite zeigt ein typisches Warnzeichen für Anlagebetrug.',
  es: 'Esta página muestra una señal típica de las estafas de inversión.',
};

/** The plain-language explanation of a signal, in the UI language (English if unknown). */
export function explainSignal(id: string, lang: string): string {
  const uiLang: UiLang = (UI_LANGS as readonly string[]).includes(lang) ? (lang as UiLang) : 'en';
  return ruleRegistry().get(id)?.explain[uiLang] ?? FALLBACK_EXPLANATION[uiLang];
}

/** The text every phrase rule reads: title, visible text and form placeholders, normalised. */
export function normalizedPageText(snapshot: PageSnapshot): string {
  // Form placeholders are page text too ("Enter your 12-word phrase", "Your Perfect Money account").
  const placeholders = snapshot.forms.flatMap((f) => f.fields.map((field) => field.placeholder)).filter((p) => p !== '');
  const parts = [snapshot.title, snapshot.text, ...placeholders].filter((p) => p !== '');
  // Title, text and each placeholder are read apart: no phrase spans two of them.
  return normalizeText(parts.join(TEXT_BREAK));
}

function pageContext(snapshot: PageSnapshot): PageContext {
  const host = snapshot.url ? normalizeHost(snapshot.url) : null;
  const text = normalizedPageText(snapshot);
  const lang = snapshot.lang ? snapshot.lang.toLowerCase().split(/[-_]/)[0] || null : null;
  return { snapshot, host, text, lang };
}

function runCodeDetectors(ctx: PageContext): Signal[] {
  const signals: Signal[] = [];
  for (const detect of codeDetectors) {
    try {
      for (const s of detect(ctx)) signals.push({ ...s, evidence: clipEvidence(s.evidence) });
    } catch {
      // A faulty detector must never break the page or the other detectors.
    }
  }
  return signals;
}

/** Everything the engine found on a page, before scoring: what `npm run fit` learns the scoring from. */
export interface PageEvidence {
  signals: Signal[];
  decisive: boolean;
  context: PageContextScores;
}

/** Runs every rule on a page. Null when the input is not a valid snapshot. */
export function collectEvidence(input: PageSnapshot, options: EvaluateOptions = {}): PageEvidence | null {
  let snapshot = cleanSnapshot(input);
  if (snapshot === null) {
    const parsed = PageSnapshotSchema.safeParse(input);
    if (!parsed.success) return null;
    snapshot = parsed.data;
  }
  const ctx = pageContext(snapshot);
  if (options.popularSite) ctx.popularSite = true;
  const { owners, hits, claimMatches, issueConcepts, doublings, probes } = scanPhrases(ctx.text);
  ctx.brandClaimMatches = claimMatches;
  ctx.issueConcepts = issueConcepts;
  const domain = ctx.host ? registrableDomain(ctx.host) : null;
  const signals = phraseSignals(ctx.text, owners, hits, domain);
  const rate = rateSignal(ctx.text, doublings);
  if (rate) signals.push(rate);
  signals.push(...formSignals(ctx.snapshot.forms));
  // A funnel trait that repeats a phrase rule already found (a call promise, a win rate) adds nothing.
  for (const s of funnelSignals(ctx.text, ctx.snapshot.forms, probes)) if (!signals.some((o) => o.id === s.id)) signals.push(s);
  if (!options.skipCodeDetectors) signals.push(...runCodeDetectors(ctx));

  const rules = ruleRegistry();
  const valid = signals.filter((s) => Number.isFinite(s.weight) && s.weight >= 0 && s.id && s.family);
  const decisive = valid.some((s) => rules.get(s.id)?.decisive === true);
  return { signals: valid, decisive, context: contextScores(owners, hits, ctx.snapshot.forms, valid) };
}

/** Scores collected evidence into a verdict (with the committed fit unless `params` is given). */
export function verdictOf(evidence: PageEvidence, params: ScoringParams = SCORING_PARAMS): Verdict {
  const result = scoreSignals(evidence.signals, evidence.decisive, evidence.context, params);
  const signals = [...evidence.signals].sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
  const verdict: Verdict = {
    level: result.level,
    score: result.score,
    signals: signals.slice(0, MAX_SIGNALS).map((s) => ({ ...s, weight: Math.round(s.weight * 100) / 100 })),
  };
  return VerdictSchema.safeParse(verdict).success ? verdict : OK_VERDICT;
}

/**
 * Builds now what the first page check would otherwise build (the phrase automaton over every pack: about 30 ms,
 * and 40 % of a cold check), for a caller that knows a check is coming. Nothing changes but when it is built.
 */
export function prepareEngine(): void {
  compiledPhrases();
}

/** Evaluates one page snapshot. Never throws: invalid input yields the OK verdict. */
export function evaluatePage(input: PageSnapshot, options: EvaluateOptions = {}): Verdict {
  const evidence = collectEvidence(input, options);
  return evidence === null ? OK_VERDICT : verdictOf(evidence);
}

export type { PageContext, Detector } from './context.ts';
