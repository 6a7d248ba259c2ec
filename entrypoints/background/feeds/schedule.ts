import { browser } from 'wxt/browser';
import type { FeedRecord } from './records';

/**
 * One browser alarm per enabled feed, named "feed-sync:<id>", due at the feed's nextSyncAt
 * (set by sync.ts from the feed's expiry or 12 h, with jitter, or the back-off after a failure).
 * Alarms can be lost when the browser updates or the profile is restored, so they are all
 * re-created from the store at every start-up; a due time already past runs soon after start.
 */
export const ALARM_PREFIX = 'feed-sync:';
/** Browsers do not run alarms sooner than 30 s; a past due time is spread over the first minutes. */
const SOONEST_MS = 30_000;
const START_SPREAD_MS = 120_000;

export function alarmName(feedId: string): string {
  return `${ALARM_PREFIX}${feedId}`;
}

export function feedIdOfAlarm(name: string): string | null {
  return name.startsWith(ALARM_PREFIX) ? name.slice(ALARM_PREFIX.length) : null;
}

/** When the feed's alarm should fire (null: no alarm, the feed is off). */
export function dueTime(feed: FeedRecord, now: number, random: number): number | null {
  if (!feed.enabled) return null;
  const due = feed.status.nextSyncAt ?? now;
  return due > now + SOONEST_MS ? due : now + SOONEST_MS + Math.round(random * START_SPREAD_MS);
}

export async function scheduleFeed(feed: FeedRecord, now = Date.now(), random = Math.random()): Promise<void> {
  const when = dueTime(feed, now, random);
  if (when === null) await browser.alarms.clear(alarmName(feed.id));
  else await browser.alarms.create(alarmName(feed.id), { when });
}

/** Start-up: one alarm per enabled feed, none for disabled or removed ones. */
export async function rescheduleAll(feeds: readonly FeedRecord[], now = Date.now()): Promise<void> {
  const known = new Set(feeds.map((feed) => alarmName(feed.id)));
  for (const alarm of await browser.alarms.getAll()) {
    if (alarm.name.startsWith(ALARM_PREFIX) && !known.has(alarm.name)) await browser.alarms.clear(alarm.name);
  }
  for (const feed of feeds) await scheduleFeed(feed, now);
}
