import { check, type Diagnostics } from 'recheck';
import { describe, expect, it, vi } from 'vitest';
import { adversarialInputs, scanAll } from '../../regex/adversarial.ts';
import { allRulePatterns } from '../../regex/all-patterns.ts';

/**
 * Every regular expression in rules/ (found by reading the sources, see tests/regex/collect.ts)
 * runs over worst-case inputs of 10,000 and 80,000 characters. Linear work takes 8× as long on
 * the longer input, quadratic work 64×; the test asserts under 16×. The short input is scanned 8
 * times in each timed run, so both sides do the same amount of linear work (and allocation, and
 * garbage collection), and the fastest of a few runs counts, so a busy machine does not fake a
 * slow pattern. This is a ratio, not a time limit.
 */
const SHORT = 10_000;
const LONG = 80_000;
const MAX_RATIO = 16;
const RUNS = 5;
const ATTEMPTS = 3;
const SCALE = LONG / SHORT;
/**
 * Below this an 80k scan is at most a few dozen steps a character (quadratic work on 80k
 * characters is billions of steps), and the timer's noise would dominate the ratio.
 */
const MEASURABLE_MS = 2;

vi.resetModules();
const patterns = await allRulePatterns((file) => import(/* @vite-ignore */ file));

function fastest(regex: RegExp, text: string, times: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    for (let i = 0; i < times; i++) scanAll(regex, text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

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
      const long = input.make(LONG);
      const first = performance.now();
      scanAll(regex, long);
      if (performance.now() - first < MEASURABLE_MS) continue;
      const short = input.make(SHORT);
      // Noise only ever makes one side slower: a linear pattern gets under the bar in one of a
      // few tries, a quadratic one (64×) never does.
      let ratio = Number.POSITIVE_INFINITY;
      for (let attempt = 0; attempt < ATTEMPTS && ratio >= MAX_RATIO; attempt++) {
        ratio = Math.min(ratio, (SCALE * fastest(regex, long, 1)) / fastest(regex, short, SCALE));
      }
      if (ratio >= MAX_RATIO) slow.push(`${input.name}: ${ratio.toFixed(1)}× from ${SHORT} to ${LONG} characters`);
    }
    expect(slow, String(regex)).toEqual([]);
  });
});
