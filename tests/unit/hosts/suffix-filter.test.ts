import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { getPublicSuffix } from 'tldts';
import { describe, expect, it } from 'vitest';
import { mayBePublicSuffix } from '../../../rules/hosts/suffix-filter.ts';
import { renderSuffixFilterData, SUFFIX_FILTER_DATA_PATH, suffixTrieKeys } from '../../../scripts/build-suffix-filter.ts';

const TLDTS_OPTIONS = { allowPrivateDomains: true } as const;
const isPublicSuffix = (host: string) => getPublicSuffix(host, TLDTS_OPTIONS) === host;
const keys = suffixTrieKeys();
/** Each rule as names tldts calls public suffixes: a `*` label stands for any label. */
const ruleNames = keys.rules.flatMap((rule) => (rule.includes('*') ? ['x', 'shop-7', 'www'].map((label) => rule.replace('*', label)) : [rule]));

describe('mayBePublicSuffix', () => {
  it('is built from the installed tldts (npm run build:suffix-filter after updating tldts)', () => {
    expect(readFileSync(SUFFIX_FILTER_DATA_PATH, 'utf8')).toBe(renderSuffixFilterData(keys));
  });

  it('never rules out a name tldts calls a public suffix: every rule of its list', () => {
    expect(keys.rules.length).toBeGreaterThan(5_000);
    const suffixes = ruleNames.filter(isPublicSuffix);
    // The list's exceptions (!www.ck) make a few of the instantiated names ordinary sites.
    expect(suffixes.length).toBeGreaterThan(ruleNames.length * 0.95);
    expect(suffixes.filter((name) => !mayBePublicSuffix(name))).toEqual([]);
  });

  it('never rules out a public suffix among random names made of the list’s own labels and others', () => {
    const labels = [...keys.labels];
    const parents = [...keys.wildcardParents, ...keys.rules.filter((rule) => !rule.includes('*'))];
    const label = fc.oneof(fc.constantFrom(...labels), fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/));
    const host = fc.tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom(...parents)).map(([left, parent]) => [...left, parent].join('.'));
    fc.assert(fc.property(host, (name) => mayBePublicSuffix(name) || !isPublicSuffix(name)), { numRuns: 20_000 });
  });

  it('lets tldts answer for a single label, which is always a suffix', () => {
    for (const name of ['com', 'uk', 'localhost']) expect(mayBePublicSuffix(name)).toBe(true);
  });

  it('rules out nearly every ordinary name, so a big list rarely needs tldts', () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `broker-${i.toString(36)}-trade.${['com', 'net', 'io', 'co.uk', 'online'][i % 5]}`);
    const maybe = names.filter(mayBePublicSuffix).length;
    expect(maybe / names.length).toBeLessThan(0.05);
    expect(names.filter(isPublicSuffix)).toEqual([]);
  });
});
