import { check, type Diagnostics } from 'recheck';
import { describe, expect, it, vi } from 'vitest';
import { adversarialInputs, measureRatio } from '../../regex/adversarial.ts';
import { allRulePatterns } from '../../regex/all-patterns.ts';

/**
 * Every regular expression in rules/ (found by reading the sources, see tests/regex/collect.ts)
 * runs over worst-case inputs of 10,000 and 80,000 characters. Linear work takes 8× as long on
 * the longer input, quadratic work 64×; the test asserts under 16×. The short input is scanned 8
 * times in each timed run, so both sides do the same amount of linear work (and allocation, and
 * garbage collection); the process's CPU time is measured and the fastest of a few runs counts,
 * so a busy machine does not fake a slow pattern. This is a ratio, not a time limit.
 */
const SETTINGS = { short: 10_000, long: 80_000, runs: 5, measurableMs: 5 };
const MAX_RATIO = 16;
/** Noise only ever makes one side slower: a linear pattern gets under the bar in one of a few tries, a quadratic one (64×) never does. */
const ATTEMPTS = 3;

vi.resetModules();
const patterns = await allRulePatterns((file) => import(/* @vite-ignore */ file));

describe('every regular expression in rules/ runs in linear time', () => {
  it('finds the patterns of every rules/ module, literals and constructed ones', () => {
    const where = new Set(patterns.map((p) => p.where.replace(/:\d+$/, '')));
    expect(patterns.length).toBeGreaterThan(100);
    expect(where).toContain('rules/engine/rates.ts');
    expect(patterns.some((p) => p.where.startsWith('rules/engine/normalize.ts') && p.regex.flags.includes('g'))).toBe(true);
  });

  it.each(patterns.map((p) => [`${p.where} ${String(p.regex).slice(0, 70)}`, p.regex] as const))('%s', async (_name, regex) => {
    const diagnostics: Diagnostics = await check(regex.source, regex.flags, { timeout: 20_000 });
    const slow: string[] = [];
    for (const input of adversarialInputs(regex, diagnostics)) {
      let ratio = Number.POSITIVE_INFINITY;
      for (let attempt = 0; attempt < ATTEMPTS && ratio >= MAX_RATIO; attempt++) {
        ratio = Math.min(ratio, measureRatio(regex.source, regex.flags, input, SETTINGS));
      }
      if (ratio >= MAX_RATIO) slow.push(`${input.name}: ${ratio.toFixed(1)}× from ${SETTINGS.short} to ${SETTINGS.long} characters`);
    }
    expect(slow, String(regex)).toEqual([]);
  });
});
