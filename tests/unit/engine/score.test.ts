import { describe, expect, it } from 'vitest';
import { evaluatePage, explainSignal } from '../../../rules/engine/index.ts';
import { scoreSignals } from '../../../rules/engine/score.ts';
import { PRIOR } from '../../../scripts/fit/fit.ts';
import type { Signal } from '../../../rules/verdict.ts';

const sig = (id: string, weight: number): Signal => ({ id, family: id.split('.')[0]!, weight, evidence: 'x' });
const quiet = { awareness: 0, takesMoney: false };
const STRONG_AWARENESS = PRIOR.strongAwareness;
const page = (text: string, extra: object = {}) => evaluatePage({ url: 'https://example.test/', title: '', text, forms: [], links: [], ...extra });

describe('scoreSignals', () => {
  it('a warning needs evidence from at least two families', () => {
    expect(scoreSignals([sig('returns.a', 5), sig('returns.b', 5)], false, quiet, PRIOR).level).toBe('ok');
    expect(scoreSignals([sig('returns.a', 3), sig('plans.b', 3)], false, quiet, PRIOR).level).toBe('warning');
  });

  it('a decisive signal means danger on its own', () => {
    expect(scoreSignals([sig('credentials.seed_form', 1)], true, quiet, PRIOR).level).toBe('danger');
  });

  it('overwhelming evidence across many families is danger', () => {
    const many = ['returns', 'plans', 'callcenter', 'withdrawal'].map((f) => sig(`${f}.x`, 5));
    expect(scoreSignals(many, false, quiet, PRIOR).level).toBe('danger');
  });

  it('awareness context suppresses, less so when the page takes money', () => {
    const signals = [sig('returns.a', 3), sig('plans.b', 3)];
    const article = scoreSignals(signals, false, { awareness: STRONG_AWARENESS, takesMoney: false }, PRIOR);
    const shop = scoreSignals(signals, false, { awareness: STRONG_AWARENESS, takesMoney: true }, PRIOR);
    expect(article.level).toBe('ok');
    expect(shop.score).toBeGreaterThan(article.score);
  });

  it('extreme evidence in one family warns alone when the fit says so, and a page selling recovery is never damped', () => {
    const one = [sig('returns.a', 5), sig('returns.b', 4)];
    expect(scoreSignals(one, false, quiet, { ...PRIOR, singleFamilyWarn: 8 }).level).toBe('warning');
    expect(scoreSignals(one, false, quiet, PRIOR).level).toBe('ok');
    // One rule repeated is not two kinds of evidence, nor is it with a weak word beside it ("financial freedom").
    expect(scoreSignals([sig('returns.a', 9)], false, quiet, { ...PRIOR, singleFamilyWarn: 8 }).level).toBe('ok');
    expect(scoreSignals([sig('returns.a', 8), sig('returns.weak', 1.2)], false, quiet, { ...PRIOR, singleFamilyWarn: 8 }).level).toBe('ok');
    expect(scoreSignals([sig('returns.a', 8), sig('returns.b', 1.5)], false, quiet, { ...PRIOR, singleFamilyWarn: 8 }).level).toBe('warning');
    const aware = { awareness: 20, takesMoney: false };
    const signals = [sig('recovery.a', 4), sig('plans.b', 3)];
    expect(scoreSignals(signals, false, aware, PRIOR).level).toBe('ok');
    expect(scoreSignals(signals, false, { ...aware, sellsRecovery: true }, PRIOR).level).toBe('warning');
  });
});

describe('evaluatePage context', () => {
  const pitch =
    'Guaranteed profit of 3% daily, risk free. Minimum deposit $100, principal returned after the plan. ' +
    'Your personal account manager will call you.';

  it('flags a scam pitch', () => {
    expect(page(pitch).level).not.toBe('ok');
  });

  it('stays quiet on a warning article that quotes the same promises', () => {
    const article =
      'How to spot a scam. Red flags: beware of anyone who promises "guaranteed profit" or "3% daily". ' +
      'Be careful: "risk free" offers are scams. If you think you have been scammed, report it to the police. ' +
      'Never share your recovery phrase. Scammers say "your personal account manager will call you".';
    expect(page(article).level).toBe('ok');
  });

  it('a scam cannot escape by saying "beware of scams" once', () => {
    expect(page(`${pitch} Beware of scams!`).level).not.toBe('ok');
  });

  it('negated promises do not count', () => {
    const honest = 'We do not guarantee profits. There is no risk-free investment. Minimum deposit $100.';
    expect(page(honest).signals.map((s) => s.id)).not.toContain('returns.guaranteed');
  });

  it('every signal has evidence of at most 160 characters and an explanation', () => {
    const verdict = page(`${'filler words '.repeat(40)}${pitch}${' more filler'.repeat(40)}`);
    expect(verdict.signals.length).toBeGreaterThan(0);
    for (const s of verdict.signals) {
      expect(s.evidence.length).toBeLessThanOrEqual(160);
      expect(explainSignal(s.id, 'it')).not.toBe(explainSignal(s.id, 'en'));
    }
  });

  it('is deterministic', () => {
    expect(page(pitch)).toEqual(page(pitch));
  });
});
