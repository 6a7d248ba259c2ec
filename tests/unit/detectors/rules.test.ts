import { describe, expect, it } from 'vitest';
import { codeDetectorRules, codeDetectors } from '../../../rules/engine/detectors/index.ts';
import { RuleInfoSchema, UI_LANGS } from '../../../rules/packs/schema.ts';
import { SignalSchema } from '../../../rules/verdict.ts';
import { corpusContext, pageContext, readCorpus } from './helpers.ts';

describe('code detector rules', () => {
  it('are valid, unique, explained in every UI language, and seed-phrase/private-key theft is decisive', () => {
    const seen = new Set<string>();
    for (const rule of codeDetectorRules) {
      expect(RuleInfoSchema.parse(rule)).toEqual(rule);
      expect(seen.has(rule.id), rule.id).toBe(false);
      seen.add(rule.id);
      expect(rule.id.startsWith(`${rule.family}.`)).toBe(true);
      for (const lang of UI_LANGS) expect(rule.explain[lang].length, `${rule.id} ${lang}`).toBeGreaterThan(40);
    }
    const decisive = codeDetectorRules.filter((r) => r.decisive).map((r) => r.id).sort();
    expect(decisive).toEqual([
      'addresses.known_scam', 'credentials.keystore_form', 'credentials.private_key_form', 'credentials.seed_phrase_form',
    ]);
  });

  it('every emitted signal is a declared rule with its weight and family, and valid evidence', () => {
    const rules = new Map(codeDetectorRules.map((r) => [r.id, r]));
    const contexts = [
      ...readCorpus('scam-pages').map((r) => corpusContext(r, 'https://binance-secure-login.com/')),
      pageContext({ url: 'https://bіnance.com/', text: 'Welcome to Binance. Deposit now.' }),
      pageContext({ url: 'https://binance.com.x-verify.xyz/', text: 'hi' }),
      pageContext({ text: 'Register to start trading', forms: [{ fields: [{ name: 'card_number' }, { name: 'cvv' }] }] }),
    ];
    const emitted = new Set<string>();
    for (const ctx of contexts) {
      for (const signal of codeDetectors.flatMap((detect) => detect(ctx))) {
        const rule = rules.get(signal.id);
        expect(rule, signal.id).toBeDefined();
        expect(signal.family).toBe(rule!.family);
        expect(signal.weight).toBe(rule!.weight);
        expect(SignalSchema.parse(signal)).toEqual(signal);
        emitted.add(signal.id);
      }
    }
    expect(emitted.size).toBeGreaterThanOrEqual(8);
  });
});
