import { Window } from 'happy-dom';
import { afterEach, expect, it } from 'vitest';
import { BANNER_CHUNK_KEY, type BannerChunk } from '@/components/lib/banner-chunk';

/**
 * Where the browser gives content scripts closed shadow roots (Firefox's `openOrClosedShadowRoot`, stood in for
 * here), the page check reads them, all but the banner's own: its words are the extension's, not the page's.
 */
afterEach(() => {
  delete (globalThis as Record<string, unknown>)[BANNER_CHUNK_KEY];
});

it("gives the page's closed shadow roots, but not the banner's own", async () => {
  const window = new Window({ url: 'https://site.test/' });
  const document = window.document as unknown as Document;
  const closedRoot = (el: Element) => {
    const root = el.attachShadow({ mode: 'closed' });
    Object.defineProperty(el, 'openOrClosedShadowRoot', { get: () => root });
    return root;
  };
  const pageHost = document.createElement('div');
  const bannerHost = document.createElement('scam-sentinel-banner');
  const pageRoot = closedRoot(pageHost);
  const bannerRoot = closedRoot(bannerHost);
  const { shadowRootOf } = await import('@/entrypoints/scan.content/shadow-roots');

  expect(shadowRootOf(pageHost)).toBe(pageRoot);
  expect(shadowRootOf(bannerHost)).toBe(bannerRoot); // no banner shown yet: an element of the page like any other
  (globalThis as Record<string, unknown>)[BANNER_CHUNK_KEY] = { ownRoot: () => bannerRoot } as Partial<BannerChunk>;
  expect(shadowRootOf(bannerHost)).toBeNull();
  expect(shadowRootOf(pageHost)).toBe(pageRoot);
  void window.happyDOM.close();
});
