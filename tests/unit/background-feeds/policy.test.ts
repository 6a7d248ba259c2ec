import { describe, expect, it } from 'vitest';
import { DEFAULT_FEEDS } from '@/rules/feeds-config/default-feeds';
import { checkFeedUrl, feedNameFromUrl, redirectStaysSecure } from '@/rules/feeds-config/feed-url';
import { DEFAULT_INTERVAL_MS, HOUR_MS, intervalAfterSuccess, retryDelay, shrankTooMuch, withJitter } from '@/rules/feeds-config/sync-policy';

describe('feed addresses', () => {
  it('accepts https anywhere and plain http only on this computer', () => {
    expect(checkFeedUrl(' https://lists.example.org/scams.txt ')).toEqual({ ok: true, url: 'https://lists.example.org/scams.txt' });
    for (const local of ['http://127.0.0.1:8080/f.txt', 'http://localhost/f.txt', 'http://[::1]:9/f.txt']) expect(checkFeedUrl(local).ok).toBe(true);
    expect(checkFeedUrl('http://lists.example.org/f.txt')).toEqual({ ok: false, reason: 'not-https' });
    expect(checkFeedUrl('http://127.0.0.2/f.txt')).toEqual({ ok: false, reason: 'not-https' });
    expect(checkFeedUrl('http://localhost.evil.example/f.txt')).toEqual({ ok: false, reason: 'not-https' });
    expect(checkFeedUrl('ftp://lists.example.org/f.txt')).toEqual({ ok: false, reason: 'not-a-url' });
    expect(checkFeedUrl('lists.example.org/f.txt')).toEqual({ ok: false, reason: 'not-a-url' });
    expect(checkFeedUrl('https://user:pw@lists.example.org/f.txt')).toEqual({ ok: false, reason: 'credentials' });
  });

  it('a redirect must end on https; plain http only from this computer to this computer', () => {
    expect(redirectStaysSecure('https://lists.example.org/f.txt', 'https://mirror.example.net/f.txt')).toBe(true);
    expect(redirectStaysSecure('http://127.0.0.1:8080/f.txt', 'https://mirror.example.net/f.txt')).toBe(true);
    expect(redirectStaysSecure('http://127.0.0.1:8080/f.txt', 'http://localhost:8081/f.txt')).toBe(true);
    expect(redirectStaysSecure('https://lists.example.org/f.txt', 'http://lists.example.org/f.txt')).toBe(false);
    expect(redirectStaysSecure('https://lists.example.org/f.txt', 'http://127.0.0.1/f.txt')).toBe(false);
    expect(redirectStaysSecure('http://127.0.0.1:8080/f.txt', 'http://lists.example.org/f.txt')).toBe(false);
    expect(redirectStaysSecure('https://lists.example.org/f.txt', 'ftp://lists.example.org/f.txt')).toBe(false);
  });

  it('names a feed after its host and file', () => {
    expect(feedNameFromUrl('https://lists.example.org/path/my%20list.txt')).toBe('lists.example.org (my list.txt)');
    expect(feedNameFromUrl('http://127.0.0.1:8080/')).toBe('127.0.0.1:8080');
  });

  it('every default feed has a stable id, an https address and a reason', () => {
    expect(new Set(DEFAULT_FEEDS.map((f) => f.id)).size).toBe(DEFAULT_FEEDS.length);
    for (const feed of DEFAULT_FEEDS) {
      expect(checkFeedUrl(feed.url)).toEqual({ ok: true, url: feed.url });
      expect(feed.reason.length).toBeGreaterThan(40);
    }
  });
});

describe('sync timing', () => {
  const now = Date.parse('2026-03-01T00:00:00Z');
  it('follows the feed\'s expiry within 1 to 12 hours, and 12 hours without one', () => {
    expect(intervalAfterSuccess(now, undefined)).toBe(DEFAULT_INTERVAL_MS);
    expect(intervalAfterSuccess(now, '2026-03-01T08:00:00Z')).toBe(4 * HOUR_MS);
    expect(intervalAfterSuccess(now, '2026-03-01T00:30:00Z')).toBe(HOUR_MS);
    expect(intervalAfterSuccess(now, '2026-04-01T00:00:00Z')).toBe(DEFAULT_INTERVAL_MS);
  });

  it('backs off exponentially up to 12 hours, with up to 10 % jitter', () => {
    expect([1, 2, 3, 4].map(retryDelay)).toEqual([300_000, 600_000, 1_200_000, 2_400_000]);
    expect(retryDelay(50)).toBe(DEFAULT_INTERVAL_MS);
    expect(withJitter(1000, 0)).toBe(900);
    expect(withJitter(1000, 0.5)).toBe(1000);
    expect(withJitter(1000, 0.999)).toBeLessThanOrEqual(1100);
  });

  it('calls a drop of more than half a shrink, except for tiny lists', () => {
    expect(shrankTooMuch(1000, 499)).toBe(true);
    expect(shrankTooMuch(1000, 500)).toBe(false);
    expect(shrankTooMuch(undefined, 1)).toBe(false);
    expect(shrankTooMuch(10, 1)).toBe(false);
  });
});
