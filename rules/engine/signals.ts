/**
 * Turns the one-pass phrase hits and the parsed rates into signals, and measures the page context
 * (awareness, whether the page takes money). Pure functions over the prepared page.
 */
import type { PageForm } from '../snapshot.ts';
import { clipEvidence, type Signal } from '../verdict.ts';
import { firstNearMatch, isQuoted, type OwnerHits, type Owner } from './phrases.ts';
import { findRates } from './rates.ts';
import type { PageContextScores } from './score.ts';

/** A rate this high per year is never an honest promise (100% = doubling the money in a year). */
const SUSPICIOUS_ANNUAL_PERCENT = 100;
const EXTREME_ANNUAL_PERCENT = 1000;
const HIGH_RATE_RULE = { id: 'returns.high_rate', family: 'returns', weight: 3 } as const;

/** Evidence: the words around [start, end) of the normalised text, at most 160 characters. */
export function evidenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 50);
  const to = Math.min(text.length, end + 50);
  let slice = text.slice(from, to);
  if (from > 0) slice = slice.replace(/^\S*\s/, '');
  if (to < text.length) slice = slice.replace(/\s\S*$/, '');
  return clipEvidence(slice);
}

export function phraseSignals(text: string, owners: Owner[], hits: OwnerHits[], domain: string | null): Signal[] {
  const signals: Signal[] = [];
  owners.forEach((owner, index) => {
    if (owner.kind !== 'rule') return;
    const slot = hits[index]!;
    const { rule } = owner;
    if (slot.hits === 0 || slot.distinct < rule.minDistinct || slot.absent > 0) return;
    if (domain !== null && rule.officialDomains.includes(domain)) return;
    let at = 0;
    if (rule.near) {
      at = firstNearMatch(slot);
      if (at < 0) return;
    }
    const counted = Math.min(slot.hits, rule.maxHits);
    signals.push({
      id: rule.id,
      family: rule.family,
      weight: rule.weight * (1 + 0.25 * (counted - 1)),
      evidence: evidenceAround(text, slot.spans[at]!, slot.spans[at + 1]!),
    });
  });
  return signals;
}

/** `doublings`: where the doubling stems occur (see doublingStemPositions), when the caller's phrase scan found them. */
export function rateSignal(text: string, doublings?: readonly number[]): Signal | null {
  // A quoted rate («4 % semanal garantizado») is a page reporting a scam, not making the promise.
  const high = findRates(text, undefined, doublings).filter((r) => r.annualPercent >= SUSPICIOUS_ANNUAL_PERCENT && !isQuoted(text, r.start, r.end));
  if (high.length === 0) return null;
  const worst = high.reduce((a, b) => (b.annualPercent > a.annualPercent ? b : a));
  const base = worst.annualPercent >= EXTREME_ANNUAL_PERCENT ? HIGH_RATE_RULE.weight + 1 : HIGH_RATE_RULE.weight;
  return {
    id: HIGH_RATE_RULE.id,
    family: HIGH_RATE_RULE.family,
    weight: base * (1 + 0.25 * (Math.min(high.length, 3) - 1)),
    evidence: evidenceAround(text, worst.start, worst.end),
  };
}

// Fields through which a page takes money or credentials. A phone field counts: on an investment page a
// lead form hands the number to a call center that will ask for money.
const MONEY_FIELD =
  /amount|deposit|invest|card|carta|carte|karte|tarjeta|cvv|cvc|iban|wallet|phrase|mnemonic|seed|private.?key|password|passwd|importo|importe|betrag|montant|monto|valor|bedrag|kwota|phone|telef|telefon/i;

function formTakesMoney(form: PageForm): boolean {
  return form.fields.some((f) => {
    if (f.type === 'hidden') return false;
    return f.type === 'password' || MONEY_FIELD.test(`${f.name} ${f.id ?? ''} ${f.placeholder}`);
  });
}

/**
 * Rules whose evidence means the page SELLS recovery to victims (case evaluation, success fees, "our
 * hackers will trace"). Such a page talks like a warning page but is never damped as one.
 */
const SELLS_RECOVERY = new Set(['recovery.sells_service']);

/** Each scam phrase a page puts in quotation marks adds this much awareness (up to QUOTED_MAX in all). */
const QUOTED_WEIGHT = 0.75;
const QUOTED_MAX = 3;

export function contextScores(owners: Owner[], hits: OwnerHits[], forms: PageForm[], signals: Signal[] = []): PageContextScores {
  let awareness = 0;
  let quoted = 0;
  let takesMoney = forms.some(formTakesMoney);
  owners.forEach((owner, index) => {
    quoted += hits[index]!.quoted;
    if (owner.kind !== 'cue') return;
    const count = Math.min(hits[index]!.hits, owner.cue.maxHits);
    if (count === 0) return;
    if (owner.cue.kind === 'awareness') awareness += owner.cue.weight * count;
    else takesMoney = true;
  });
  const sellsRecovery = signals.some((s) => SELLS_RECOVERY.has(s.id));
  return { awareness: awareness + Math.min(quoted * QUOTED_WEIGHT, QUOTED_MAX), takesMoney, sellsRecovery };
}
