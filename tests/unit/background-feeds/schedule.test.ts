import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { alarmName, dueTime, feedIdOfAlarm, rescheduleAll, scheduleFeed } from '@/entrypoints/background/feeds/schedule';
import type { FeedRecord } from '@/entrypoints/background/feeds/records';

const NOW = 1_800_000_000_000;
const feed = (id: string, enabled: boolean, nextSyncAt?: number): FeedRecord => ({
  id, url: `https://x.example/${id}`, name: id, enabled, origin: 'user', addedAt: 0, active: null, status: { failures: 0, nextSyncAt },
});

beforeEach(() => fakeBrowser.reset());

describe('feed alarms', () => {
  it('names alarms after their feed', () => {
    expect(feedIdOfAlarm(alarmName('user-abc'))).toBe('user-abc');
    expect(feedIdOfAlarm('something-else')).toBeNull();
  });

  it('is due at the planned time, or soon after start when that time has passed', () => {
    expect(dueTime(feed('a', true, NOW + 3_600_000), NOW, 0.5)).toBe(NOW + 3_600_000);
    const late = dueTime(feed('a', true, NOW - 10_000), NOW, 0.5)!;
    expect(late).toBeGreaterThanOrEqual(NOW + 30_000);
    expect(late).toBeLessThanOrEqual(NOW + 150_000);
    expect(dueTime(feed('a', true), NOW, 0)).toBe(NOW + 30_000);
    expect(dueTime(feed('a', false, NOW + 5), NOW, 0)).toBeNull();
  });

  it('re-creates one alarm per enabled feed at start-up and drops the others', async () => {
    await fakeBrowser.alarms.create(alarmName('removed-feed'), { when: NOW + 1000 });
    await fakeBrowser.alarms.create(alarmName('off'), { when: NOW + 1000 });
    await fakeBrowser.alarms.create('not-ours', { when: NOW + 1000 });
    await rescheduleAll([feed('on', true, NOW + 7_200_000), feed('off', false, NOW + 1)], NOW);
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => a.name).sort()).toEqual([alarmName('on'), 'not-ours']);
    expect(alarms.find((a) => a.name === alarmName('on'))!.scheduledTime).toBe(NOW + 7_200_000);
  });

  it('moves the alarm when a feed is rescheduled, and clears it when the feed is switched off', async () => {
    await scheduleFeed(feed('a', true, NOW + 60_000), NOW);
    await scheduleFeed(feed('a', true, NOW + 90_000), NOW);
    expect((await fakeBrowser.alarms.get(alarmName('a')))!.scheduledTime).toBe(NOW + 90_000);
    await scheduleFeed(feed('a', false, NOW + 90_000), NOW);
    expect(await fakeBrowser.alarms.get(alarmName('a'))).toBeUndefined();
  });
});
