import type { ManagedFeed } from '@/rules/family/managed';
import { managedFeeds } from '../family/managed-policy';
import { DEFAULT_FEEDS } from '@/rules/feeds-config/default-feeds';
import type { AddFeedResult, FeedSummary } from '@/rules/feeds-config/feed-summary';
import { checkFeedUrl, feedNameFromUrl } from '@/rules/feeds-config/feed-url';
import { feedGateInput } from './gate-input';
import { rescheduleAll, scheduleFeed } from './schedule';
import { expiryState } from '@/rules/feeds-config/expiry';
import { signedMemoryOf, type FeedRecord } from './records';
import { feedStore } from './store';
import { syncFeed, type SyncOutcome } from './sync';

/**
 * The feeds as the rest of the background sees them: subscribe, unsubscribe, switch, update,
 * list. Whenever the set of active lists changes, the listeners (the blocker) are told, so they
 * reload lazily and rebuild the browser's blocking rules.
 */
// The database connection is opened in store.ts: the worker's very first reads use it (lists-at-start.ts).
export { feedStore };

type Listener = () => void;
const listeners = new Set<Listener>();

/** Called after any change to which lists are active. */
export function onFeedListsChanged(listener: Listener): void {
  listeners.add(listener);
}

function listsChanged(): void {
  for (const listener of listeners) listener();
}

type Previewer = (feed: FeedRecord, ruleNames: string) => Promise<void>;
let previewer: Previewer | undefined;

/**
 * Called with a feed's new rule names while its new list is being downloaded, compiled and stored (sync.ts);
 * after such a call, a list change is always announced, so the rules are rebuilt from the stored
 * lists whether the new list was kept or refused.
 */
export function onFeedRulesPreview(listener: Previewer): void {
  previewer = listener;
}

/** Browser start and install/update: drop leftovers of cut-off writes, re-create the alarms. */
export async function startFeeds(): Promise<void> {
  const store = await feedStore();
  const removed = await store.cleanup();
  if (removed > 0) console.info(`[scam-sentinel] feeds: removed ${removed} unfinished list(s)`);
  await addManagedFeeds(await managedFeeds());
  await dropExpiredLists();
  await rescheduleAll(await store.listFeeds());
}

/**
 * Feeds an administrator subscribes the user to (storage.managed "feeds"): added once each, then
 * updated like any other feed. A feed given with a `publicKey` only accepts lists signed with
 * that key; the key is applied to the feed at that address even when it was subscribed before.
 */
export async function addManagedFeeds(feeds: readonly ManagedFeed[], now = Date.now()): Promise<number> {
  const store = await feedStore();
  const known = new Map((await store.listFeeds()).map((feed) => [feed.url, feed.id]));
  let added = 0;
  for (const feed of feeds) {
    const checked = checkFeedUrl(feed.url);
    if (!checked.ok) continue;
    const existing = known.get(checked.url);
    if (existing !== undefined) {
      // The administrator's feed is theirs and stays on, even when the user had subscribed to it,
      // or switched it off in a version that still allowed that.
      const before = await store.getFeed(existing);
      const key = feed.publicKey === undefined ? {} : { publicKey: feed.publicKey };
      await store.updateFeed(existing, (record) => ({ ...record, origin: 'managed', enabled: true, ...key }));
      if (before?.enabled === false && before.active !== null) listsChanged();
      continue;
    }
    const id = `managed-${now.toString(36)}-${added}`;
    known.set(checked.url, id);
    const name = feed.name ?? feedNameFromUrl(checked.url);
    const key = feed.publicKey === undefined ? {} : { publicKey: feed.publicKey };
    await store.addFeed({ id, url: checked.url, name, enabled: true, origin: 'managed', addedAt: now, active: null, status: { failures: 0, nextSyncAt: now }, ...key });
    added += 1;
  }
  return added;
}

/**
 * Stops using signed lists that expired longer ago than the grace period (rules/feeds-config/
 * expiry.ts); runs after every sync attempt and at start, so a feed whose publisher went silent
 * is dropped within a sync interval of the grace period's end. The feed stays subscribed and its
 * row says why it no longer protects; the bundled list and the other feeds carry on.
 */
export async function dropExpiredLists(now = Date.now()): Promise<number> {
  const store = await feedStore();
  let dropped = 0;
  for (const feed of await store.listFeeds()) {
    if (feed.active === null || expiryState(feed.active.expires, now)?.state !== 'dropped') continue;
    if (await store.dropActive(feed.id)) dropped += 1;
  }
  if (dropped > 0) listsChanged();
  return dropped;
}

/** First install: subscribe to the default feeds (their first download follows from the alarms). */
export async function installDefaultFeeds(now = Date.now()): Promise<void> {
  const store = await feedStore();
  for (const feed of DEFAULT_FEEDS) {
    await store.addFeed({ id: feed.id, url: feed.url, name: feed.name, enabled: feed.enabled, origin: 'default', addedAt: now, active: null, status: { failures: 0 } });
  }
}

export async function feedSummaries(now = Date.now()): Promise<FeedSummary[]> {
  // What the page says ("no longer used") must already be true.
  await dropExpiredLists(now);
  const feeds = await (await feedStore()).listFeeds();
  return feeds.sort((a, b) => a.addedAt - b.addedAt || a.id.localeCompare(b.id)).map((feed) => summarise(feed, now));
}

function summarise(feed: FeedRecord, now: number): FeedSummary {
  const { lastError, lastSuccessAt } = feed.status;
  const expiry = expiryState(signedMemoryOf(feed)?.expires, now);
  return {
    id: feed.id,
    name: feed.name,
    url: feed.url,
    enabled: feed.enabled,
    origin: feed.origin,
    entries: feed.active?.entries ?? null,
    skipped: feed.active?.skipped ?? null,
    lastSuccessAt: lastSuccessAt ?? null,
    lastError: lastError !== undefined && lastError.at >= (lastSuccessAt ?? 0) ? lastError : null,
    nextSyncAt: feed.status.nextSyncAt ?? null,
    expiry,
  };
}

export async function addFeed(input: string, now = Date.now()): Promise<AddFeedResult> {
  const checked = checkFeedUrl(input);
  if (!checked.ok) return { ok: false, reason: checked.reason };
  const store = await feedStore();
  if ((await store.listFeeds()).some((feed) => feed.url === checked.url)) return { ok: false, reason: 'duplicate' };
  const record: FeedRecord = {
    id: `user-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    url: checked.url,
    name: feedNameFromUrl(checked.url),
    enabled: true,
    origin: 'user',
    addedAt: now,
    active: null,
    status: { failures: 0, nextSyncAt: now },
  };
  await store.addFeed(record);
  await scheduleFeed(record, now);
  return { ok: true, feeds: await feedSummaries() };
}

export async function removeFeed(id: string): Promise<FeedSummary[]> {
  const store = await feedStore();
  const had = (await store.getFeed(id))?.active != null;
  await store.removeFeed(id);
  await scheduleFeed({ id, enabled: false } as FeedRecord);
  if (had) listsChanged();
  return feedSummaries();
}

export async function setFeedEnabled(id: string, enabled: boolean): Promise<FeedSummary[]> {
  const store = await feedStore();
  const updated = await store.updateFeed(id, (record) => ({ ...record, enabled }));
  if (updated !== null) {
    await scheduleFeed(updated);
    if (updated.active !== null) listsChanged();
  }
  return feedSummaries();
}

/** Downloads one feed now and plans its next download. */
export async function syncAndSchedule(id: string): Promise<SyncOutcome> {
  const store = await feedStore();
  let previewed = false;
  const previewRuleNames = async (feed: FeedRecord, ruleNames: string) => {
    previewed = true;
    await previewer?.(feed, ruleNames);
  };
  const outcome = await syncFeed(id, { store, gate: feedGateInput, previewRuleNames });
  if (outcome.kind === 'updated' || previewed) listsChanged();
  await dropExpiredLists();
  const feed = await store.getFeed(id);
  if (feed !== undefined) await scheduleFeed(feed);
  return outcome;
}

/** "Update now": every enabled feed, one after the other (one big list in memory at a time). */
export async function updateAllFeeds(): Promise<FeedSummary[]> {
  const feeds = await (await feedStore()).listFeeds();
  for (const feed of feeds) if (feed.enabled) await syncAndSchedule(feed.id);
  return feedSummaries();
}
