import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { signFeedBody } from '@/rules/feeds';
import { EXPIRED_GRACE_MS } from '@/rules/feeds-config/expiry';
import { buildProtectedNames } from '@/rules/hosts/gate';
import { dropExpiredLists, feedStore, feedSummaries, onFeedListsChanged } from '@/entrypoints/background/feeds/service';
import { syncFeed } from '@/entrypoints/background/feeds/sync';
import { TEST_KEY_ID, TEST_KEYS, TEST_PRIVATE_KEY_PKCS8 } from '../feeds/test-signing-key';
import { startFeedServer, type FeedServer } from './feed-server';

/** A signed list whose publisher stops renewing it: reported, kept for the grace period, then dropped. */
const EXPIRES = '2026-03-05T00:00:00Z';
const EXPIRED_AT = Date.parse(EXPIRES);
const DAY = 86_400_000;
let server: FeedServer;

beforeAll(async () => {
  server = await startFeedServer();
  const body = new TextEncoder().encode(JSON.stringify({ format: 'scam-sentinel-feed', version: 3, expires: EXPIRES, entries: ['stale-scam.example'] }));
  const sig = await signFeedBody(body, TEST_PRIVATE_KEY_PKCS8, TEST_KEY_ID);
  server.serve('/signed.json', (_req, res) => res.writeHead(200).end(body));
  server.serve('/signed.json.sig', (_req, res) => res.writeHead(200).end(sig));
});
afterAll(() => server.close());
beforeEach(() => fakeBrowser.reset());

describe('a signed list past its expiry date', () => {
  it('is reported while still in use for the grace period, then dropped: the feed stays, its list no longer protects', async () => {
    const store = await feedStore();
    const url = server.url('/signed.json');
    await store.addFeed({ id: 'signed', url, name: 'Signed', enabled: true, origin: 'user', addedAt: 1, active: null, status: { failures: 0 } });
    const gate = buildProtectedNames([]);
    const synced = await syncFeed('signed', { store, gate: async () => gate, keys: TEST_KEYS, now: () => EXPIRED_AT - DAY });
    expect(synced).toEqual({ kind: 'updated', entries: 1 });
    const changed = vi.fn();
    onFeedListsChanged(changed);
    const row = async (now: number) => (await feedSummaries(now)).find((feed) => feed.id === 'signed')!;

    expect((await row(EXPIRED_AT - 1)).expiry).toBeNull();
    const late = await row(EXPIRED_AT + DAY);
    expect(late.expiry).toEqual({ state: 'grace', expiredAt: EXPIRED_AT, dropAt: EXPIRED_AT + EXPIRED_GRACE_MS });
    expect(late.entries).toBe(1);
    expect(await dropExpiredLists(EXPIRED_AT + EXPIRED_GRACE_MS - 1)).toBe(0);
    expect(changed).not.toHaveBeenCalled();

    const setKey = (await store.getFeed('signed'))!.active!.setKey;
    expect(await dropExpiredLists(EXPIRED_AT + EXPIRED_GRACE_MS)).toBe(1);
    expect(changed).toHaveBeenCalledTimes(1);
    const gone = await row(EXPIRED_AT + EXPIRED_GRACE_MS + 1);
    expect(gone).toMatchObject({ entries: null, enabled: true, expiry: { state: 'dropped', expiredAt: EXPIRED_AT } });
    expect(await store.readSetIndex(setKey)).toBeUndefined();
    // It still remembers it was signed, at version 3: the feed cannot be downgraded afterwards either.
    expect((await store.getFeed('signed'))!.signed).toMatchObject({ version: 3, expires: EXPIRES });
  });
});
