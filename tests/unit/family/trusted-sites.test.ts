import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CompactHostSet } from '@/rules/feeds';
import { encodeDevice } from '@/rules/personal/sync-chunks';
import type { PageMessage } from '@/rules/protocol';
import type { Handlers } from '@/entrypoints/background/router';
import { compiledBundledList } from '@/scripts/compiled-bundled-list';

/**
 * "I trust this site" is the user's TRUSTED personal list: it skips the page checks and cancels
 * the bundled list and unsigned feeds, never the signed feed; a change reloads the combined
 * lists and rebuilds the blocking rules through the same path as the options page.
 */
vi.mock('@/entrypoints/background/protection', () => ({
  // Chromium's rules and navigation hook are not in the fake browser; the rebuild is watched instead.
  usesDnr: false,
  refreshBlockRules: vi.fn(async () => undefined),
  previewBlockRules: vi.fn(async () => undefined),
  navigationNeedsWarning: vi.fn(async () => false),
  interstitialUrl: (url: string) => url,
}));

const BUNDLED = ['# source: Test bundled list', 'bundled-scam.example', 'taken-over.example'].join('\n');
let n = 0;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.resetModules(); // a fresh worker; storage and IndexedDB stay
  n += 1;
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) =>
    String(input).endsWith('/lists/bundled.bin') ? new Response(compiledBundledList(BUNDLED)) : new Response('not found', { status: 404 }),
  );
  const { feedStore } = await import('@/entrypoints/background/feeds/service');
  const store = await feedStore();
  for (const feed of await store.listFeeds()) await store.removeFeed(feed.id);
});

/** A feed with an active list, as a completed sync leaves it; `signed` as the project's own feed. */
async function addActiveFeed(id: string, hosts: string[], signed: boolean) {
  const { feedStore } = await import('@/entrypoints/background/feeds/service');
  const store = await feedStore();
  await store.addFeed({ id, url: `https://feeds.example.org/${id}`, name: id, enabled: true, origin: 'user', addedAt: n, active: null, status: { failures: 0 } });
  const setKey = await store.stageSet(id, { block: CompactHostSet.fromHosts(hosts).toArrayBuffer(), ruleNames: hosts.join('\n') });
  const active = { setKey, entries: hosts.length, skipped: 0, droppedByGate: 0, format: 'hostnames' as const, fetchedAt: 1, bytes: 1, ruleNames: hosts.length };
  await store.activateSet(id, signed ? { ...active, signedVersion: 7 } : active, { failures: 0 });
}

async function background() {
  const { registerFeeds } = await import('@/entrypoints/background/feeds/wiring');
  registerFeeds();
  const { withFamilyGate } = await import('@/entrypoints/background/family/gate');
  const { trustHandlers } = await import('@/entrypoints/background/handlers/trust');
  const { personalListHandlers } = await import('@/entrypoints/background/handlers/personal-lists');
  const page = withFamilyGate({ ...trustHandlers, ...personalListHandlers } as Handlers['page']);
  const send = (message: PageMessage) => (page[message.type] as (m: PageMessage) => Promise<unknown>)(message);
  return {
    send,
    blocklist: await import('@/entrypoints/background/blocklist'),
    blockRuleNames: (await import('@/entrypoints/background/block-rule-names')).blockRuleNames,
    trustedSites: (await import('@/entrypoints/background/family/trusted-sites')).trustedSites,
    refreshBlockRules: vi.mocked((await import('@/entrypoints/background/protection')).refreshBlockRules),
  };
}

describe('trusted sites', () => {
  it('are the personal TRUSTED list: shown in the options page, covering subdomains, nothing kept elsewhere', async () => {
    const { send, trustedSites } = await background();
    await expect(send({ type: 'page:trustSite', url: 'https://app.knitting-circle.example/join' })).resolves.toEqual({
      site: 'knitting-circle.example',
      trusted: true,
      listedBy: [],
    });
    await expect(send({ type: 'page:personalLists' })).resolves.toEqual({ ok: true, lists: { blocked: [], trusted: ['knitting-circle.example'] }, pending: [] });
    expect(await trustedSites.isTrusted('https://www.knitting-circle.example/')).toBe(true);
    expect(await trustedSites.isTrusted('https://knitting-circle.example.evil.example/')).toBe(false);
    expect(await fakeBrowser.storage.local.get('trustedSites')).toEqual({});

    // Trust added in the options page for one subdomain shows in the popup, and the popup can take it back.
    await send({ type: 'page:addPersonal', list: 'trusted', host: 'shop.bakery.example' });
    await expect(send({ type: 'page:siteTrust', url: 'https://shop.bakery.example/' })).resolves.toEqual({ site: 'bakery.example', trusted: true, listedBy: [] });
    await expect(send({ type: 'page:siteTrust', url: 'https://bakery.example/' })).resolves.toEqual({ site: 'bakery.example', trusted: false, listedBy: [] });
    await send({ type: 'page:untrustSite', url: 'https://shop.bakery.example/cart' });
    expect(await trustedSites.list()).toEqual(['knitting-circle.example']);
  });

  it('are refused by the popup for a site a scam list names', async () => {
    await addActiveFeed('unsigned', ['feed-scam.example'], false);
    const { send, blocklist } = await background();
    for (const site of ['bundled-scam.example', 'feed-scam.example']) {
      await expect(send({ type: 'page:trustSite', url: `https://www.${site}/` })).rejects.toThrow(/trust-listed-site/);
      await expect(send({ type: 'page:siteTrust', url: `https://${site}/` })).resolves.toMatchObject({ trusted: false, listedBy: [expect.any(String)] });
      expect(await blocklist.findListing(`https://www.${site}/`), site).not.toBeNull();
    }
    expect(await send({ type: 'page:personalLists' })).toMatchObject({ lists: { trusted: [] } });
  });

  it('let a listed site through the bundled list and unsigned feeds only after the warning, never through the signed feed', async () => {
    await addActiveFeed('unsigned', ['feed-scam.example'], false);
    await addActiveFeed('signed', ['taken-over.example'], true);
    const { send, blocklist, blockRuleNames, refreshBlockRules } = await background();
    for (const site of ['bundled-scam.example', 'feed-scam.example', 'taken-over.example']) {
      expect(await blocklist.findListing(`https://www.${site}/`), site).not.toBeNull();
    }

    // Without the confirmation nothing changes: the page is told which lists name the site.
    await expect(send({ type: 'page:addPersonal', list: 'trusted', host: 'bundled-scam.example' })).resolves.toMatchObject({
      ok: false,
      reason: 'listed',
      host: 'bundled-scam.example',
      listedBy: ['Test bundled list'],
      lists: { trusted: [] },
    });
    expect(await blocklist.findListing('https://www.bundled-scam.example/')).not.toBeNull();

    for (const site of ['bundled-scam.example', 'feed-scam.example', 'taken-over.example']) {
      await expect(send({ type: 'page:addPersonal', list: 'trusted', host: site, confirmListed: true })).resolves.toMatchObject({ ok: true, pending: [] });
    }
    // The storage writes alone reload the combined lists (feeds/wiring.ts).
    expect(await blocklist.findListing('https://www.bundled-scam.example/')).toBeNull();
    expect(await blocklist.findListing('https://www.feed-scam.example/')).toBeNull();
    expect(await blocklist.findListing('https://www.taken-over.example/')).toMatchObject({ matched: 'taken-over.example', sources: ['signed'] });
    await vi.waitFor(() => expect(refreshBlockRules).toHaveBeenCalled());

    // The browser's rules: trusted names leave the block rules, the signed feed's stays and is kept out of the allow rules.
    const rules = await blockRuleNames();
    expect(rules.block).toContain('taken-over.example');
    expect(rules.block).not.toContain('bundled-scam.example');
    expect(rules.block).not.toContain('feed-scam.example');
    expect(rules.allow).toEqual(expect.arrayContaining(['bundled-scam.example', 'feed-scam.example', 'taken-over.example']));
    expect(rules.allowExceptions).toEqual(['taken-over.example']);

    refreshBlockRules.mockClear();
    await send({ type: 'page:untrustSite', url: 'https://bundled-scam.example/' });
    expect(await blocklist.findListing('https://bundled-scam.example/')).toMatchObject({ matched: 'bundled-scam.example' });
    await vi.waitFor(() => expect(refreshBlockRules).toHaveBeenCalled());
  });

  it('synced from another browser, trust of a listed site waits until confirmed in this one', async () => {
    await addActiveFeed('unsigned', ['feed-scam.example'], false);
    const { send, blocklist, blockRuleNames } = await background();
    const now = Math.floor(Date.now() / 1000);
    await fakeBrowser.storage.sync.set(
      encodeDevice('otherpc', new Map([['feed-scam.example', { list: 'trusted', at: now }], ['friendly.example', { list: 'trusted', at: now }]]), 'g1', now),
    );
    await vi.waitFor(async () =>
      expect(await send({ type: 'page:personalLists' })).toMatchObject({
        lists: { trusted: ['feed-scam.example', 'friendly.example'] },
        pending: [{ host: 'feed-scam.example', lists: ['unsigned'] }],
      }),
    );
    // Unlisted trust counts at once; the listed site stays blocked and its pages checked.
    expect(await send({ type: 'page:siteTrust', url: 'https://friendly.example/' })).toMatchObject({ trusted: true });
    expect(await send({ type: 'page:siteTrust', url: 'https://feed-scam.example/' })).toMatchObject({ trusted: false });
    expect(await blocklist.findListing('https://feed-scam.example/')).toMatchObject({ sources: ['unsigned'] });
    expect((await blockRuleNames()).allow).not.toContain('feed-scam.example');

    await expect(send({ type: 'page:confirmTrust', host: 'feed-scam.example' })).resolves.toMatchObject({ ok: true, pending: [] });
    expect(await blocklist.findListing('https://feed-scam.example/')).toBeNull();
    // The confirmation stays in this browser.
    expect(Object.keys(await fakeBrowser.storage.sync.get(null)).some((key) => !key.startsWith('personal:'))).toBe(false);

    // Trusted again later (another decision), it waits again.
    await fakeBrowser.storage.sync.set(encodeDevice('otherpc', new Map([['feed-scam.example', { list: 'trusted', at: now + 60 }]]), 'g2', now + 60));
    await vi.waitFor(async () => expect(await blocklist.findListing('https://feed-scam.example/')).not.toBeNull());
  });
});
