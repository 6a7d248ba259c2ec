import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockRulesFor, DOMAINS_PER_RULE } from '@/rules/blocking/dnr-rules';
import { parseHostList } from '@/rules/hosts/host-list';
import { bundledRuleset } from '../../../scripts/bundled-ruleset';

describe('block rules', () => {
  it('send top-level visits to the warning page and frames to the blocked frame page, for every name', () => {
    const names = Array.from({ length: DOMAINS_PER_RULE + 3 }, (_, i) => `scam-${i}.example`);
    const rules = blockRulesFor(names, { regexSubstitution: 'chrome-extension://id/interstitial.html#\\0' });
    expect(rules.map((rule) => rule.id)).toEqual([1, 2, 3, 4]);
    const main = rules.filter((rule) => rule.condition.resourceTypes.includes('main_frame'));
    const frames = rules.filter((rule) => rule.condition.resourceTypes.includes('sub_frame'));
    expect(main.flatMap((rule) => rule.condition.requestDomains)).toEqual(names);
    expect(frames.flatMap((rule) => rule.condition.requestDomains)).toEqual(names);
    expect(main.every((rule) => rule.condition.regexFilter === '^https?://.*$')).toBe(true);
    expect(frames.map((rule) => rule.action.redirect)).toEqual([{ extensionPath: '/blocked-frame.html' }, { extensionPath: '/blocked-frame.html' }]);
  });
});

describe('the bundled ruleset compiled at build time', () => {
  it('carries every name of the bundled list, redirected by path (a static rule cannot know the extension id)', () => {
    const text = readFileSync(resolve(import.meta.dirname, '../../../public/lists/bundled.txt'), 'utf8');
    const rules = JSON.parse(bundledRuleset(text)) as ReturnType<typeof blockRulesFor>;
    const listed = new Set(parseHostList(text, 'bundled').entries.map((entry) => entry.host));
    const mainNames = rules.filter((rule) => rule.condition.resourceTypes[0] === 'main_frame').flatMap((rule) => rule.condition.requestDomains);
    expect(new Set(mainNames)).toEqual(listed);
    expect(mainNames).toHaveLength(listed.size);
    const mainTargets = new Set(rules.filter((rule) => rule.condition.resourceTypes[0] === 'main_frame').map((rule) => JSON.stringify(rule.action.redirect)));
    expect([...mainTargets]).toEqual([JSON.stringify({ extensionPath: '/interstitial.html' })]);
    expect(rules.every((rule) => rule.condition.regexFilter === undefined)).toBe(true);
  });
});
