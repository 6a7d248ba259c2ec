import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CompactHostSet } from '@/rules/feeds';
import { compiledBundledList } from '@/scripts/compiled-bundled-list';

/**
 * A woken worker asks for its lists before the rest of its script runs (lists-at-start.ts), and the
 * navigation check asks for what a hit needs while they load (protection.ts). Neither may change an
 * answer: a list changed after those reads is not answered from them, a read that failed is asked
 * again, and the navigation check says the same while the lists load as once they are loaded.
 */
let enabledRulesets = ['bundled'];

beforeEach(async () => {
  fakeBrowser.reset();
  vi.resetModules();
  enabledRulesets = ['bundled'];
  Object.assign(fakeBrowser.declarativeNetRequest, { getEnabledRulesets: async () => enabledRulesets });
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) =>
    String(input).endsWith('/lists/bundled.bin') ? new Response(compiledBundledList('bundled-scam.example')) : new Response('not found', { status: 404 }),
  );
  const { feedStore } = await import('@/entrypoints/background/feeds/store');
  const store = await feedStore();
  for (const feed of await store.listFeeds()) await store.removeFeed(feed.id);
  await store.addFeed({ id: 'f', url: 'https://feeds.example.org/f', name: 'Feed', enabled: true, origin: 'user', addedAt: 1, active: null, status: { failures: 0 } });
  await storeList(['old-scam.example'], 1);
});
afterEach(() => vi.restoreAllMocks());

/** Stores and activates a list for feed "f", as a completed sync does; `ruleNames` of its names are in the blocking rules. */
async function storeList(hosts: string[], ruleNames: number): Promise<void> {
  const { feedStore } = await import('@/entrypoints/background/feeds/store');
  const store = await feedStore();
  const setKey = await store.stageSet('f', { block: CompactHostSet.fromHosts(hosts).toArrayBuffer(), ruleNames: hosts.slice(0, ruleNames).join('\n') });
  const active = { setKey, entries: hosts.length, skipped: 0, droppedByGate: 0, format: 'hostnames' as const, fetchedAt: 1, bytes: 1, ruleNames };
  await store.activateSet('f', active, { failures: 0 });
}

/**
 * A worker starting: its reads at start are asked for as its modules load. `readFeeds` reads the feeds' records
 * with what their lists' lookups need first, `readIndex` the latter alone, `readParts` the parts of a list
 * (private to the store: what a wake costs), `readPersonal` the user's own lists.
 */
async function wake() {
  vi.resetModules();
  const { FeedStore } = await import('@/entrypoints/background/feeds/store');
  const readFeeds = vi.spyOn(FeedStore.prototype, 'listFeedsAndSets');
  const readIndex = vi.spyOn(FeedStore.prototype, 'readSetIndex');
  const readParts = vi.spyOn(FeedStore.prototype as unknown as { loadParts: (key: string, parts: readonly number[]) => Promise<ArrayBuffer[]> }, 'loadParts');
  const readPersonal = vi.spyOn(fakeBrowser.storage.sync, 'get');
  return { blocklist: await import('@/entrypoints/background/blocklist'), readFeeds, readIndex, readParts, readPersonal };
}

describe('the lists read as the worker starts', () => {
  it('answer the first lookup, with no second read of the stored list', async () => {
    const { blocklist, readFeeds, readIndex, readParts, readPersonal } = await wake();
    expect(await blocklist.findListing('https://old-scam.example/')).toMatchObject({ sources: ['f'] });
    expect(await blocklist.findListing('https://bundled-scam.example/')).toMatchObject({ sources: ['bundled'] });
    expect(readFeeds).toHaveBeenCalledTimes(1);
    expect(readIndex).not.toHaveBeenCalled();
    expect(readParts).toHaveBeenCalledTimes(1);
    expect(readPersonal).toHaveBeenCalledTimes(1);
  });

  it('read of a big list only the parts the first lookup needs, and later parts as lookups need them', async () => {
    const hosts = Array.from({ length: 100_000 }, (_, i) => `listed-${i}.scam.example`);
    await storeList(hosts, 0);
    const { blocklist, readParts } = await wake();
    expect(await blocklist.findListing('https://www.listed-9.scam.example/')).toMatchObject({ matched: 'listed-9.scam.example', sources: ['f'] });
    expect(readParts).toHaveBeenCalledTimes(1);
    const firstParts = readParts.mock.calls[0]![1];
    // One part each for www.listed-9.scam.example, listed-9.scam.example and scam.example, at most, of 8 or more.
    expect(firstParts.length).toBeGreaterThan(0);
    expect(firstParts.length).toBeLessThanOrEqual(3);
    const found = await Promise.all(hosts.slice(0, 300).map((host) => blocklist.findListing(`https://${host}/`)));
    expect(found.every((hit, i) => hit?.matched === hosts[i])).toBe(true);
    expect(await blocklist.findListing('https://honest.example/')).toBeNull();
    const partsRead = readParts.mock.calls.flatMap(([, parts]) => parts);
    expect(new Set(partsRead).size).toBe(partsRead.length); // no part read twice
  });

  it('are not used once a list has changed: the first lookup answers from the new list', async () => {
    const { blocklist, readFeeds } = await wake();
    // The read at start is done before the change.
    await vi.waitFor(() => expect(readFeeds).toHaveBeenCalled());
    await readFeeds.mock.results[0]!.value;
    await storeList(['new-scam.example'], 1);
    blocklist.invalidateLists(); // what a sync's "lists changed" does
    expect(await blocklist.findListing('https://new-scam.example/')).toMatchObject({ sources: ['f'] });
    expect(await blocklist.findListing('https://old-scam.example/')).toBeNull();
  });

  it("are not used once the user's own list has changed: the first lookup sees the site the user just blocked", async () => {
    Object.assign(fakeBrowser.i18n, { getMessage: () => 'your own list' });
    const { blocklist, readPersonal } = await wake();
    await vi.waitFor(() => expect(readPersonal).toHaveBeenCalled());
    await readPersonal.mock.results[0]!.value;
    const { addPersonal } = await import('@/entrypoints/background/personal-lists/index');
    await addPersonal('blocked', 'just-blocked.example');
    blocklist.invalidateLists(); // what the storage change does (feeds/wiring.ts)
    expect(await blocklist.findListing('https://just-blocked.example/')).toMatchObject({ sources: ['personal'] });
  });

  it('are asked for again when a read at start failed', async () => {
    const working = globalThis.fetch;
    let failures = 1;
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => (failures-- > 0 ? Promise.reject(new TypeError('network changed')) : working(input)));
    const { blocklist } = await wake();
    expect(await blocklist.findListing('https://bundled-scam.example/')).toMatchObject({ sources: ['bundled'] });
  });
});

describe('the navigation check', () => {
  /** Its answer in a worker just woken (the lists still loading) and once they are loaded. */
  async function answers(url: string): Promise<[boolean, boolean]> {
    vi.resetModules();
    const { navigationNeedsWarning } = await import('@/entrypoints/background/protection');
    const whileLoading = await navigationNeedsWarning(url);
    return [whileLoading, await navigationNeedsWarning(url)];
  }
  const confirmRules = () => fakeBrowser.storage.session.set({ blockRulesConfirmed: true });

  it('warns of a site listed beyond the blocking rules, and of no unlisted one', async () => {
    await storeList(['in-rules.example', 'beyond-rules.example'], 1);
    await confirmRules();
    expect(await answers('https://www.beyond-rules.example/')).toEqual([true, true]);
    expect(await answers('https://in-rules.example/')).toEqual([true, true]); // a feed not all in the rules: only this check stops it
    expect(await answers('https://honest.example/')).toEqual([false, false]);
  });

  it('leaves a site to the blocking rules once they are confirmed to hold it, and warns while they are not', async () => {
    await storeList(['in-rules.example'], 1);
    expect(await answers('https://in-rules.example/')).toEqual([true, true]);
    await confirmRules();
    expect(await answers('https://in-rules.example/')).toEqual([false, false]);
  });

  it('warns of a bundled-list site only while the bundled rules are off', async () => {
    expect(await answers('https://bundled-scam.example/')).toEqual([false, false]);
    enabledRulesets = [];
    expect(await answers('https://bundled-scam.example/')).toEqual([true, true]);
  });

  it('warns of a site the rules hold once the person took that site away from the extension: no rule acts there', async () => {
    await storeList(['in-rules.example'], 1);
    await confirmRules();
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins }) => !origins?.includes('https://in-rules.example/*'));
    expect(await answers('https://in-rules.example/')).toEqual([true, true]);
    expect(await answers('https://bundled-scam.example/')).toEqual([false, false]);
    expect(await answers('https://honest.example/')).toEqual([false, false]);
  });

  it('stays quiet when blocking is switched off, or for a site the user chose to open this session', async () => {
    await storeList(['beyond-rules.example', 'other.example'], 0);
    const { allowForSession } = await import('@/entrypoints/background/session-allowances');
    await allowForSession('beyond-rules.example');
    expect(await answers('https://beyond-rules.example/')).toEqual([false, false]);
    expect(await answers('https://other.example/')).toEqual([true, true]);
    const { updateSettings } = await import('@/entrypoints/background/settings-store');
    await updateSettings({ blocklistEnabled: false });
    expect(await answers('https://other.example/')).toEqual([false, false]);
  });
});

describe('a stored list whose checksum does not match', () => {
  it('is checked just after the first lookup, then no longer answers, with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const hosts = Array.from({ length: 50 }, (_, i) => `damaged-${i}.example`);
    const { FEED_DB_NAME, feedStore } = await import('@/entrypoints/background/feeds/store');
    const store = await feedStore();
    const setKey = await store.stageSet('f', { block: CompactHostSet.fromHosts(hosts).toArrayBuffer(), ruleNames: '' });
    await store.activateSet('f', { setKey, entries: 50, skipped: 0, droppedByGate: 0, format: 'hostnames', fetchedAt: 1, bytes: 1, ruleNames: 0 }, { failures: 0 });
    // A flipped bit in the stored names' fingerprints: the layout still reads, the checksum no longer matches.
    const db = await openDB(FEED_DB_NAME);
    const part = await db.get('setParts', [setKey, 0]);
    new Uint8Array(part.block)[part.block.byteLength - 1]! ^= 1;
    await db.put('setParts', part);
    db.close();

    const { blocklist } = await wake();
    await blocklist.findListing('https://damaged-1.example/');
    const listedNames = async () => (await Promise.all(hosts.map((host) => blocklist.findListing(`https://${host}/`)))).filter((hit) => hit !== null);
    await expect.poll(listedNames).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('damaged'));
    // The bundled list, checked the same way, is intact and keeps answering.
    expect(await blocklist.findListing('https://bundled-scam.example/')).toMatchObject({ sources: ['bundled'] });
  });
});

describe('a bundled list whose checksum does not match', () => {
  it('is checked once the first lookup has answered, not while it waits for the feeds', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const bytes = new Uint8Array(compiledBundledList('bundled-scam.example\nother-bundled.example'));
    bytes[bytes.byteLength - 1]! ^= 1;
    vi.stubGlobal('fetch', async () => new Response(bytes));
    const { blocklist, readParts } = await wake();
    // The feed's parts come a task later than the bundled list, as from the browser's database: the bundled
    // list's check must not run in between.
    readParts.mockRestore();
    const { FeedStore } = await import('@/entrypoints/background/feeds/store');
    const store = FeedStore.prototype as unknown as { loadParts: (key: string, parts: readonly number[]) => Promise<ArrayBuffer[]> };
    const read = store.loadParts;
    vi.spyOn(store, 'loadParts').mockImplementation(async function (this: unknown, key, parts) {
      await new Promise((done) => setTimeout(done, 5));
      return read.call(this, key, parts);
    });
    expect(await blocklist.findListing('https://old-scam.example/')).toMatchObject({ sources: ['f'] });
    expect(error).not.toHaveBeenCalled();
    await expect.poll(() => error.mock.calls.some(([message]) => String(message).includes('bundled list is damaged'))).toBe(true);
  });

  it('is checked soon even when what loaded it looks no site up (the options page\'s facts of the list), then refused', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const bytes = new Uint8Array(compiledBundledList('bundled-scam.example\nother-bundled.example'));
    bytes[bytes.byteLength - 1]! ^= 1;
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) =>
      String(input).endsWith('/lists/bundled.bin') ? new Response(bytes) : new Response(JSON.stringify({ madeOn: '2026-12-01' })),
    );
    await wake();
    const { builtInListFacts } = await import('@/entrypoints/background/bundled-facts');
    // Read unchecked at first, as for a lookup; once checked, the list is read again and refused.
    expect(await builtInListFacts()).toEqual({ names: 2, madeOn: '2026-12-01' });
    await expect.poll(builtInListFacts, { timeout: 5_000 }).toBeNull();
  });
});
