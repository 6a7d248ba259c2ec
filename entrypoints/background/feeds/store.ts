import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore, type IDBPTransaction, type StoreNames } from 'idb';
import { CompactHostSet } from '@/rules/feeds';
import { corrupt } from '@/rules/feeds/compact-set-format';
import { PartedHostSet, type PartOptions } from '@/rules/feeds/set-parts';
import { signedMemoryOf, type ActiveList, type FeedRecord, type FeedStatus, type SignedMemory, type StoredSet } from './records';

/**
 * The feeds and their compiled lists, in IndexedDB.
 *
 * Four object stores: `feeds` holds one small record per subscription (address, switches, sync
 * status, and a pointer to its active list); `sets` holds a small record per compiled list (its hash
 * seed and how many parts it is stored in); `setParts` holds the list's parts (rules/feeds/set-parts.ts),
 * one record each, so that a woken worker's first lookup reads only the parts it needs (2-3 parts of
 * 28 kB of a 1M-name list instead of 7 MB); `ruleNames` holds, under the set's key, the names kept for the
 * browser's blocking rules. Apart because a lookup never needs them (100,000 names, megabytes).
 *
 * A new list is made active in two steps: (1) its set is written under a fresh key, (2) in one
 * transaction the feed's pointer is flipped to it and the old set deleted. A worker killed during
 * (1) or between the steps leaves the pointer on the last good list; the unreferenced set it left
 * behind is deleted by cleanup() at the next start. Listing the feeds never reads a set, so the
 * options page and a cold worker start do not load megabytes they do not need.
 */
export const FEED_DB_NAME = 'scam-sentinel-feeds';
/**
 * 2: the rule names moved out of `sets` into `ruleNames` (moved when an older database is opened).
 * 3: lists are stored in parts (`setParts`); a list stored whole before is split at its first use.
 */
const DB_VERSION = 3;

interface FeedDb extends DBSchema {
  feeds: { key: string; value: FeedRecord };
  sets: { key: string; value: StoredSet; indexes: { byFeed: string } };
  setParts: { key: [string, number]; value: { key: string; part: number; block: ArrayBuffer } };
  ruleNames: { key: string; value: { key: string; ruleNames: string } };
}

const SET_STORES = ['sets', 'setParts', 'ruleNames'] as const;
const ALL_STORES = ['feeds', ...SET_STORES] as const;

export class FeedStore {
  /**
   * The set written last, as written: right after a sync the lists and the browser's rules are
   * rebuilt from it, and reading megabytes back from the database would only repeat the write.
   * Forgotten as soon as that set is deleted or rewritten.
   */
  private lastStaged: { key: string; set: PartedHostSet; ruleNames: string } | null = null;

  private constructor(private readonly db: IDBPDatabase<FeedDb>) {}

  static async open(name = FEED_DB_NAME): Promise<FeedStore> {
    const db = await openDB<FeedDb>(name, DB_VERSION, {
      upgrade(database, oldVersion, _newVersion, transaction) {
        if (oldVersion < 1) {
          database.createObjectStore('feeds', { keyPath: 'id' });
          database.createObjectStore('sets', { keyPath: 'key' }).createIndex('byFeed', 'feedId');
        }
        if (oldVersion < 2) {
          database.createObjectStore('ruleNames', { keyPath: 'key' });
          // Sets stored by version 1 carry their rule names: moved, within this upgrade's transaction.
          if (oldVersion >= 1) void moveRuleNames(transaction.objectStore('sets'), transaction.objectStore('ruleNames'));
        }
        if (oldVersion < 3) database.createObjectStore('setParts', { keyPath: ['key', 'part'] });
      },
    });
    return new FeedStore(db);
  }

  close(): void {
    this.db.close();
  }

  listFeeds(): Promise<FeedRecord[]> {
    return this.db.getAll('feeds');
  }

  /**
   * Every feed's record and every set's index record, in one read (a woken worker's first lookup needs both; the
   * sets' records are a few bytes each, but for a set stored whole by an older release, read once).
   */
  async listFeedsAndSets(): Promise<{ feeds: FeedRecord[]; sets: StoredSet[] }> {
    const tx = this.db.transaction(['feeds', 'sets']);
    const [feeds, sets] = await Promise.all([tx.objectStore('feeds').getAll(), tx.objectStore('sets').getAll()]);
    return { feeds, sets };
  }

  getFeed(id: string): Promise<FeedRecord | undefined> {
    return this.db.get('feeds', id);
  }

  /** Adds a feed; false when one with this id exists already. */
  async addFeed(record: FeedRecord): Promise<boolean> {
    const tx = this.db.transaction('feeds', 'readwrite');
    if (await tx.store.get(record.id)) {
      await tx.done;
      return false;
    }
    await tx.store.add(record);
    await tx.done;
    return true;
  }

  /** Changes a feed's record in one transaction (the pointer is left to activateSet). Null when gone. */
  async updateFeed(id: string, change: (record: FeedRecord) => Omit<FeedRecord, 'active'>): Promise<FeedRecord | null> {
    const tx = this.db.transaction('feeds', 'readwrite');
    const record = await tx.store.get(id);
    if (record === undefined) {
      await tx.done;
      return null;
    }
    const next: FeedRecord = { ...change(record), id, active: record.active };
    await tx.store.put(next);
    await tx.done;
    return next;
  }

  /** Removes a feed and all its sets at once. */
  async removeFeed(id: string): Promise<void> {
    const tx = this.db.transaction(ALL_STORES, 'readwrite');
    const keys = await tx.objectStore('sets').index('byFeed').getAllKeys(id);
    keys.forEach((key) => this.forget(key));
    await Promise.all([tx.objectStore('feeds').delete(id), ...keys.map((key) => deleteSet(tx, key))]);
    await tx.done;
  }

  /**
   * Step 1: writes a new set (a compiled CompactHostSet buffer, stored in parts) under a fresh key; it is
   * not used until activateSet.
   */
  async stageSet(feedId: string, data: { block: ArrayBuffer; ruleNames: string }, now = Date.now()): Promise<string> {
    const key = `${feedId}@${now.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    const { set, parts } = PartedHostSet.fromWhole(CompactHostSet.fromArrayBuffer(data.block));
    this.lastStaged = null;
    const tx = this.db.transaction(SET_STORES, 'readwrite');
    await Promise.all([
      tx.objectStore('sets').put({ key, feedId, createdAt: now, seed: set.seed, partBits: set.partBits }),
      ...putParts(tx, key, parts),
      tx.objectStore('ruleNames').put({ key, ruleNames: data.ruleNames }),
    ]);
    await tx.done;
    this.lastStaged = { key, set, ruleNames: data.ruleNames };
    return key;
  }

  /**
   * Step 2: makes a staged set the feed's active list, with the status of that sync (and, for a
   * signed list, the feed's new signed memory), and deletes the set it replaces, in one
   * transaction. Returns false (and drops the staged set) when the feed was removed meanwhile.
   */
  async activateSet(feedId: string, active: ActiveList, status: FeedStatus, signed?: SignedMemory): Promise<boolean> {
    const tx = this.db.transaction(ALL_STORES, 'readwrite');
    const feeds = tx.objectStore('feeds');
    const record = await feeds.get(feedId);
    if (record === undefined) {
      this.forget(active.setKey);
      await deleteSet(tx, active.setKey);
      await tx.done;
      return false;
    }
    const previous = record.active?.setKey;
    await feeds.put({ ...record, active, status, ...(signed === undefined ? {} : { signed }) });
    if (previous !== undefined && previous !== active.setKey) {
      this.forget(previous);
      await deleteSet(tx, previous);
    }
    await tx.done;
    return true;
  }

  /**
   * Replaces a set stored whole by an older release (converted on load) with its parts, so the conversion
   * is not repeated at every wake. One transaction, only if the set is still there: never a half-written or
   * revived set.
   */
  private async storeInParts(key: string, set: PartedHostSet, parts: ArrayBuffer[]): Promise<void> {
    const tx = this.db.transaction(['sets', 'setParts'], 'readwrite');
    const record = await tx.objectStore('sets').get(key);
    if (record !== undefined) {
      const { feedId, createdAt } = record;
      await Promise.all([tx.objectStore('sets').put({ key, feedId, createdAt, seed: set.seed, partBits: set.partBits }), ...putParts(tx, key, parts)]);
    }
    await tx.done;
  }

  /** Stops using a feed's active list (an expired one past its grace period): pointer and set go together. */
  async dropActive(feedId: string): Promise<boolean> {
    const tx = this.db.transaction(ALL_STORES, 'readwrite');
    const feeds = tx.objectStore('feeds');
    const record = await feeds.get(feedId);
    const key = record?.active?.setKey;
    if (record === undefined || key === undefined) {
      await tx.done;
      return false;
    }
    await feeds.put({ ...record, signed: signedMemoryOf(record), active: null });
    this.forget(key);
    await deleteSet(tx, key);
    await tx.done;
    return true;
  }

  /** A set's rule names (what rebuilding the browser's rules needs); undefined when the set is gone. */
  async loadRuleNames(key: string): Promise<string | undefined> {
    if (this.lastStaged?.key === key) return this.lastStaged.ruleNames;
    const tx = this.db.transaction(['sets', 'ruleNames']);
    const [set, names] = await Promise.all([tx.objectStore('sets').getKey(key), tx.objectStore('ruleNames').get(key)]);
    return set === undefined ? undefined : (names?.ruleNames ?? '');
  }

  /** What a set's lookups need first: its seed and part count (a few bytes), or a set stored whole before parts. */
  readSetIndex(key: string): Promise<StoredSet | undefined> {
    return this.db.get('sets', key);
  }

  /**
   * The set stored under this key, its parts read as its lookups need them (the set staged last: all of it
   * in memory already). `index` is its readSetIndex(), when already read. A set stored whole by an older
   * release is read whole, checked, converted and stored again in parts.
   */
  async openSet(key: string, options: PartOptions = {}, index?: StoredSet): Promise<PartedHostSet | undefined> {
    if (this.lastStaged?.key === key) return this.lastStaged.set;
    const stored = index ?? (await this.readSetIndex(key));
    if (stored === undefined) return undefined;
    if ('block' in stored) {
      const { set, parts } = PartedHostSet.fromWhole(CompactHostSet.fromArrayBuffer(stored.block));
      this.storeInParts(key, set, parts).catch((error: unknown) => console.warn('[scam-sentinel] stored list not converted:', error));
      return set;
    }
    return new PartedHostSet(stored.seed, stored.partBits, (numbers) => this.loadParts(key, numbers), options);
  }

  /** Parts of a stored set, in the order asked, in one transaction; a missing part is a damaged list. */
  private async loadParts(key: string, numbers: readonly number[]): Promise<ArrayBuffer[]> {
    const tx = this.db.transaction('setParts');
    const records = await Promise.all(numbers.map((part) => tx.store.get([key, part])));
    return records.map((record, i) => record?.block ?? corrupt(`its part ${numbers[i]} is missing`));
  }

  private forget(key: string): void {
    if (this.lastStaged?.key === key) this.lastStaged = null;
  }

  /** Deletes sets no feed points to (left by a write that was cut off). Returns how many. */
  async cleanup(): Promise<number> {
    const tx = this.db.transaction(ALL_STORES, 'readwrite');
    const active = new Set((await tx.objectStore('feeds').getAll()).map((feed) => feed.active?.setKey));
    const leftovers = (await tx.objectStore('sets').getAllKeys()).filter((key) => !active.has(key));
    // Rule names and parts whose set is gone, too (whatever cut the write off).
    const strayNames = (await tx.objectStore('ruleNames').getAllKeys()).filter((key) => !active.has(key) && !leftovers.includes(key));
    const strayParts = (await tx.objectStore('setParts').getAllKeys()).filter(([key]) => !active.has(key) && !leftovers.includes(key));
    leftovers.forEach((key) => this.forget(key));
    await Promise.all([
      ...leftovers.map((key) => deleteSet(tx, key)),
      ...strayNames.map((key) => tx.objectStore('ruleNames').delete(key)),
      ...strayParts.map((key) => tx.objectStore('setParts').delete(key)),
    ]);
    await tx.done;
    return leftovers.length;
  }
}

let opened: Promise<FeedStore> | null = null;

/** The worker's one connection to the feeds database, opened on first use (a failed open is tried again next time). */
export function feedStore(): Promise<FeedStore> {
  opened ??= FeedStore.open().catch((error: unknown) => {
    opened = null;
    throw error;
  });
  return opened;
}

/** Deletes a set, its parts and its rule names. */
function deleteSet(tx: IDBPTransaction<FeedDb, typeof ALL_STORES | typeof SET_STORES, 'readwrite'>, key: string): Promise<unknown> {
  return Promise.all([
    tx.objectStore('sets').delete(key),
    tx.objectStore('setParts').delete(IDBKeyRange.bound([key, 0], [key, Infinity])),
    tx.objectStore('ruleNames').delete(key),
  ]);
}

function putParts(tx: IDBPTransaction<FeedDb, ('sets' | 'setParts' | 'ruleNames')[], 'readwrite'>, key: string, parts: readonly ArrayBuffer[]): Promise<unknown>[] {
  return parts.map((block, part) => tx.objectStore('setParts').put({ key, part, block }));
}

/** Version 1 to 2: each set's rule names go to their own store, under the set's key. */
async function moveRuleNames(
  sets: IDBPObjectStore<FeedDb, ArrayLike<StoreNames<FeedDb>>, 'sets', 'versionchange'>,
  ruleNames: IDBPObjectStore<FeedDb, ArrayLike<StoreNames<FeedDb>>, 'ruleNames', 'versionchange'>,
): Promise<void> {
  for (let cursor = await sets.openCursor(); cursor !== null; cursor = await cursor.continue()) {
    const { ruleNames: names, ...set } = cursor.value as StoredSet & { ruleNames?: string };
    await ruleNames.put({ key: set.key, ruleNames: names ?? '' });
    await cursor.update(set);
  }
}
