import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { CompactHostSet, isFeedError } from '@/rules/feeds';
import type { PartedHostSet } from '@/rules/feeds/set-parts';
import type { ActiveList, FeedRecord } from '@/entrypoints/background/feeds/records';
import { FeedStore } from '@/entrypoints/background/feeds/store';
import { storedList } from './stored-list';

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

async function activeHosts(id: string): Promise<PartedHostSet> {
  const record = await store.getFeed(id);
  return (await storedList(store, record!.active!.setKey))!;
}

describe('feed store', () => {
  it('makes a new list active and deletes the one it replaces', async () => {
    await store.addFeed(feed('f'));
    const first = await commit('f', ['old-scam.example']);
    const second = await commit('f', ['new-scam.example']);
    expect((await activeHosts('f')).lookup('www.new-scam.example')).toBe('new-scam.example');
    expect((await activeHosts('f')).lookup('old-scam.example')).toBeNull();
    expect(await store.readSetIndex(first)).toBeUndefined();
    expect(await store.loadRuleNames(second)).toBe('new-scam.example');
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
    expect(await store.readSetIndex(orphan)).toBeUndefined();
    expect(await store.readSetIndex(good)).toBeDefined();
    expect(await store.cleanup()).toBe(0);
  });

  it('drops a staged list when its feed was removed meanwhile', async () => {
    await store.addFeed(feed('f'));
    const key = await store.stageSet('f', { block: CompactHostSet.fromHosts(['x-scam.example']).toArrayBuffer(), ruleNames: '' });
    await store.removeFeed('f');
    expect(await store.activateSet('f', active(key, 1), { failures: 0 })).toBe(false);
    expect(await store.readSetIndex(key)).toBeUndefined();
  });

  it('removing a feed removes its lists; other feeds keep theirs', async () => {
    await store.addFeed(feed('a'));
    await store.addFeed(feed('b'));
    const a = await commit('a', ['a-scam.example']);
    const b = await commit('b', ['b-scam.example']);
    await store.removeFeed('a');
    expect(await store.getFeed('a')).toBeUndefined();
    expect(await store.readSetIndex(a)).toBeUndefined();
    expect(await store.readSetIndex(b)).toBeDefined();
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
  /** The keys each object store holds (a part's key: the set's key and the part's number). */
  async function storedKeys(name: string): Promise<{ sets: string[]; setParts: string[]; ruleNames: string[] }> {
    const db = await openDB(name);
    const keys = {
      sets: (await db.getAllKeys('sets')).map(String),
      setParts: (await db.getAllKeys('setParts')).map((key) => (key as [string, number]).join('#')),
      ruleNames: (await db.getAllKeys('ruleNames')).map(String),
    };
    db.close();
    return keys;
  }

  it('reads a set with or without its rule names, and deletes it, its parts and its names together', async () => {
    await store.addFeed(feed('f'));
    const first = await commit('f', ['old-scam.example']);
    const second = await commit('f', ['new-scam.example']);
    store.close();
    store = await FeedStore.open(`store-test-${dbCount}`); // nothing from memory
    expect(await store.loadRuleNames(second)).toBe('new-scam.example');
    expect((await storedList(store, second))!.lookup('new-scam.example')).toBe('new-scam.example');
    expect(await storedKeys(`store-test-${dbCount}`)).toEqual({ sets: [second], setParts: [`${second}#0`], ruleNames: [second] });
    expect(first).not.toBe(second);
    await store.removeFeed('f');
    expect(await storedKeys(`store-test-${dbCount}`)).toEqual({ sets: [], setParts: [], ruleNames: [] });
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
    expect(await upgraded.loadRuleNames('f@1')).toBe('kept-scam.example');
    expect((await storedList(upgraded, 'f@1'))!.lookup('www.kept-scam.example')).toBe('kept-scam.example');
    upgraded.close();
    const db = await openDB(name);
    expect(await db.get('sets', 'f@1')).not.toHaveProperty('ruleNames');
    db.close();
  });
});

describe('feed store keeping big lists in parts', () => {
  const hosts = Array.from({ length: 100_000 }, (_, i) => `listed-${i}.scam.example`);

  it('stores a big list in parts, and a lookup reads only the parts that host and its parents need', async () => {
    await store.addFeed(feed('big'));
    const key = await commit('big', hosts);
    store.close();
    store = await FeedStore.open(`store-test-${dbCount}`); // nothing from memory
    const read: number[] = [];
    const set = (await store.openSet(key, { onRead: (parts) => read.push(...parts.map((part) => part.shape.part)) }))!;
    expect(set.partBits).toBeGreaterThan(1);
    await set.prepare(['www.listed-77.scam.example']);
    // One part for each of www.listed-77.scam.example, listed-77.scam.example and scam.example, at most.
    expect(read.length).toBeGreaterThan(0);
    expect(read.length).toBeLessThanOrEqual(3);
    expect(set.lookup('www.listed-77.scam.example')).toBe('listed-77.scam.example');
    // A part no lookup needed yet is not answered from: the lookup throws instead of saying "not listed".
    const unread = hosts.find((host) => {
      try {
        set.lookup(host);
        return false;
      } catch {
        return true;
      }
    });
    expect(unread).toBeDefined();
    await set.loadAll();
    expect(new Set(read).size).toBe(2 ** set.partBits);
    expect(hosts.every((host) => set.lookup(host) === host)).toBe(true);
    expect(set.lookup('honest.example')).toBeNull();
  });

  it('refuses a list a part of which is missing, rather than answer without it', async () => {
    await store.addFeed(feed('big'));
    const key = await commit('big', hosts);
    const db = await openDB(`store-test-${dbCount}`);
    await db.delete('setParts', [key, 1]);
    db.close();
    store.close();
    store = await FeedStore.open(`store-test-${dbCount}`);
    const set = (await store.openSet(key))!;
    const error = await set.loadAll().catch((caught: unknown) => caught);
    expect(isFeedError(error) && error.code).toBe('corrupt-set');
  });

  it('splits a list stored whole by the release before into parts at its first use, answering the same', async () => {
    const name = `store-test-v2-${++dbCount}`;
    const old = await openDB(name, 2, {
      upgrade(database) {
        database.createObjectStore('feeds', { keyPath: 'id' });
        database.createObjectStore('sets', { keyPath: 'key' }).createIndex('byFeed', 'feedId');
        database.createObjectStore('ruleNames', { keyPath: 'key' });
      },
    });
    await old.put('feeds', { ...feed('f'), active: active('f@1', hosts.length) });
    await old.put('sets', { key: 'f@1', feedId: 'f', createdAt: 1, block: CompactHostSet.fromHosts(hosts).toArrayBuffer() });
    await old.put('ruleNames', { key: 'f@1', ruleNames: '' });
    old.close();

    const upgraded = await FeedStore.open(name);
    const whole: PartedHostSet = (await upgraded.openSet('f@1'))!;
    expect(whole.lookup('a.listed-5.scam.example')).toBe('listed-5.scam.example');
    await expect.poll(async () => 'partBits' in ((await upgraded.readSetIndex('f@1')) ?? {})).toBe(true);
    upgraded.close();
    const next = await FeedStore.open(name);
    const parted = (await next.openSet('f@1'))!;
    await parted.prepare(['a.listed-5.scam.example', 'honest.example']);
    expect(parted.lookup('a.listed-5.scam.example')).toBe('listed-5.scam.example');
    expect(parted.lookup('honest.example')).toBeNull();
    const db = await openDB(name);
    expect(await db.count('setParts')).toBe(2 ** parted.partBits);
    expect(await db.get('sets', 'f@1')).not.toHaveProperty('block');
    db.close();
    next.close();
  });
});
