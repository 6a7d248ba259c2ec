import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dependencies, ROOT } from './module-graph.ts';

/**
 * The extension's own pages (popup, report form, settings, warning page) never load the engine, its rule packs
 * or the brands: the background judges pages and sends the signals' explanations with its answers
 * (page:tabStatus, page:reportDraft, page:reportGet), so opening the popup costs no 270 kB engine chunk.
 */
const PAGES = ['popup', 'report', 'options', 'interstitial', 'blocked-frame', 'guardian-call'];

describe.each(PAGES)('the %s page', (page) => {
  it('pulls in no engine, rule packs or brands', () => {
    const { modules } = dependencies(resolve(ROOT, `entrypoints/${page}/main.tsx`));
    expect(modules).toContain(`entrypoints/${page}/main.tsx`);
    // The packs' shared definitions (languages, families) are small; the packs themselves stay out.
    expect(modules.filter((m) => /^rules\/(engine\/|brands\/|packs\/(?!schema\.ts$))/.test(m))).toEqual([]);
  });
});
