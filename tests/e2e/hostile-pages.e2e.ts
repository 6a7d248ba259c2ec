import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { bannerLevel, clickInBanner, exposeBannerRoot } from './banner';
import { badgeText, launchWithExtension, lastPageCheck, recordPageChecks, startSiteServer, tabIdOf, type ExtensionBrowser, type SiteServer } from './harness';
import {
  bannerFightingPage, blobOpeningPage, foreignAdvertPage, framesetSite, HIDING_STYLES, hiddenFillerPage, manyHiddenElementsPage, HONEST_FRAME_TEXT, honestBlankFramePage, honestPageWithAdvert, loadStoppingPage, LONG_FRAGMENT, paddedScamPage,
  DEEP_HOSTS, shadowRootPage, singlePageApp, srcdocFramePage, tickerPage, VISIBLE_TEXT_PAGES, WRITTEN_PAGES,
} from './hostile-pages';

/**
 * Scam pages that try to switch the page check off, each on a site of its own: site memory is kept by
 * registrable domain, and a page of a site already flagged gets the banner whatever its text.
 */
const PAGES = {
  'padded.aurea-oro-invest.com': paddedScamPage(),
  'fighting.aurea-oro-invest.net': bannerFightingPage(),
  'shadow.aurea-oro-invest.org': shadowRootPage(),
  'frame.aurea-oro-invest.biz': srcdocFramePage(),
  'ticker.aurea-oro-invest.info': tickerPage(),
  'app.aurea-oro-invest.eu': singlePageApp(),
  'blob.aurea-oro-invest.it': blobOpeningPage(),
  'noload.aurea-oro-invest.de': loadStoppingPage(),
  'www.meteo-e-notizie-locali.it': honestBlankFramePage(),
  'aurea-oro-many-hidden.shop': manyHiddenElementsPage(),
  // White filler on the browser's own white page: the page sets no background.
  'aurea-oro-white-page.shop': hiddenFillerPage(['color: #fff'], 'body { background: none }'),
};
/** One site a page (a registrable domain each: site memory stays apart). */
const VISIBLE_TEXT = Object.entries(VISIBLE_TEXT_PAGES).map(([what, html], i) => [what, `aurea-oro-visible${i}.shop`, html] as const);
/** One site a way of writing scam text into an about:blank frame or over the page (a registrable domain each). */
const WRITTEN = Object.entries(WRITTEN_PAGES).map(([how, html], i) => [how, `aurea-oro-written${i}.shop`, html] as const);
/** One site a way of hiding filler (a registrable domain each: site memory stays apart). */
const HIDDEN_FILLER = Object.entries(HIDING_STYLES).map(([way, style], i) => [way, `aurea-oro-filler${i}.shop`, hiddenFillerPage([style])] as const);

/** One site a place of a closed shadow root holding the scam text (a registrable domain each). */
const CLOSED_ROOTS = Object.entries({ 'on a wrapper around the page': '<div id="app"></div>', ...DEEP_HOSTS }).map(
  ([where, host], i) => [where, `aurea-oro-closed-root${i}.shop`, shadowRootPage('closed', host)] as const,
);

/** A site shown through a frameset, its scam page the frameset's one frame (`/offer`). */
const FRAMESET_SITE = 'aurea-oro-frameset.shop';

/** Another site's advert holding scam text in frames of no origin (sandboxed srcdoc, data:), shown by an honest page. */
const ADVERT_SITE = 'ads.rete-annunci-locali.net';
const ADVERTISED_SITE = 'www.giornale-di-quartiere.it';

let server: SiteServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startSiteServer();
  for (const [host, html] of Object.entries(PAGES)) server.route(host, html);
  for (const [, host, html] of [...HIDDEN_FILLER, ...VISIBLE_TEXT, ...WRITTEN, ...CLOSED_ROOTS]) server.route(host, html);
  server.route(ADVERT_SITE, foreignAdvertPage());
  server.route(FRAMESET_SITE, framesetSite());
  server.route(ADVERTISED_SITE, honestPageWithAdvert(server.url(ADVERT_SITE, '/slot')));
  ext = await launchWithExtension();
  await recordPageChecks(ext);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function open(host: string, suffix = '/'): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(server.url(host, suffix));
  return page;
}

describe('no page can switch the check off', () => {
  it('a scam page padded with over-long attributes and opened with a 16 kB fragment gets the banner', async () => {
    const page = await open('padded.aurea-oro-invest.com', `/${LONG_FRAGMENT}`);
    expect(['warning', 'danger']).toContain(await bannerLevel(page));
    await page.close();
  });

  it('a page whose script clicks "close" and removes the banner keeps it, and no dismissal is remembered', async () => {
    const page = await open('fighting.aurea-oro-invest.net');
    expect(['warning', 'danger']).toContain(await bannerLevel(page));
    await expect.poll(() => page.evaluate(() => (window as unknown as { removals: number }).removals)).toBeGreaterThan(5);
    // Every removal was undone.
    await expect.poll(() => page.evaluate(() => document.querySelector('scam-sentinel-banner')?.isConnected ?? false)).toBe(true);
    await page.reload();
    expect(['warning', 'danger']).toContain(await bannerLevel(page));
    await page.close();
  });

  it('the user can still close it with a real click', async () => {
    const page = await open('fighting.aurea-oro-invest.net', '/again');
    await bannerLevel(page);
    await page.evaluate(() => {
      // The page stops fighting so that the test sees the user's own click at work.
      for (let id = 0; id < 10_000; id++) clearInterval(id);
    });
    await exposeBannerRoot(page);
    await clickInBanner(page, 'banner-dismiss');
    await expect.poll(() => page.locator('scam-sentinel-banner').count()).toBe(0);
    await page.close();
  });

  it('scam text inside a shadow root gets the banner', async () => {
    const page = await open('shadow.aurea-oro-invest.org');
    expect(['warning', 'danger']).toContain(await bannerLevel(page));
    await page.close();
  });

  it.each(CLOSED_ROOTS)('scam text inside a closed shadow root %s gets the banner', async (_where, site) => {
    const page = await open(site);
    expect(['warning', 'danger']).toContain(await bannerLevel(page));
    await page.close();
  });

  it('a scam site shown through a frameset gets the banner over it, in view', async () => {
    const page = await open(FRAMESET_SITE);
    expect(['warning', 'danger']).toContain(await bannerLevel(page));
    // A frameset document lays out nothing but its frames: the banner must still take room on the screen.
    const box = await page.locator('scam-sentinel-banner').boundingBox();
    expect(box?.height).toBeGreaterThan(40);
    expect(box?.y).toBe(0);
    await page.close();
  });

  it('scam text in a srcdoc frame gets the banner in the top frame', async () => {
    const page = await open('frame.aurea-oro-invest.biz');
    expect(['warning', 'danger']).toContain(await bannerLevel(page));
    await page.close();
  });

  it.each(WRITTEN)('scam text the page writes %s gets the banner', async (_how, host) => {
    const page = await open(host);
    expect(['warning', 'danger']).toContain(await bannerLevel(page, 20_000));
    await page.close();
  });

  it('an honest page that writes harmless text into an about:blank frame 2 s after load: the frame is read and not flagged', async () => {
    const page = await open('www.meteo-e-notizie-locali.it');
    const tabId = await tabIdOf(ext, page);
    const frameText = async () => ((await lastPageCheck(ext, tabId, 'frame'))?.snapshot as { text?: string } | undefined)?.text ?? '';
    await expect.poll(frameText, { timeout: 20_000 }).toContain(HONEST_FRAME_TEXT);
    expect((await lastPageCheck(ext, tabId, 'frame'))!.badge).toBe('');
    expect(await page.locator('scam-sentinel-banner').count()).toBe(0);
    await page.close();
  });

  it("an honest page is not flagged for scam text in frames of no origin inside another site's advert", async () => {
    const page = await open(ADVERTISED_SITE);
    const tabId = await tabIdOf(ext, page);
    // Its own sandboxed frame is read (and found harmless)...
    const frameText = async () => ((await lastPageCheck(ext, tabId, 'frame'))?.snapshot as { text?: string } | undefined)?.text ?? '';
    await expect.poll(frameText, { timeout: 20_000 }).toContain(HONEST_FRAME_TEXT);
    // ...the advert's are not: no warning comes, in the time the page's own frame took and as long again.
    await page.waitForTimeout(3_000);
    expect(await badgeText(ext, tabId)).toBe('');
    expect(await page.locator('scam-sentinel-banner').count()).toBe(0);
    await page.close();
  });

  it('a ticker page that changes every 0.7 s and shows its scam text after 3 s gets the banner', async () => {
    const page = await open('ticker.aurea-oro-invest.info');
    expect(await page.locator('scam-sentinel-banner').count()).toBe(0);
    expect(['warning', 'danger']).toContain(await bannerLevel(page, 20_000));
    await page.close();
  });

  it('a scam page that stops its load event from reaching the extension gets the banner', async () => {
    const page = await open('noload.aurea-oro-invest.de');
    expect(['warning', 'danger']).toContain(await bannerLevel(page));
    await page.close();
  });

  it('a single-page app whose later view is a scam gets the banner', async () => {
    const page = await open('app.aurea-oro-invest.eu');
    expect(['warning', 'danger']).toContain(await bannerLevel(page, 20_000));
    expect(new URL(page.url()).pathname).toBe('/offerta');
    await page.close();
  });

  it('scam text opened as a top-level blob: document gets the banner', async () => {
    const page = await open('blob.aurea-oro-invest.it');
    await expect.poll(() => page.url()).toMatch(/^blob:/);
    expect(['warning', 'danger']).toContain(await bannerLevel(page));
    await page.close();
  });

  it.each(HIDDEN_FILLER)('a scam page with 87,000 characters of filler hidden by %s before its text gets the banner', async (_way, host) => {
    const page = await open(host);
    expect(['warning', 'danger']).toContain(await bannerLevel(page));
    await page.close();
  });

  it('a scam page with 3,600 separately hidden elements (87,000 characters) before its text gets the banner', async () => {
    const page = await open('aurea-oro-many-hidden.shop');
    expect(['warning', 'danger']).toContain(await bannerLevel(page));
    await page.close();
  });

  it('a scam page with no background of its own and 87,000 characters of white filler before its text gets the banner', async () => {
    const page = await open('aurea-oro-white-page.shop');
    expect(['warning', 'danger']).toContain(await bannerLevel(page));
    await page.close();
  });

  it.each(VISIBLE_TEXT)('text %s, followed by 87,000 characters of visible text, counts as visible and gets the banner', async (_what, host) => {
    const page = await open(host);
    expect(['warning', 'danger']).toContain(await bannerLevel(page));
    await page.close();
  });
});
