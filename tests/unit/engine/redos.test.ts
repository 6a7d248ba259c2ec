import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import * as normalize from '../../../rules/engine/normalize.ts';
import { DOUBLING_IN_SPAN, RATE_IN_SPAN, RATE_PER_PERIOD } from '../../../rules/engine/rates.ts';
import { findRates } from '../../../rules/engine/rates.ts';
import { FORM_SIGNAL_PATTERNS } from '../../../rules/engine/form-signals.ts';

// The regexes of the engine that run over page text. (Phrase rules use no regex: see matcher.ts.)
const ENGINE_REGEXES: Record<string, RegExp> = {
  RATE_PER_PERIOD,
  RATE_IN_SPAN,
  DOUBLING_IN_SPAN,
  SPACED_LETTERS: /(?<![a-z0-9])[a-z](?:[ .*-][a-z]){3,}(?![a-z0-9])/g,
  LEET_IN_WORD: /[a-z][013457$](?=[a-z])/g,
  WHITESPACE: /[^\S ]\s*| \s+/g,
  ...Object.fromEntries(FORM_SIGNAL_PATTERNS.map((regex, i) => [`FORM_SIGNALS_${i}`, regex])),
};

describe('every engine regex runs in linear time', () => {
  for (const [name, regex] of Object.entries(ENGINE_REGEXES)) {
    it(`${name} is safe according to recheck`, async () => {
      const result = await check(regex.source, regex.flags.replace('g', ''), { timeout: 20_000 });
      expect(result.status, `${name}: ${JSON.stringify(result)}`).toBe('safe');
    });
  }

  it('the normaliser copies of the regexes are the ones checked here', async () => {
    const source = (await import('node:fs')).readFileSync(new URL('../../../rules/engine/normalize.ts', import.meta.url), 'utf8');
    expect(source).toContain(ENGINE_REGEXES.SPACED_LETTERS!.source);
    expect(source).toContain(ENGINE_REGEXES.LEET_IN_WORD!.source);
    expect(normalize.normalizeText('a')).toBe('a');
  });

  it('adversarial inputs stay fast', () => {
    const hostile = [
      '1'.repeat(50_000),
      '9% '.repeat(20_000),
      `${'a '.repeat(25_000)}1`,
      `doubles ${'x '.repeat(20_000)}`,
      '1,1,1,1,1'.repeat(6_000),
    ];
    for (const text of hostile) {
      const start = performance.now();
      normalize.normalizeText(text);
      findRates(text);
      expect(performance.now() - start).toBeLessThan(500);
    }
  });
});
