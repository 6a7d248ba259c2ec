import { browser } from 'wxt/browser';
import { feedStore, isActiveFeed, type FeedRecord, type StoredSet } from './feeds/store';
import { readAhead } from './read-ahead';

/**
 * The reads a woken worker's first lookup needs, asked for before the rest of the worker's script is
 * evaluated: index.ts imports this module first, so its top level runs first. The browser then reads the
 * bundled list and what lookups in the stored feed lists need first (a few bytes each) while the worker's
 * thread is still busy evaluating its script (tens of milliseconds in Chromium), instead of after it, when a
 * navigation is already waiting for an answer.
 *
 * blocklist.ts takes them once, for its first load; a list change before that drops them (they may be out of
 * date by then), and a read that failed is simply asked again. The personal lists and settings are not read
 * here: they are small and quick to read.
 */
const COMPILED_BUNDLED_LIST_PATH = '/lists/bundled.bin';

/** The compiled bundled list's bytes, from the extension's own files. */
export async function fetchBundledList(): Promise<ArrayBuffer> {
  const response = await fetch(browser.runtime.getURL(COMPILED_BUNDLED_LIST_PATH as '/'));
  if (!response.ok) throw new Error(`bundled list could not be read (HTTP ${response.status})`);
  return response.arrayBuffer();
}

export interface StoredFeeds {
  records: FeedRecord[];
  /** What the lookups in the stored lists of active feeds need first, already asked for, by set key (each read may fail on its own). */
  indexes: Map<string, Promise<StoredSet | undefined>>;
}

/** Every feed's record, and the stored lists of the active ones, all asked for at once. */
async function readStoredFeeds(): Promise<StoredFeeds> {
  const store = await feedStore();
  const records = await store.listFeeds();
  const keys = records.filter(isActiveFeed).map((feed) => feed.active!.setKey);
  return { records, indexes: new Map(keys.map((key) => [key, readAhead(store.readSetIndex(key))])) };
}

let bundledAtStart: Promise<ArrayBuffer> | null = readAhead(fetchBundledList());
let feedsAtStart: Promise<StoredFeeds> | null = readAhead(readStoredFeeds());

/** The bundled list's bytes: the read made at start the first time, a new read after that (or if it failed). */
export function bundledListBytes(): Promise<ArrayBuffer> {
  const atStart = bundledAtStart;
  bundledAtStart = null;
  return atStart?.catch(fetchBundledList) ?? fetchBundledList();
}

/**
 * Every feed's record, with the stored lists read at start the first time (unless a list changed since);
 * after that (or if it failed) the records alone, read now: the lists already loaded need no new read.
 */
export function feedsToLoad(): Promise<StoredFeeds> {
  const atStart = feedsAtStart;
  feedsAtStart = null;
  const records = async (): Promise<StoredFeeds> => ({ records: await (await feedStore()).listFeeds(), indexes: new Map() });
  return atStart?.catch(records) ?? records();
}

/** The lists changed: what was read at start may be out of date. */
export function dropListsAtStart(): void {
  feedsAtStart = null;
}
