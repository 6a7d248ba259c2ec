import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dependencies, ROOT } from './module-graph.ts';

/**
 * What runs in every tab stays tiny: the content script only extracts and reports. This follows its value
 * imports (type-only imports vanish at build) through the source and lists every module and package it
 * pulls in, so the engine, the rule packs, the brands, tldts, zod or the banner's UI cannot creep back in.
 */
describe('the content script', () => {
  const { modules, packages } = dependencies(resolve(ROOT, 'entrypoints/scan.content/index.ts'));

  it('pulls in no engine, rule packs, brands, banner UI or validation code', () => {
    expect(modules.filter((m) => /^(rules\/(engine|packs|brands|hosts|feeds)\/|components\/[A-Z]|entrypoints\/banner\/)/.test(m))).toEqual([]);
    expect(modules).toContain('rules/extract.ts');
  });

  it('uses no library but the extension API', () => {
    expect(packages).toEqual(['wxt/browser']);
  });
});
