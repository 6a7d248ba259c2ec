import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FORMAT_VERSION } from '@/rules/feeds/compact-set-format';
import { compiledBundledList } from '@/scripts/compiled-bundled-list';

/**
 * A feed list stored by an earlier release (host-set format 2 or 4) keeps protecting after the
 * update: the worker converts it on load, answers from it, and stores the converted buffer in
 * its place, so the conversion is not repeated at the next wake.
 */
const stored = (version: number) => readFileSync(new URL(`../../fixtures/host-sets/version-${version}.bin`, import.meta.url)).buffer as ArrayBuffer;

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) =>
    String(input).endsWith('/lists/bundled.bin')
      ? new Response(compiledBundledList('bundled-scam.example'))
      : new Response('not found', { status: 404 }),
  );
});

describe('a feed list stored in an earlier format', () => {
  it.each([2, 4])('(version %i) still blocks its sites after the update, and is stored again in the current format', async (version) => {
    const { feedStore } = await import('@/entrypoints/background/feeds/service');
    const store = await feedStore();
    await store.addFeed({ id: 'old', url: 'https://feeds.example.org/old', name: 'Old feed', enabled: true, origin: 'user', addedAt: 1, active: null, status: { failures: 0 } });
    const setKey = await store.stageSet('old', { block: stored(version), ruleNames: '' });
    await store.activateSet('old', { setKey, entries: 1002, skipped: 0, droppedByGate: 0, format: 'hostnames', fetchedAt: 1, bytes: 1, ruleNames: 0 }, { failures: 0 });
    const versionStored = async () => new DataView((await store.loadSet(setKey))!.block).getUint32(4, true);
    expect(await versionStored()).toBe(version);

    const { findListing } = await import('@/entrypoints/background/blocklist');
    expect(await findListing('https://www.stored-42.scam.example/login')).toMatchObject({ matched: 'stored-42.scam.example', sources: ['old'] });
    expect(await findListing('https://bundled-scam.example/')).toMatchObject({ sources: ['bundled'] });
    expect(await findListing('https://honest.example/')).toBeNull();
    await expect.poll(versionStored).toBe(FORMAT_VERSION);

    // The next wake reads the converted buffer and answers the same.
    vi.resetModules();
    const next = await import('@/entrypoints/background/blocklist');
    expect(await next.findListing('https://stored-7.scam.example/')).toMatchObject({ matched: 'stored-7.scam.example' });
  });
});
