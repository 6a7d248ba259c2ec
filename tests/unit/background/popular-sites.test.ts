import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** The worker's view of the shipped popular sites, with the extension's file served by a stubbed fetch. */
let reads = 0;
function serve(body: () => Response) {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    if (!String(input).endsWith('/lists/popular-sites.txt')) return new Response('not found', { status: 404 });
    reads += 1;
    return body();
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules(); // a fresh worker: the cache is gone
  reads = 0;
});
afterEach(() => vi.unstubAllGlobals());

describe('isPopularSite', () => {
  it('knows the shipped sites and what lies under them, not sites under a popular public suffix', async () => {
    serve(() => new Response('# comment\nbybit-mirror.example\ngithub.io\n'));
    const { isPopularSite } = await import('@/entrypoints/background/popular-sites');
    expect(await isPopularSite('bybit-mirror.example')).toBe(true);
    expect(await isPopularSite('www.bybit-mirror.example')).toBe(true);
    expect(await isPopularSite('bybit-claim.github.io')).toBe(false);
    expect(await isPopularSite('comment')).toBe(false);
    expect(reads).toBe(1);
  });

  it('counts nothing as popular while the file cannot be read, and reads it again next time', async () => {
    let ok = false;
    serve(() => (ok ? new Response('bybit-mirror.example\n') : new Response('gone', { status: 500 })));
    const { isPopularSite } = await import('@/entrypoints/background/popular-sites');
    expect(await isPopularSite('bybit-mirror.example')).toBe(false);
    ok = true;
    expect(await isPopularSite('bybit-mirror.example')).toBe(true);
    expect(reads).toBe(2);
  });
});
