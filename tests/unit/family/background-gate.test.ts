import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FAMILY_KEY } from '@/rules/family/guardian';
import { hashPin, PIN_ITERATIONS } from '@/rules/family/pin';
import { FREE_ATTEMPTS, WAIT_MS } from '@/rules/family/rate-limit';
import type { UnlockResult } from '@/rules/family/unlock';
import type { FeedSummary } from '@/rules/feeds-config/feed-summary';
import { exportPersonalLists } from '@/rules/personal/export';
import type { PersonalLists } from '@/rules/personal/records';
import type { PageMessage } from '@/rules/protocol';
import { SETTINGS_KEY } from '@/rules/settings';
import type { Handlers } from '@/entrypoints/background/router';
import { compiledBundledList } from '@/scripts/compiled-bundled-list';

/** The background side of family mode: PIN checks, persisted lock-out, and the guard on protected messages. */
const PIN = '7391';
const REPORT_ID = 'r-0123456789abcdef';
const GUARDIAN = { name: 'Marta', phone: '+34 612 345 678' };

/** The page handlers of settings, family mode, trust, feeds and personal lists behind the family gate, as handlers/index.ts composes them. */
async function background() {
  const { withFamilyGate } = await import('@/entrypoints/background/family/gate');
  const { settingsHandlers } = await import('@/entrypoints/background/handlers/page-settings');
  const { familyHandlers } = await import('@/entrypoints/background/handlers/family');
  const { trustHandlers } = await import('@/entrypoints/background/handlers/trust');
  const { feedHandlers } = await import('@/entrypoints/background/handlers/feeds');
  const { personalListHandlers } = await import('@/entrypoints/background/handlers/personal-lists');
  // Deleting a report, watched through a stand-in (the report store needs more of the browser than the fake one has).
  const reportDelete = async () => ({ ok: true });
  const page = withFamilyGate({
    ...settingsHandlers,
    ...familyHandlers,
    ...trustHandlers,
    ...feedHandlers,
    ...personalListHandlers,
    'page:reportDelete': reportDelete,
  } as unknown as Handlers['page']);
  return (message: PageMessage) => {
    const handler = page[message.type] as ((m: PageMessage) => Promise<unknown>) | undefined;
    if (!handler) throw new Error(`no handler for ${message.type} in this test`);
    return handler(message);
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
  // The trust handlers ask the combined lists whether a scam list names a site.
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) =>
    String(input).endsWith('/lists/bundled.bin') ? new Response(compiledBundledList('listed-scam.example\n')) : new Response('not found', { status: 404 }),
  );
});

describe('family mode in the background', () => {
  it('refuses protected changes without a live token, and accepts them with one', async () => {
    const send = await background();
    // Off: nothing needs a PIN.
    await expect(send({ type: 'page:setSettings', patch: { largeText: true } })).resolves.toMatchObject({ settings: { largeText: true } });
    await expect(send({ type: 'page:familySetup', pin: PIN, guardian: GUARDIAN })).resolves.toMatchObject({ ok: true, status: { enabled: true } });

    await expect(send({ type: 'page:setSettings', patch: { largeText: false } })).rejects.toThrow(/family-pin-required/);
    await expect(send({ type: 'page:trustSite', url: 'https://example.org/' })).rejects.toThrow(/family-pin-required/);
    await expect(send({ type: 'page:familyDisable' })).rejects.toThrow(/family-pin-required/);
    await expect(send({ type: 'page:familySetup', pin: '0000', guardian: GUARDIAN })).rejects.toThrow(/family-pin-required/);
    // Reading stays open.
    await expect(send({ type: 'page:familyStatus' })).resolves.toMatchObject({ enabled: true, guardian: GUARDIAN });

    const unlocked = (await send({ type: 'page:familyUnlock', pin: PIN })) as UnlockResult;
    if (!unlocked.ok) throw new Error('the right PIN was refused');
    await expect(send({ type: 'page:setSettings', patch: { largeText: false }, unlockToken: unlocked.token })).resolves.toMatchObject({
      settings: { largeText: false },
    });
    await send({ type: 'page:familyLock' });
    await expect(send({ type: 'page:setSettings', patch: { largeText: true }, unlockToken: unlocked.token })).rejects.toThrow(/family-pin-required/);
  });

  it('keeps the lock-out across a restart of the background', async () => {
    let send = await background();
    await send({ type: 'page:familySetup', pin: PIN, guardian: GUARDIAN });
    let last: UnlockResult | undefined;
    for (let i = 0; i < FREE_ATTEMPTS; i++) last = (await send({ type: 'page:familyUnlock', pin: '0000' })) as UnlockResult;
    expect(last).toMatchObject({ ok: false, reason: 'wrong', attemptsLeft: 0 });

    vi.resetModules(); // a fresh worker: module state is gone, storage.local is not
    send = await background();
    await expect(send({ type: 'page:familyUnlock', pin: PIN })).resolves.toMatchObject({ ok: false, reason: 'locked' });
    await expect(send({ type: 'page:familyStatus' })).resolves.toMatchObject({ attemptsLeft: 0, retryAfterMs: expect.any(Number) });
  });

  it('a clock set forward does not end a lock-out; only waits counted by the alarm do', async () => {
    const send = await background();
    await send({ type: 'page:familySetup', pin: PIN, guardian: GUARDIAN });
    for (let i = 0; i < FREE_ATTEMPTS; i++) await send({ type: 'page:familyUnlock', pin: '0000' }); // one wait
    const realNow = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(realNow + 24 * 3600_000);
    await expect(send({ type: 'page:familyUnlock', pin: PIN })).resolves.toMatchObject({ ok: false, reason: 'locked', retryAfterMs: WAIT_MS });
    vi.mocked(Date.now).mockRestore();
    expect(await fakeBrowser.alarms.get('family-lockout-wait')).toBeDefined();

    const { countWait } = await import('@/entrypoints/background/family/lockout-clock');
    await countWait(1_000);
    await expect(send({ type: 'page:familyUnlock', pin: '0000' })).resolves.toMatchObject({ ok: false, reason: 'wrong', retryAfterMs: 2 * WAIT_MS });
    await countWait(2_000); // fired again at once (a clock jumped ahead): not a wait
    await expect(send({ type: 'page:familyUnlock', pin: PIN })).resolves.toMatchObject({ ok: false, reason: 'locked', retryAfterMs: 2 * WAIT_MS });
    await countWait(1_000 + WAIT_MS);
    await countWait(1_000 + 2 * WAIT_MS);
    expect(await fakeBrowser.alarms.get('family-lockout-wait')).toBeUndefined();
    await expect(send({ type: 'page:familyUnlock', pin: PIN })).resolves.toMatchObject({ ok: true });
  });

  it('hashes a PIN stored with fewer iterations again at its next correct entry', async () => {
    const send = await background();
    await fakeBrowser.storage.local.set({ [FAMILY_KEY]: { version: 1, pin: await hashPin(PIN, 310_000), guardian: GUARDIAN } });
    await expect(send({ type: 'page:familyUnlock', pin: '0000' })).resolves.toMatchObject({ ok: false });
    expect((await fakeBrowser.storage.local.get(FAMILY_KEY))[FAMILY_KEY]).toMatchObject({ pin: { iterations: 310_000 } });
    await expect(send({ type: 'page:familyUnlock', pin: PIN })).resolves.toMatchObject({ ok: true });
    expect((await fakeBrowser.storage.local.get(FAMILY_KEY))[FAMILY_KEY]).toMatchObject({ pin: { iterations: PIN_ITERATIONS }, guardian: GUARDIAN });
    await expect(send({ type: 'page:familyUnlock', pin: PIN })).resolves.toMatchObject({ ok: true });
  });

  it('a damaged family record fails closed: still locked; the PIN still works when it can be read, and saving repairs it', async () => {
    const send = await background();
    await fakeBrowser.storage.local.set({ [FAMILY_KEY]: { version: 1, pin: await hashPin(PIN), guardian: { name: 7 } } });
    await expect(send({ type: 'page:familyStatus' })).resolves.toMatchObject({ enabled: true, damaged: 'pin-works' });
    await expect(send({ type: 'page:setSettings', patch: { heuristicsEnabled: false } })).rejects.toThrow(/family-pin-required/);
    const unlocked = (await send({ type: 'page:familyUnlock', pin: PIN })) as UnlockResult;
    if (!unlocked.ok) throw new Error('the right PIN was refused');
    await send({ type: 'page:familySetup', guardian: GUARDIAN, unlockToken: unlocked.token });
    await expect(send({ type: 'page:familyStatus' })).resolves.toMatchObject({ enabled: true, damaged: null, guardian: GUARDIAN });
    await expect(send({ type: 'page:familyUnlock', pin: PIN })).resolves.toMatchObject({ ok: true });

    await fakeBrowser.storage.local.set({ [FAMILY_KEY]: 'garbage' });
    await expect(send({ type: 'page:familyStatus' })).resolves.toMatchObject({ enabled: true, damaged: 'pin-lost' });
    await expect(send({ type: 'page:familyUnlock', pin: PIN })).resolves.toEqual({ ok: false, reason: 'damaged' });
    await expect(send({ type: 'page:setSettings', patch: { heuristicsEnabled: false } })).rejects.toThrow(/family-pin-required/);
  });

  it('lets parallel guesses count one by one', async () => {
    const send = await background();
    await send({ type: 'page:familySetup', pin: PIN, guardian: GUARDIAN });
    const guesses = await Promise.all(Array.from({ length: FREE_ATTEMPTS + 3 }, () => send({ type: 'page:familyUnlock', pin: '1234' })));
    expect(guesses.filter((g) => (g as UnlockResult & { reason?: string }).reason === 'locked')).toHaveLength(3);
  });

  it('applies the administrator policy and refuses changes to locked settings', async () => {
    await fakeBrowser.storage.managed.set({ settings: { heuristicsEnabled: true, language: 'it' }, lockedSettings: ['heuristicsEnabled'] });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 2, blocklistEnabled: true, heuristicsEnabled: false, language: 'auto', largeText: false, simplePopup: false } });
    const { applyManagedPolicy } = await import('@/entrypoints/background/family/managed-policy');
    await applyManagedPolicy();
    const send = await background();
    await expect(send({ type: 'page:getSettings' })).resolves.toMatchObject({ settings: { heuristicsEnabled: true, language: 'it' } });
    await expect(send({ type: 'page:setSettings', patch: { heuristicsEnabled: false } })).rejects.toThrow(/setting-locked-by-administrator/);
    // Unlocked managed values are a starting point the user may change.
    await expect(send({ type: 'page:setSettings', patch: { language: 'fr' } })).resolves.toMatchObject({ settings: { language: 'fr' } });
    await applyManagedPolicy();
    await expect(send({ type: 'page:getSettings' })).resolves.toMatchObject({ settings: { language: 'fr', heuristicsEnabled: true } });
    await expect(send({ type: 'page:familyStatus' })).resolves.toMatchObject({ lockedSettings: ['heuristicsEnabled'] });
  });

  it('writes nothing at a worker start when the policy is the one already applied', async () => {
    await fakeBrowser.storage.managed.set({ settings: { largeText: true }, lockedSettings: ['largeText'] });
    const { applyManagedPolicy } = await import('@/entrypoints/background/family/managed-policy');
    await applyManagedPolicy();
    const written: string[] = [];
    fakeBrowser.storage.onChanged.addListener((changes, area) => written.push(...Object.keys(changes).map((key) => `${area}:${key}`)));
    await applyManagedPolicy();
    expect(written).toEqual([]);
    // A changed policy is applied and remembered.
    await fakeBrowser.storage.managed.set({ settings: { largeText: true }, lockedSettings: [] });
    await applyManagedPolicy();
    expect(written).toContain('local:managedPolicyApplied');
    const send = await background();
    await expect(send({ type: 'page:familyStatus' })).resolves.toMatchObject({ lockedSettings: [] });
  });

  it('refuses changes to the personal lists and to the feeds without a live token, and accepts them with one', async () => {
    const send = await background();
    const feedUrl = 'https://lists.example.org/family-gate-test.txt';
    await send({ type: 'page:addFeed', url: feedUrl });
    const feedId = ((await send({ type: 'page:feeds' })) as { feeds: FeedSummary[] }).feeds.find((feed) => feed.url === feedUrl)!.id;
    const json = exportPersonalLists({ blocked: ['imported-scam.example'], trusted: ['imported-friend.example'] }, new Date());
    await send({ type: 'page:familySetup', pin: PIN, guardian: GUARDIAN });

    const protectedChanges: PageMessage[] = [
      { type: 'page:addPersonal', list: 'trusted', host: 'fake-broker.example' },
      { type: 'page:removePersonal', host: 'fake-broker.example' },
      { type: 'page:importPersonal', json, trustConfirmed: true },
      { type: 'page:setFeedEnabled', id: feedId, enabled: false },
      { type: 'page:removeFeed', id: feedId },
      { type: 'page:addFeed', url: 'https://lists.example.org/another.txt' },
      { type: 'page:confirmTrust', host: 'fake-broker.example' },
      { type: 'page:updateFeeds' },
      { type: 'page:reportDelete', id: REPORT_ID },
    ];
    for (const message of protectedChanges) await expect(send(message), message.type).rejects.toThrow(/family-pin-required/);
    // Nothing changed, and reading stays open.
    await expect(send({ type: 'page:personalLists' })).resolves.toEqual({ ok: true, lists: { blocked: [], trusted: [] }, pending: [] });
    const feedsNow = (await send({ type: 'page:feeds' })) as { feeds: FeedSummary[] };
    expect(feedsNow.feeds.find((feed) => feed.id === feedId)).toMatchObject({ enabled: true });
    expect(feedsNow.feeds.some((feed) => feed.url === 'https://lists.example.org/another.txt')).toBe(false);

    const unlocked = (await send({ type: 'page:familyUnlock', pin: PIN })) as UnlockResult;
    if (!unlocked.ok) throw new Error('the right PIN was refused');
    const answers = [];
    for (const message of protectedChanges) answers.push(await send({ ...message, unlockToken: unlocked.token } as PageMessage));
    expect((answers[0] as { lists: PersonalLists }).lists.trusted).toEqual(['fake-broker.example']);
    expect((answers[2] as { lists: PersonalLists }).lists).toEqual({ blocked: ['imported-scam.example'], trusted: ['imported-friend.example'] });
    expect((answers[3] as { feeds: FeedSummary[] }).feeds.find((feed) => feed.id === feedId)).toMatchObject({ enabled: false });
    expect((answers[4] as { feeds: FeedSummary[] }).feeds.some((feed) => feed.id === feedId)).toBe(false);
  });

  it('keeps the administrator’s feeds: they can be neither removed nor switched off', async () => {
    const send = await background();
    const { addManagedFeeds } = await import('@/entrypoints/background/feeds/service');
    await addManagedFeeds([{ url: 'https://lists.example.org/company.txt', name: 'Company list' }]);
    const managed = ((await send({ type: 'page:feeds' })) as { feeds: FeedSummary[] }).feeds.find((feed) => feed.origin === 'managed')!;
    await expect(send({ type: 'page:removeFeed', id: managed.id })).rejects.toThrow(/feed-managed-by-administrator/);
    await expect(send({ type: 'page:setFeedEnabled', id: managed.id, enabled: false })).rejects.toThrow(/feed-managed-by-administrator/);
    const after = ((await send({ type: 'page:feeds' })) as { feeds: FeedSummary[] }).feeds.find((feed) => feed.id === managed.id);
    expect(after).toMatchObject({ enabled: true });

    // Switched off by a version that allowed it, or subscribed by the user before the policy named it: the policy turns it on again.
    const { feedStore } = await import('@/entrypoints/background/feeds/service');
    await (await feedStore()).updateFeed(managed.id, (record) => ({ ...record, enabled: false }));
    await send({ type: 'page:addFeed', url: 'https://lists.example.org/own.txt' });
    await addManagedFeeds([
      { url: 'https://lists.example.org/company.txt', name: 'Company list' },
      { url: 'https://lists.example.org/own.txt', name: 'Own' },
    ]);
    const feeds = ((await send({ type: 'page:feeds' })) as { feeds: FeedSummary[] }).feeds;
    expect(feeds.find((feed) => feed.id === managed.id)).toMatchObject({ enabled: true, origin: 'managed' });
    expect(feeds.find((feed) => feed.url === 'https://lists.example.org/own.txt')).toMatchObject({ enabled: true, origin: 'managed' });
  });

  it('trusts a site by its registrable domain, with the PIN in family mode', async () => {
    const send = await background();
    await expect(send({ type: 'page:trustSite', url: 'https://shop.example.co.uk/basket' })).resolves.toEqual({ site: 'example.co.uk', trusted: true, listedBy: [] });
    await expect(send({ type: 'page:siteTrust', url: 'https://www.example.co.uk/' })).resolves.toEqual({ site: 'example.co.uk', trusted: true, listedBy: [] });
    await expect(send({ type: 'page:siteTrust', url: 'https://example.com/' })).resolves.toMatchObject({ trusted: false });
    await send({ type: 'page:untrustSite', url: 'https://example.co.uk/' });
    await expect(send({ type: 'page:siteTrust', url: 'https://www.example.co.uk/' })).resolves.toMatchObject({ trusted: false });
  });
});
