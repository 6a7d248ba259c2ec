import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { feedSummaries, startFeeds } from '@/entrypoints/background/feeds/service';

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
});
