import { openDB } from 'idb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_ALLOW, signFeedBody } from '@/rules/feeds';
import { generateFeedKeyPair, type FeedKeyPair } from '@/rules/feeds/sign';
import { DEFAULT_SYNC_LIMITS, FIRST_RETRY_MS, HOUR_MS, type SyncLimits } from '@/rules/feeds-config/sync-policy';
import { buildProtectedNames } from '@/rules/hosts/gate';
import { FeedStore } from '@/entrypoints/background/feeds/store';
import { syncFeed, type SyncDeps } from '@/entrypoints/background/feeds/sync';
import { TEST_KEY_ID, TEST_KEYS, TEST_PRIVATE_KEY_PKCS8 } from '../feeds/test-signing-key';
import { fetchTrustingTestCert, hostsList, redirectTo, startFeedServer, withEtag, type FeedServer, type Handler } from './feed-server';
import { storedList } from './stored-list';

let server: FeedServer;
let store: FeedStore;
let deps: SyncDeps;
let path: string;
let n = 0;
const NOW = Date.parse('2026-03-01T12:00:00Z');
const limits: SyncLimits = { ...DEFAULT_SYNC_LIMITS, timeoutMs: 1_500, stallMs: 500, maxBytes: 200_000 };

beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

beforeEach(async () => {
  n += 1;
  path = `/feed-${n}.txt`;
  store = await FeedStore.open(`sync-test-${n}`);
  const gate = buildProtectedNames([
    { reason: 'popular site', names: ['popular-site.example'] },
    { reason: 'built-in allowlist', names: BUILTIN_ALLOW },
  ]);
  deps = { store, limits, now: () => NOW, random: () => 0.5, keys: TEST_KEYS, gate: async () => gate };
  await store.addFeed({ id: 'f', url: server.url(path), name: 'Test feed', enabled: true, origin: 'user', addedAt: NOW, active: null, status: { failures: 0 } });
});

/** The active list of the feed, as the blocker would load it. */
async function activeList() {
  const feed = (await store.getFeed('f'))!;
  if (feed.active === null) return { feed, set: null };
  return { feed, set: (await storedList(store, feed.active.setKey))! };
}

/** A first good list of 100 sites "good-N.example". */
async function startWithGoodList() {
  server.serve(path, withEtag(hostsList('good', 100), '"v1"'));
  expect(await syncFeed('f', deps)).toEqual({ kind: 'updated', entries: 100 });
  return (await store.getFeed('f'))!.active!.setKey;
}

async function expectStillGood(setKey: string, code: string) {
  const { feed, set } = await activeList();
  expect(feed.active!.setKey).toBe(setKey);
  expect(set!.lookup('www.good-42.example')).toBe('good-42.example');
  expect(feed.status.lastError?.code).toBe(code);
  expect(feed.status.lastError?.message.length).toBeGreaterThan(10);
  expect(feed.status.failures).toBe(1);
  expect(feed.status.nextSyncAt).toBe(NOW + FIRST_RETRY_MS);
}

describe('feed sync against a real HTTP server', () => {
  it('200: compiles the list, gates popular and known-safe sites, keeps names for the blocking rules', async () => {
    server.serve(path, withEtag('# my list\nscam-one.example\nwww.scam-two.example\npopular-site.example\nbinance.com\nnot a host\n', '"a"'));
    expect(await syncFeed('f', deps)).toEqual({ kind: 'updated', entries: 2 });
    const { feed, set } = await activeList();
    expect(set!.lookup('login.scam-one.example')).toBe('scam-one.example');
    expect(set!.lookup('binance.com')).toBeNull();
    expect(set!.lookup('popular-site.example')).toBeNull();
    expect(feed.active).toMatchObject({ entries: 2, skipped: 1, droppedByGate: 2, format: 'hostnames', etag: '"a"', ruleNames: 2 });
    expect((await store.loadRuleNames(feed.active!.setKey))!.split('\n').sort()).toEqual(['scam-one.example', 'www.scam-two.example']);
    expect(feed.status).toMatchObject({ failures: 0, lastSuccessAt: NOW, nextSyncAt: NOW + 12 * HOUR_MS });
  });

  it('304: sends the ETag and keeps the same list', async () => {
    const key = await startWithGoodList();
    expect(await syncFeed('f', deps)).toEqual({ kind: 'unchanged' });
    expect(server.seen(path).at(-1)!['if-none-match']).toBe('"v1"');
    expect((await activeList()).feed.active!.setKey).toBe(key);
  });

  it('downloads an unchanged list in full when the stored one can no longer be read', async () => {
    const key = await startWithGoodList();
    // The stored set is damaged on disk: a 304 would leave the feed unusable.
    const db = await openDB(`sync-test-${n}`);
    await db.put('setParts', { key, part: 0, block: new Uint8Array(64).buffer });
    db.close();
    store.close();
    store = await FeedStore.open(`sync-test-${n}`); // the next start: nothing from memory
    deps = { ...deps, store };
    expect(await syncFeed('f', deps)).toEqual({ kind: 'updated', entries: 100 });
    expect(server.seen(path).at(-1)!['if-none-match']).toBeUndefined();
    expect((await activeList()).set!.lookup('good-7.example')).toBe('good-7.example');
  });

  it('sends If-Modified-Since when the server gave Last-Modified', async () => {
    const stamp = 'Sun, 01 Mar 2026 10:00:00 GMT';
    server.serve(path, (req, res) => {
      if (req.headers['if-modified-since'] === stamp) return void res.writeHead(304).end();
      res.writeHead(200, { 'last-modified': stamp }).end(hostsList('good', 100));
    });
    await syncFeed('f', deps);
    expect(await syncFeed('f', deps)).toEqual({ kind: 'unchanged' });
  });

  it('500: keeps the last good list and backs off', async () => {
    const key = await startWithGoodList();
    server.serve(path, (_req, res) => res.writeHead(500).end('oops'));
    expect(await syncFeed('f', deps)).toMatchObject({ kind: 'failed', code: 'http' });
    await expectStillGood(key, 'http');
    // Exponential back-off on further failures.
    await syncFeed('f', deps);
    expect((await store.getFeed('f'))!.status.nextSyncAt).toBe(NOW + 2 * FIRST_RETRY_MS);
  });

  it('timeout: a server that never answers', async () => {
    const key = await startWithGoodList();
    server.serve(path, () => undefined);
    expect(await syncFeed('f', deps)).toMatchObject({ kind: 'failed', code: 'timeout' });
    await expectStillGood(key, 'timeout');
  });

  it('a download cut off midway (connection dropped)', async () => {
    const key = await startWithGoodList();
    const body = hostsList('bad', 2000);
    server.serve(path, (_req, res) => {
      res.writeHead(200, { 'content-length': body.length });
      res.write(body.slice(0, body.length / 2), () => res.destroy());
    });
    expect(await syncFeed('f', deps)).toMatchObject({ kind: 'failed' });
    await expectStillGood(key, (await store.getFeed('f'))!.status.lastError!.code);
    expect(['network', 'truncated']).toContain((await store.getFeed('f'))!.status.lastError!.code);
  });

  it('a truncated body that stalls', async () => {
    const key = await startWithGoodList();
    server.serve(path, (_req, res) => {
      res.writeHead(200, { 'content-length': 10_000 });
      res.write('half-a-list.example\n'); // then nothing more
    });
    expect(await syncFeed('f', deps)).toMatchObject({ kind: 'failed', code: 'timeout' });
    await expectStillGood(key, 'timeout');
  });

  it('oversize body, declared or streamed, is refused', async () => {
    const key = await startWithGoodList();
    const big = hostsList('huge', 20_000);
    server.serve(path, (_req, res) => res.writeHead(200, { 'content-length': big.length }).end(big));
    expect(await syncFeed('f', deps)).toMatchObject({ kind: 'failed', code: 'too-large' });
    server.serve(path, (_req, res) => {
      res.writeHead(200); // chunked: no length announced
      res.end(big);
    });
    expect(await syncFeed('f', deps)).toMatchObject({ kind: 'failed', code: 'too-large' });
    expect((await activeList()).feed.active!.setKey).toBe(key);
  });

  it('refuses an HTML error page served with 200, and an empty body', async () => {
    const key = await startWithGoodList();
    server.serve(path, (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Login</title><p>Please sign in'));
    expect(await syncFeed('f', deps)).toMatchObject({ kind: 'failed', code: 'html' });
    await expectStillGood(key, 'html');
    server.serve(path, (_req, res) => res.writeHead(200).end(''));
    expect(await syncFeed('f', deps)).toMatchObject({ kind: 'failed', code: 'empty' });
  });

  it('refuses a list that shrank by more than half', async () => {
    const key = await startWithGoodList();
    server.serve(path, withEtag(hostsList('good', 40), '"v2"'));
    expect(await syncFeed('f', deps)).toMatchObject({ kind: 'failed', code: 'shrunk' });
    await expectStillGood(key, 'shrunk');
    server.serve(path, withEtag(hostsList('good', 60), '"v3"'));
    expect(await syncFeed('f', deps)).toEqual({ kind: 'updated', entries: 60 });
  });

  it('the entry cap', async () => {
    server.serve(path, withEtag(hostsList('many', 500), '"m"'));
    expect(await syncFeed('f', { ...deps, limits: { ...limits, maxEntries: 100 } })).toMatchObject({ kind: 'failed', code: 'too-many-entries' });
    expect((await activeList()).feed.active).toBeNull();
  });

  describe('signed feeds', () => {
    const signedBody = (version: number, entries: string[], expires = '2026-03-05T00:00:00Z') =>
      new TextEncoder().encode(JSON.stringify({ format: 'scam-sentinel-feed', version, expires, entries }));
    async function serveSigned(body: Uint8Array, signature?: string) {
      const sig = signature ?? (await signFeedBody(body, TEST_PRIVATE_KEY_PKCS8, TEST_KEY_ID));
      server.serve(path, (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(body));
      server.serve(`${path}.sig`, (_req, res) => res.writeHead(200).end(sig));
    }

    it('accepts a valid one, schedules from its expiry, exempts it from the shrink check', async () => {
      await serveSigned(signedBody(5, ['signed-scam.example', 'another-scam.example']));
      expect(await syncFeed('f', deps)).toEqual({ kind: 'updated', entries: 2 });
      const { feed, set } = await activeList();
      expect(set!.lookup('signed-scam.example')).toBe('signed-scam.example');
      expect(feed.active).toMatchObject({ signedVersion: 5, format: 'scam-sentinel-feed' });
      expect(feed.status.nextSyncAt).toBe(NOW + 12 * HOUR_MS);
    });

    it('bad signature and rollback leave the accepted version active', async () => {
      await serveSigned(signedBody(5, ['signed-scam.example']));
      await syncFeed('f', deps);
      const key = (await store.getFeed('f'))!.active!.setKey;
      const other = await signFeedBody(signedBody(6, ['x.example']), TEST_PRIVATE_KEY_PKCS8, TEST_KEY_ID);
      await serveSigned(signedBody(6, ['tampered.example']), other);
      expect(await syncFeed('f', deps)).toMatchObject({ kind: 'failed', code: 'bad-signature' });
      await serveSigned(signedBody(4, ['older.example']));
      expect(await syncFeed('f', deps)).toMatchObject({ kind: 'failed', code: 'rollback' });
      await serveSigned(signedBody(7, ['newer.example'], '2026-02-01T00:00:00Z'));
      expect(await syncFeed('f', deps)).toMatchObject({ kind: 'failed', code: 'expired' });
      const { feed, set } = await activeList();
      expect(feed.active!.setKey).toBe(key);
      expect(feed.active!.signedVersion).toBe(5);
      expect(set!.lookup('signed-scam.example')).toBe('signed-scam.example');
    });

    it('a feed once signed stays signed: an unsigned decoy, then an older or re-used version, are all refused', async () => {
      await serveSigned(signedBody(5, ['signed-scam.example']));
      expect(await syncFeed('f', deps)).toEqual({ kind: 'updated', entries: 1 });
      const key = (await store.getFeed('f'))!.active!.setKey;
      // The decoy: a plain list (no signature, so no version) that would clear what the feed remembers.
      server.serve(path, withEtag(hostsList('decoy', 100), '"decoy"'));
      expect(await syncFeed('f', deps)).toMatchObject({ kind: 'failed', code: 'signature-required' });
      // A page that is no list at all keeps its own, more telling error.
      server.serve(path, (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Down for maintenance</title>'));
      expect(await syncFeed('f', deps)).toMatchObject({ kind: 'failed', code: 'html' });
      await serveSigned(signedBody(4, ['older.example']));
      expect(await syncFeed('f', deps)).toMatchObject({ kind: 'failed', code: 'rollback' });
      await serveSigned(signedBody(5, ['same-number-other-content.example']));
      expect(await syncFeed('f', deps)).toMatchObject({ kind: 'failed', code: 'version-reused' });
      let { feed, set } = await activeList();
      expect(feed.active!.setKey).toBe(key);
      expect(feed.signed).toMatchObject({ version: 5 });
      expect(set!.lookup('signed-scam.example')).toBe('signed-scam.example');
      expect(set!.lookup('decoy-1.example')).toBeNull();
      // The same version with the same content, and a newer one, are fine.
      await serveSigned(signedBody(5, ['signed-scam.example']));
      expect(await syncFeed('f', deps)).toEqual({ kind: 'updated', entries: 1 });
      await serveSigned(signedBody(6, ['newer-scam.example']));
      expect(await syncFeed('f', deps)).toEqual({ kind: 'updated', entries: 1 });
      ({ feed, set } = await activeList());
      expect(feed.signed).toMatchObject({ version: 6, expires: '2026-03-05T00:00:00Z' });
      expect(set!.lookup('newer-scam.example')).toBe('newer-scam.example');
    });

    it('a list stored before the feed kept its signed memory still refuses a decoy', async () => {
      await serveSigned(signedBody(5, ['signed-scam.example']));
      await syncFeed('f', deps);
      // As an older version of the extension stored it: the version on the active list only.
      await store.updateFeed('f', ({ signed: _dropped, ...record }) => record);
      expect((await store.getFeed('f'))!.signed).toBeUndefined();
      server.serve(path, withEtag(hostsList('decoy', 100), '"decoy"'));
      expect(await syncFeed('f', deps)).toMatchObject({ kind: 'failed', code: 'signature-required' });
      await serveSigned(signedBody(4, ['older.example']));
      expect(await syncFeed('f', deps)).toMatchObject({ kind: 'failed', code: 'rollback' });
    });

    describe('a feed whose administrator named its key', () => {
      let admin: FeedKeyPair;
      beforeEach(async () => {
        admin = await generateFeedKeyPair();
        await store.updateFeed('f', (record) => ({ ...record, origin: 'managed', publicKey: admin.publicKey }));
      });

      it('takes only lists signed with that key: not unsigned ones, not ones signed with another known key', async () => {
        server.serve(path, withEtag(hostsList('plain', 100), '"plain"'));
        expect(await syncFeed('f', deps)).toMatchObject({ kind: 'failed', code: 'signature-required' });
        await serveSigned(signedBody(5, ['signed-by-someone-else.example'])); // the test key, which `deps.keys` knows
        expect(await syncFeed('f', deps)).toMatchObject({ kind: 'failed', code: 'bad-signature' });
        expect((await activeList()).feed.active).toBeNull();
        const body = signedBody(5, ['signed-by-the-administrator.example']);
        await serveSigned(body, await signFeedBody(body, admin.privateKeyPkcs8, 'care-home-2026'));
        expect(await syncFeed('f', deps)).toEqual({ kind: 'updated', entries: 1 });
        expect((await activeList()).set!.lookup('signed-by-the-administrator.example')).toBe('signed-by-the-administrator.example');
      });
    });
  });

  describe('redirects', () => {
    let tls: FeedServer;
    const tlsPath = '/tls-feed.txt';
    beforeAll(async () => {
      tls = await startFeedServer({ tls: true });
    });
    afterAll(() => tls.close());
    beforeEach(async () => {
      deps = { ...deps, fetch: fetchTrustingTestCert };
      await store.addFeed({ id: 'tls', url: tls.url(tlsPath), name: 'https feed', enabled: true, origin: 'user', addedAt: NOW, active: null, status: { failures: 0 } });
    });

    it('an https feed may move to another https address, never to plain http', async () => {
      tls.serve(tlsPath, redirectTo(tls.url('/moved.txt')));
      tls.serve('/moved.txt', withEtag(hostsList('good', 100), '"m"'));
      expect(await syncFeed('tls', deps)).toEqual({ kind: 'updated', entries: 100 });
      const key = (await store.getFeed('tls'))!.active!.setKey;
      server.serve('/plain-copy.txt', withEtag(hostsList('swapped', 100), '"s"'));
      tls.serve(tlsPath, redirectTo(server.url('/plain-copy.txt')));
      expect(await syncFeed('tls', deps)).toMatchObject({ kind: 'failed', code: 'insecure-redirect' });
      const feed = (await store.getFeed('tls'))!;
      expect(feed.active!.setKey).toBe(key);
      expect(feed.status.lastError?.code).toBe('insecure-redirect');
    });

    it('a feed on this computer over plain http may move on this computer', async () => {
      server.serve(path, redirectTo(server.url('/local-moved.txt').replace('127.0.0.1', 'localhost')));
      server.serve('/local-moved.txt', withEtag(hostsList('good', 100), '"l"'));
      expect(await syncFeed('f', deps)).toEqual({ kind: 'updated', entries: 100 });
    });
  });

  it('two syncs at once download once', async () => {
    await startWithGoodList();
    const before = server.seen(path).length;
    const [a, b] = await Promise.all([syncFeed('f', deps), syncFeed('f', deps)]);
    expect(a).toEqual(b);
    expect(server.seen(path).length).toBe(before + 1);
  });

  describe('the rules are prepared while the list is compiled and stored', () => {
    it('are told the names the stored list will carry, before it is stored', async () => {
      const previews: { ruleNames: string; storedThen: string | undefined }[] = [];
      server.serve(path, withEtag('# my list\nscam-one.example\nwww.scam-two.example\npopular-site.example\nscam-one.example\n', '"p"'));
      const previewRuleNames = async (feed: { active: { setKey: string } | null }, ruleNames: string) => {
        previews.push({ ruleNames, storedThen: feed.active?.setKey });
      };
      expect(await syncFeed('f', { ...deps, previewRuleNames })).toEqual({ kind: 'updated', entries: 2 });
      const { feed } = await activeList();
      expect(previews).toEqual([{ ruleNames: (await store.loadRuleNames(feed.active!.setKey))!, storedThen: undefined }]);
      expect(previews[0]!.ruleNames.split('\n')).toEqual(['scam-one.example', 'www.scam-two.example']);
    });

    describe('a list with more names than the rules take', () => {
      const few = { ...limits, maxRuleNames: 100 };
      /** Sends the first `first` lines, then the rest once `release` settles (or after a second), or drops the connection. */
      const inTwoParts = (body: string, first: number, release: Promise<unknown>, end: 'rest' | 'drop'): Handler => (_req, res) => {
        const lines = body.split('\n');
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write(`${lines.slice(0, first).join('\n')}\n`);
        void Promise.race([release, new Promise((done) => setTimeout(done, 1_000))]).then(() =>
          end === 'rest' ? res.end(lines.slice(first).join('\n')) : res.destroy(),
        );
      };

      it('gets its rules while the rest of it still downloads', async () => {
        let told: () => void = () => undefined;
        const seen = new Promise<void>((done) => (told = done));
        let downloaded = false;
        const previews: { ruleNames: string; whileDownloading: boolean }[] = [];
        const previewRuleNames = async (_feed: unknown, ruleNames: string) => {
          previews.push({ ruleNames, whileDownloading: !downloaded });
          told();
        };
        // More than the 64 KiB the format is told from before the first names are read.
        const handler = inTwoParts(hostsList('big', 8_000), 6_000, seen, 'rest');
        server.serve(path, (req, res) => {
          handler(req, res);
          res.on('finish', () => (downloaded = true));
        });
        expect(await syncFeed('f', { ...deps, limits: few, previewRuleNames })).toEqual({ kind: 'updated', entries: 8_000 });
        const stored = (await store.loadRuleNames((await activeList()).feed.active!.setKey))!;
        expect(stored.split('\n')).toEqual(Array.from({ length: 100 }, (_, i) => `big-${i}.example`));
        expect(previews).toEqual([{ ruleNames: stored, whileDownloading: true }]);
      });

      it('is told again at the end when its own allowlist takes names out of them', async () => {
        const previews: string[] = [];
        const previewRuleNames = async (_feed: unknown, ruleNames: string) => void previews.push(ruleNames);
        const body = `${Array.from({ length: 300 }, (_, i) => `||big-${i}.example^`).join('\n')}\n@@||big-7.example^\n`;
        server.serve(path, withEtag(body, '"a"'));
        expect(await syncFeed('f', { ...deps, limits: few, previewRuleNames })).toEqual({ kind: 'updated', entries: 299 });
        const stored = (await store.loadRuleNames((await activeList()).feed.active!.setKey))!;
        expect(stored.split('\n')).not.toContain('big-7.example');
        expect(previews.at(-1)).toBe(stored);
      });

      it('a download cut off after its rules were prepared ends only once they are sent (the caller then rebuilds them)', async () => {
        let previewsDone = 0;
        const previewRuleNames = async () => {
          await new Promise((done) => setTimeout(done, 100));
          previewsDone += 1;
        };
        server.serve(path, inTwoParts(hostsList('big', 8_000), 6_000, new Promise((done) => setTimeout(done, 200)), 'drop'));
        expect(await syncFeed('f', { ...deps, limits: few, previewRuleNames })).toMatchObject({ kind: 'failed' });
        expect(previewsDone).toBe(1);
        expect((await activeList()).feed.active).toBeNull();
      });
    });

    it('not for a list sure to be refused, and a failed preview fails nothing', async () => {
      const key = await startWithGoodList();
      let previews = 0;
      const previewRuleNames = async () => {
        previews += 1;
        throw new Error('the browser is busy');
      };
      server.serve(path, withEtag(hostsList('good', 10), '"v2"'));
      expect(await syncFeed('f', { ...deps, previewRuleNames })).toMatchObject({ kind: 'failed', code: 'shrunk' });
      await expectStillGood(key, 'shrunk');
      expect(previews).toBe(0);
      server.serve(path, withEtag(hostsList('new', 120), '"v3"'));
      expect(await syncFeed('f', { ...deps, previewRuleNames })).toEqual({ kind: 'updated', entries: 120 });
      expect(previews).toBe(1);
    });
  });
});
