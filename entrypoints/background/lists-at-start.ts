import { browser } from 'wxt/browser';
import type { PersonalRecords } from '@/rules/personal/records';
import type { TrustConfirmations } from '@/rules/personal/trust-review';
import { isActiveFeed, type FeedRecord, type StoredSet } from './feeds/records';
import { feedStore } from './feeds/store';
import { readPersonalRecords } from './personal-lists/index';
import { readTrustConfirmations } from './personal-lists/trust-confirmations';
import { readAhead } from './read-ahead';

/**
 * The reads a woken worker's first lookup needs, asked for before the rest of the worker's script is
 * evaluated: index.ts imports this module first, so its top level runs first. The browser then reads the
 * bundled list and what lookups in the stored feed lists need first (a few bytes each) while the worker's
 * thread is still busy evaluating its script (tens of milliseconds in Chromium), instead of after it, when a
 * navigation is already waiting for an answer.
 *
 * blocklist.ts takes them once, for its first load; a list change before that drops them (they may be out of
 * date by then), and a read that failed is simply asked again. The user's own lists are read here too: small,
 * but each read waits its turn behind the worker's script as much as a big one.
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
  /** What the lookups in the stored lists of active feeds need first, by set key (read with the records, when they were). */
  indexes: Map<string, StoredSet>;
}

/** Every feed's record, and what lookups in the stored lists of the active ones need first, in one read. */
async function readStoredFeeds(): Promise<StoredFeeds> {
  const { feeds, sets } = await (await feedStore()).listFeedsAndSets();
  const active = new Set(feeds.filter(isActiveFeed).map((feed) => feed.active!.setKey));
  return { records: feeds, indexes: new Map(sets.filter((set) => active.has(set.key)).map((set) => [set.key, set])) };
}

/** A read asked for at start, handed to the first load that needs it; later loads (or a failed read) read again. */
class ReadAtStart<T> {
  private atStart: Promise<T> | null;

  constructor(private readonly read: () => Promise<T>) {
    this.atStart = readAhead(read());
  }

  /** The read made at start the first time; `again` after that (by default the same read, made now). */
  take(again: () => Promise<T> = this.read): Promise<T> {
    const atStart = this.atStart;
    this.atStart = null;
    return atStart?.catch(again) ?? again();
  }

  /** What it read may be out of date: the next load reads again. */
  drop(): void {
    this.atStart = null;
  }
}

const bundledAtStart = new ReadAtStart(fetchBundledList);
const feedsAtStart = new ReadAtStart(readStoredFeeds);
const personalAtStart = new ReadAtStart(readPersonalRecords);
const confirmationsAtStart = new ReadAtStart(readTrustConfirmations);

/** The bundled list's bytes. */
export function bundledListBytes(): Promise<ArrayBuffer> {
  return bundledAtStart.take();
}

/**
 * Every feed's record, with what lookups in the stored lists need first the first time (unless a list changed
 * since); after that the records alone: the lists already loaded need no new read.
 */
export function feedsToLoad(): Promise<StoredFeeds> {
  return feedsAtStart.take(async () => ({ records: await (await feedStore()).listFeeds(), indexes: new Map() }));
}

/** The user's own lists (blocked and trusted sites). */
export function personalRecordsToLoad(): Promise<PersonalRecords> {
  return personalAtStart.take();
}

/** Which trusted sites the user confirmed in this browser. */
export function trustConfirmationsToLoad(): Promise<TrustConfirmations> {
  return confirmationsAtStart.take();
}

/** The lists changed: what was read at start may be out of date. */
export function dropListsAtStart(): void {
  for (const read of [feedsAtStart, personalAtStart, confirmationsAtStart]) read.drop();
}
