import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CompactHostSet } from '@/rules/feeds';
import { compiledBundledList } from '@/scripts/compiled-bundled-list';

/**
 * Chromium's dynamic rules outlive the worker: a worker stopped between a feed sync's rule preview
 * (the new list's names, installed before the list is stored) and the rebuild that confirms or
 * undoes it must not leave those names in the rules. The next worker start rebuilds rules that
 * nobody confirmed from the stored lists, and leaves confirmed ones alone.
 */
type Rule = { id: number; priority: number; condition: { requestDomains?: string[] } };

/** The browser's side, which a worker restart (vi.resetModules) does not touch. */
let dynamicRules: Rule[] = [];
let sessionRules: Rule[] = [];
let dynamicUpdates = 0;

function fakeDnr(): void {
  Object.assign(fakeBrowser.declarativeNetRequest, {
    getDynamicRules: async (filter?: { ruleIds?: number[] }) =>
      dynamicRules.filter((rule) => filter?.ruleIds === undefined || filter.ruleIds.includes(rule.id)),
    updateDynamicRules: async ({ removeRuleIds = [], addRules = [] }: { removeRuleIds?: number[]; addRules?: Rule[] }) => {
      dynamicUpdates += 1;
      dynamicRules = [...dynamicRules.filter((rule) => !removeRuleIds.includes(rule.id)), ...addRules];
    },
    getSessionRules: async () => sessionRules,
    updateSessionRules: async ({ removeRuleIds = [], addRules = [] }: { removeRuleIds?: number[]; addRules?: Rule[] }) => {
      sessionRules = [...sessionRules.filter((rule) => !removeRuleIds.includes(rule.id)), ...addRules];
    },
    getEnabledRulesets: async () => ['bundled'],
    updateEnabledRulesets: async () => undefined,
  });
}

const blockedByRules = () => dynamicRules.flatMap((rule) => rule.condition.requestDomains ?? []);

beforeEach(async () => {
  fakeBrowser.reset();
  vi.resetModules();
  dynamicRules = [];
  sessionRules = [];
  dynamicUpdates = 0;
  fakeDnr();
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) =>
    String(input).endsWith('/lists/bundled.bin') ? new Response(compiledBundledList('bundled-scam.example')) : new Response('not found', { status: 404 }),
  );
  const { feedStore } = await import('@/entrypoints/background/feeds/service');
  const store = await feedStore();
  for (const feed of await store.listFeeds()) await store.removeFeed(feed.id);
  // The feed's list as a completed sync stored it.
  const hosts = ['stored-scam.example'];
  await store.addFeed({ id: 'f', url: 'https://feeds.example.org/f', name: 'Feed', enabled: true, origin: 'user', addedAt: 1, active: null, status: { failures: 0 } });
  const setKey = await store.stageSet('f', { block: CompactHostSet.fromHosts(hosts).toArrayBuffer(), ruleNames: hosts.join('\n') });
  await store.activateSet('f', { setKey, entries: 1, skipped: 0, droppedByGate: 0, format: 'hostnames', fetchedAt: 1, bytes: 1, ruleNames: 1 }, { failures: 0 });
});

/** A worker starting: the background's wiring, as Chromium runs it at each wake. */
async function startWorker(): Promise<void> {
  vi.resetModules();
  fakeBrowser.i18n.getUILanguage = () => 'en';
  const background = (await import('@/entrypoints/background/index')).default as { main: () => void };
  background.main();
}

const confirmed = async () => (await fakeBrowser.storage.session.get('blockRulesConfirmed')).blockRulesConfirmed;

describe('blocking rules nobody confirmed', () => {
  it('a worker stopped between a sync\'s rule preview and its rebuild: the next start puts back the stored list\'s rules', async () => {
    const protection = await import('@/entrypoints/background/protection');
    await protection.refreshBlockRules();
    expect(blockedByRules()).toEqual(['stored-scam.example', 'stored-scam.example']);
    const { feedStore } = await import('@/entrypoints/background/feeds/service');
    const feed = (await (await feedStore()).getFeed('f'))!;
    await protection.previewBlockRules(feed, 'never-stored.example');
    await vi.waitFor(() => expect(blockedByRules()).toContain('never-stored.example'));
    expect(await confirmed()).toBe(false);

    // Stopped here: no rebuild follows in this worker. The next one starts.
    await startWorker();
    await vi.waitFor(async () => expect(await confirmed()).toBe(true));
    expect(blockedByRules()).toEqual(['stored-scam.example', 'stored-scam.example']);
  });

  it('a start with the rules confirmed leaves them as they are', async () => {
    const protection = await import('@/entrypoints/background/protection');
    await protection.refreshBlockRules();
    expect(await confirmed()).toBe(true);
    const updates = dynamicUpdates;
    await startWorker();
    // Give a rebuild, if one were started, the time to reach the browser.
    await new Promise((done) => setTimeout(done, 50));
    expect(dynamicUpdates).toBe(updates);
    expect(await confirmed()).toBe(true);
  });
});
