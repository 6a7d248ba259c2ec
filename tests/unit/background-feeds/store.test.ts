import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { CompactHostSet } from '@/rules/feeds';
import { FeedStore, type ActiveList, type FeedRecord } from '@/entrypoints/background/feeds/store';

let store: FeedStore;
let dbCount = 0;

beforeEach(async () => {
  store = await FeedStore.open(`store-test-${++dbCount}`);
});

const feed = (id: string): FeedRecord => ({
  id,
  url: `https://lists.example/${id}.txt`,
  name: id,
  enabled: true,
  origin: 'user',
  addedAt: 1,
  active: null,
  status: { failures: 0 },
});

const active = (setKey: string, entries: number): ActiveList => ({
  setKey, entries, skipped: 0, droppedByGate: 0, format: 'hostnames', fetchedAt: 1, bytes: 10, ruleNames: entries,
});

async function commit(id: string, hosts: string[]): Promise<string> {
  const key = await store.stageSet(id, { block: CompactHostSet.fromHosts(hosts).toArrayBuffer(), ruleNames: hosts.join('\n') });
  expect(await store.activateSet(id, active(key, hosts.length), { failures: 0, lastSuccessAt: 5 })).toBe(true);
  return key;
}

async function activeHosts(id: string): Promise<CompactHostSet> {
  const record = await store.getFeed(id);
  const set = await store.loadSet(record!.active!.setKey);
  return CompactHostSet.fromArrayBuffer(set!.block);
}

describe('feed store', () => {
  it('makes a new list active and deletes the one it replaces', async () => {
    await store.addFeed(feed('f'));
    const first = await commit('f', ['old-scam.example']);
    const second = await commit('f', ['new-scam.example']);
    expect((await activeHosts('f')).lookup('www.new-scam.example')).toBe('new-scam.example');
    expect((await activeHosts('f')).lookup('old-scam.example')).toBeNull();
    expect(await store.loadSet(first)).toBeUndefined();
    expect((await store.loadSet(second))?.ruleNames).toBe('new-scam.example');
  });

  it('a write killed before the pointer flip leaves the last good list, and the leftover is cleaned up', async () => {
    await store.addFeed(feed('f'));
    const good = await commit('f', ['good-list-entry.example']);
    // The worker dies right after writing the new set: activateSet never runs.
    const orphan = await store.stageSet('f', { block: CompactHostSet.fromHosts(['half-written.example']).toArrayBuffer(), ruleNames: '' });
    store.close();
    store = await FeedStore.open(`store-test-${dbCount}`); // the next start
    expect((await store.getFeed('f'))!.active!.setKey).toBe(good);
    expect((await activeHosts('f')).lookup('good-list-entry.example')).toBe('good-list-entry.example');
    expect(await store.cleanup()).toBe(1);
    expect(await store.loadSet(orphan)).toBeUndefined();
    expect(await store.loadSet(good)).toBeDefined();
    expect(await store.cleanup()).toBe(0);
  });

  it('drops a staged list when its feed was removed meanwhile', async () => {
    await store.addFeed(feed('f'));
    const key = await store.stageSet('f', { block: CompactHostSet.fromHosts(['x-scam.example']).toArrayBuffer(), ruleNames: '' });
    await store.removeFeed('f');
    expect(await store.activateSet('f', active(key, 1), { failures: 0 })).toBe(false);
    expect(await store.loadSet(key)).toBeUndefined();
  });

  it('removing a feed removes its lists; other feeds keep theirs', async () => {
    await store.addFeed(feed('a'));
    await store.addFeed(feed('b'));
    const a = await commit('a', ['a-scam.example']);
    const b = await commit('b', ['b-scam.example']);
    await store.removeFeed('a');
    expect(await store.getFeed('a')).toBeUndefined();
    expect(await store.loadSet(a)).toBeUndefined();
    expect(await store.loadSet(b)).toBeDefined();
    expect((await store.listFeeds()).map((f) => f.id)).toEqual(['b']);
  });

  it('status updates never move the pointer, and a duplicate id is refused', async () => {
    await store.addFeed(feed('f'));
    const key = await commit('f', ['scam-site.example']);
    await store.updateFeed('f', (r) => ({ ...r, enabled: false, status: { ...r.status, failures: 3 } }));
    const record = await store.getFeed('f');
    expect(record).toMatchObject({ enabled: false, status: { failures: 3 }, active: { setKey: key } });
    expect(await store.addFeed(feed('f'))).toBe(false);
    expect(await store.updateFeed('missing', (r) => r)).toBeNull();
  });
});

describe('feed store kept apart from its rule names', () => {
  /** The keys each object store holds. */
  async function storedKeys(name: string): Promise<{ sets: string[]; ruleNames: string[] }> {
    const db = await openDB(name);
    const keys = { sets: (await db.getAllKeys('sets')).map(String), ruleNames: (await db.getAllKeys('ruleNames')).map(String) };
    db.close();
    return keys;
  }

  it('reads a set with or without its rule names, and deletes both together', async () => {
    await store.addFeed(feed('f'));
    const first = await commit('f', ['old-scam.example']);
    const second = await commit('f', ['new-scam.example']);
    expect(await store.loadSetBlock(second)).toEqual((await store.loadSet(second))!.block);
    store.close();
    store = await FeedStore.open(`store-test-${dbCount}`); // nothing from memory
    expect((await store.loadSet(second))?.ruleNames).toBe('new-scam.example');
    expect(CompactHostSet.fromArrayBuffer((await store.loadSetBlock(second))!).lookup('new-scam.example')).toBe('new-scam.example');
    expect(await storedKeys(`store-test-${dbCount}`)).toEqual({ sets: [second], ruleNames: [second] });
    expect(first).not.toBe(second);
    await store.removeFeed('f');
    expect(await storedKeys(`store-test-${dbCount}`)).toEqual({ sets: [], ruleNames: [] });
  });

  it('moves the rule names of a database written by the release before out of its sets, keeping every list', async () => {
    const name = `store-test-v1-${++dbCount}`;
    const hosts = ['kept-scam.example'];
    const old = await openDB(name, 1, {
      upgrade(database) {
        database.createObjectStore('feeds', { keyPath: 'id' });
        database.createObjectStore('sets', { keyPath: 'key' }).createIndex('byFeed', 'feedId');
      },
    });
    await old.put('feeds', { ...feed('f'), active: active('f@1', 1) });
    await old.put('sets', { key: 'f@1', feedId: 'f', createdAt: 1, block: CompactHostSet.fromHosts(hosts).toArrayBuffer(), ruleNames: hosts.join('\n') });
    old.close();

    const upgraded = await FeedStore.open(name);
    expect((await upgraded.loadSet('f@1'))?.ruleNames).toBe('kept-scam.example');
    expect(CompactHostSet.fromArrayBuffer((await upgraded.loadSetBlock('f@1'))!).lookup('www.kept-scam.example')).toBe('kept-scam.example');
    upgraded.close();
    const db = await openDB(name);
    expect(await db.get('sets', 'f@1')).not.toHaveProperty('ruleNames');
    db.close();
  });
});
