import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { gateReason } from '@/rules/hosts/gate';
import { FeedStore } from '@/entrypoints/background/feeds/store';
import { syncFeed } from '@/entrypoints/background/feeds/sync';
import { startFeedServer, withEtag, type FeedServer } from './feed-server';
import { storedList } from './stored-list';

/** The gate a downloaded feed passes in the browser, with the popular-sites file the build ships. */
const POPULAR_SITES = readFileSync(resolve(import.meta.dirname, '../../../public/lists/popular-sites.txt'), 'utf8');
const realFetch = globalThis.fetch;

let server: FeedServer;
let requested: string[];
let n = 0;

beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules(); // a fresh worker: feedGateInput's cache is gone
  requested = [];
});
afterEach(() => vi.unstubAllGlobals());

/** The extension's own files, as fetch(browser.runtime.getURL(...)) reads them in the worker. */
function stubExtensionFiles(popularSites: Response | (() => Response)) {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const url = String(input);
    requested.push(url);
    if (!url.endsWith('/lists/popular-sites.txt')) return new Response('not found', { status: 404 });
    return typeof popularSites === 'function' ? popularSites() : popularSites.clone();
  });
}

async function syncWithRuntimeGate(body: string) {
  const { feedGateInput } = await import('@/entrypoints/background/feeds/gate-input');
  n += 1;
  const store = await FeedStore.open(`gate-input-test-${n}`);
  const path = `/gated-${n}.txt`;
  server.serve(path, withEtag(body, `"${n}"`));
  await store.addFeed({ id: 'f', url: server.url(path), name: 'Downloaded feed', enabled: true, origin: 'user', addedAt: 1, active: null, status: { failures: 0 } });
  // The feed itself comes over real HTTP; only the extension's own file goes through the stub.
  const outcome = await syncFeed('f', { store, gate: feedGateInput, fetch: realFetch });
  const active = (await store.getFeed('f'))!.active!;
  return { outcome, active, set: (await storedList(store, active.setKey))!, feedGateInput };
}

describe('feedGateInput: the false-positive gate of downloaded feeds', () => {
  it('drops Tranco top-50k sites (and what lies under them) and built-in allowlisted sites from a feed', async () => {
    stubExtensionFiles(new Response(POPULAR_SITES));
    const feed = ['scam-one.example', 'wikipedia.org', 'en.wikipedia.org', 'coincheck.com', 'www.scam-two.example'].join('\n');
    const { outcome, active, set, feedGateInput } = await syncWithRuntimeGate(feed);
    expect(outcome).toEqual({ kind: 'updated', entries: 2 });
    expect(active.droppedByGate).toBe(3);
    expect(set.lookup('login.scam-one.example')).toBe('scam-one.example');
    expect(set.lookup('www.scam-two.example')).toBe('www.scam-two.example');
    for (const host of ['wikipedia.org', 'en.wikipedia.org', 'coincheck.com']) expect(set.lookup(host)).toBeNull();

    const names = await feedGateInput();
    expect(gateReason('en.wikipedia.org', names)).toBe('under wikipedia.org (popular site (Tranco top 50k))');
    expect(gateReason('coincheck.com', names)).toBe('built-in allowlist');
    // Built once per worker, whatever the number of syncs.
    expect(requested).toEqual([fakeBrowser.runtime.getURL('/lists/popular-sites.txt')]);
  });

  it('still applies the built-in allowlist when the file cannot be read, and reads it again next time', async () => {
    let answer = new Response('gone', { status: 500 });
    stubExtensionFiles(() => answer);
    const { set, feedGateInput } = await syncWithRuntimeGate('scam-three.example\nwikipedia.org\ncoincheck.com\n');
    expect(set.lookup('coincheck.com')).toBeNull();
    expect(set.lookup('wikipedia.org')).toBe('wikipedia.org');

    answer = new Response(POPULAR_SITES);
    expect(gateReason('wikipedia.org', await feedGateInput())).toBe('popular site (Tranco top 50k)');
    expect(requested).toHaveLength(2);
  });
});
