import { readFileSync } from 'node:fs';
import { deleteDB, openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FEED_DB_NAME } from '@/entrypoints/background/feeds/store';
import { compiledBundledList } from '@/scripts/compiled-bundled-list';

/**
 * A feed list stored by an earlier release (the whole list in one record, in host-set format 2 or 4)
 * keeps protecting after the update: the worker converts it on load, answers from it, and stores it
 * again in parts, so the conversion is not repeated at the next wake.
 */
const stored = (version: number) => readFileSync(new URL(`../../fixtures/host-sets/version-${version}.bin`, import.meta.url)).buffer as ArrayBuffer;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.resetModules();
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) =>
    String(input).endsWith('/lists/bundled.bin')
      ? new Response(compiledBundledList('bundled-scam.example'))
      : new Response('not found', { status: 404 }),
  );
  await deleteDB(FEED_DB_NAME);
});

afterEach(async () => {
  const { feedStore } = await import('@/entrypoints/background/feeds/store');
  (await feedStore()).close();
});

/** The feeds database as the release before wrote it (database version 2), with one feed and its whole list. */
async function storeAsTheReleaseBefore(block: ArrayBuffer): Promise<void> {
  const db = await openDB(FEED_DB_NAME, 2, {
    upgrade(database) {
      database.createObjectStore('feeds', { keyPath: 'id' });
      database.createObjectStore('sets', { keyPath: 'key' }).createIndex('byFeed', 'feedId');
      database.createObjectStore('ruleNames', { keyPath: 'key' });
    },
  });
  const active = { setKey: 'old@1', entries: 1002, skipped: 0, droppedByGate: 0, format: 'hostnames', fetchedAt: 1, bytes: 1, ruleNames: 0 };
  await db.put('feeds', { id: 'old', url: 'https://feeds.example.org/old', name: 'Old feed', enabled: true, origin: 'user', addedAt: 1, active, status: { failures: 0 } });
  await db.put('sets', { key: 'old@1', feedId: 'old', createdAt: 1, block });
  await db.put('ruleNames', { key: 'old@1', ruleNames: '' });
  db.close();
}

describe('a feed list stored whole by an earlier release', () => {
  it.each([2, 4, 5])('(host-set format %i) still blocks its sites after the update, and is stored again in parts', async (version) => {
    await storeAsTheReleaseBefore(version === 5 ? await currentFormatOf(stored(4)) : stored(version));
    const { feedStore } = await import('@/entrypoints/background/feeds/store');
    const store = await feedStore();
    const storedInParts = async () => 'partBits' in ((await store.readSetIndex('old@1')) ?? {});
    expect(await storedInParts()).toBe(false);

    const { findListing } = await import('@/entrypoints/background/blocklist');
    expect(await findListing('https://www.stored-42.scam.example/login')).toMatchObject({ matched: 'stored-42.scam.example', sources: ['old'] });
    expect(await findListing('https://bundled-scam.example/')).toMatchObject({ sources: ['bundled'] });
    expect(await findListing('https://honest.example/')).toBeNull();
    await expect.poll(storedInParts).toBe(true);
    store.close();

    // The next wake reads the list's parts and answers the same.
    vi.resetModules();
    const next = await import('@/entrypoints/background/blocklist');
    expect(await next.findListing('https://stored-7.scam.example/')).toMatchObject({ matched: 'stored-7.scam.example' });
    expect(await next.findListing('https://honest.example/')).toBeNull();
  });
});

/** The same list in the current host-set format (what the release before parts stored). */
async function currentFormatOf(old: ArrayBuffer): Promise<ArrayBuffer> {
  const { CompactHostSet } = await import('@/rules/feeds');
  return CompactHostSet.fromArrayBuffer(old).toArrayBuffer();
}
