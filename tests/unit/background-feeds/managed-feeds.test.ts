import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateFeedKeyPair } from '@/rules/feeds/sign';
import { feedStore, feedSummaries, startFeeds } from '@/entrypoints/background/feeds/service';

describe('feeds an administrator subscribes through storage.managed', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('are added once, enabled and marked as managed, once a policy names them; invalid ones are ignored', async () => {
    const managed = async () => (await feedSummaries()).filter((feed) => feed.origin === 'managed');
    const policy = vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    await startFeeds();
    expect(await managed()).toEqual([]);

    policy.mockResolvedValue({
      feeds: [{ url: 'https://lists.care-home.example/scams.txt', name: 'Care home list' }, { url: 'http://lists.care-home.example/plain.txt' }],
    });
    await startFeeds();
    await startFeeds(); // a second start (or a policy change) adds nothing twice
    expect(await managed()).toEqual([
      expect.objectContaining({ url: 'https://lists.care-home.example/scams.txt', name: 'Care home list', enabled: true }),
    ]);
  });

  it('keep the signing key the administrator named, also for a feed subscribed before; an invalid key drops the entry', async () => {
    const admin = await generateFeedKeyPair();
    const policy = vi.spyOn(fakeBrowser.storage.managed, 'get');
    const byUrl = async (url: string) => (await (await feedStore()).listFeeds()).find((feed) => feed.url === url);
    policy.mockResolvedValue({ feeds: [{ url: 'https://signed.care-home.example/feed.json' }] });
    await startFeeds();
    expect((await byUrl('https://signed.care-home.example/feed.json'))!.publicKey).toBeUndefined();
    policy.mockResolvedValue({
      feeds: [
        { url: 'https://signed.care-home.example/feed.json', publicKey: admin.publicKey },
        { url: 'https://other.care-home.example/feed.json', publicKey: 'not-a-key' },
      ],
    });
    await startFeeds();
    expect((await byUrl('https://signed.care-home.example/feed.json'))!.publicKey).toBe(admin.publicKey);
    expect(await byUrl('https://other.care-home.example/feed.json')).toBeUndefined();
  });
});
