import { check } from 'recheck';
import { describe, expect, it, vi } from 'vitest';
import { allRulePatterns } from '../../regex/all-patterns.ts';

/** recheck's static analysis as a second opinion on every regular expression in rules/. */
vi.resetModules();
const patterns = await allRulePatterns((file) => import(/* @vite-ignore */ file));

describe('recheck finds no super-linear pattern in rules/', () => {
  it.each(patterns.map((p) => [`${p.where} ${String(p.regex).slice(0, 70)}`, p.regex] as const))('%s', async (_name, regex) => {
    const result = await check(regex.source, regex.flags, { timeout: 20_000 });
    expect(result.status, `${String(regex)} → ${JSON.stringify(result)}`).toBe('safe');
  });
});
