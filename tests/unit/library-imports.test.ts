import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dependencies, ROOT } from './module-graph.ts';

/**
 * Each bundle carries one copy of each library and no code it never runs. zod's classic API (`from 'zod'`) gives
 * every schema a toJSONSchema method, so a single classic import pulls zod's whole JSON-schema generator into
 * the bundle; `zod/mini` is made of functions the bundler can leave out. tldts is imported by its one name only
 * (wxt.config.ts points it at the prebuilt module, whose public-suffix data the minifier cannot copy).
 * tests/e2e/bundles.e2e.ts checks the same in the built files.
 */
const ENTRIES = [
  'entrypoints/background/index.ts',
  'entrypoints/scan.content/index.ts',
  'entrypoints/banner/index.tsx',
  ...['popup', 'report', 'options', 'interstitial', 'blocked-frame', 'guardian-call'].map((page) => `entrypoints/${page}/main.tsx`),
];

describe.each(ENTRIES)('%s', (entry) => {
  const { packages } = dependencies(resolve(ROOT, entry));

  it('takes zod only as zod/mini', () => {
    expect(packages.filter((name) => name.startsWith('zod'))).toEqual(packages.includes('zod/mini') ? ['zod/mini'] : []);
  });

  it('takes tldts by its one name', () => {
    expect(packages.filter((name) => name.startsWith('tldts')).length).toBeLessThanOrEqual(1);
    expect(packages.filter((name) => name.startsWith('tldts/'))).toEqual([]);
  });
});

it('the background parses messages with zod/mini and finds tldts', () => {
  const { packages } = dependencies(resolve(ROOT, 'entrypoints/background/index.ts'));
  expect(packages).toContain('zod/mini');
  expect(packages).toContain('tldts');
});
