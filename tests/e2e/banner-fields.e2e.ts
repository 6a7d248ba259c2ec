import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boxInBanner, clickInBanner, exposeBannerRoot } from './banner';
import { launchWithExtension, startSiteServer, type ExtensionBrowser, type SiteServer } from './harness';

/**
 * The banner after the user closed it, and next to the site's own header (issue 13): at a money or
 * password field a compact reminder comes back once; a header fixed to the top of the window is moved
 * below the banner while it shows, never covered.
 */
const HOST_TAG = 'scam-sentinel-banner';
const fixture = readFileSync(resolve(import.meta.dirname, '../fixtures/html/scam-recovery-en.html'), 'utf8');
const FIELDS_HOST = 'recover-my-funds-desk.net';
const HEADER_HOST = 'funds-return-bureau.net';
/** The fixture under a header fixed to the top of the window and a menu that sticks to the top. */
const HEADER_PAGE = fixture
  .replace('</head>', '<style>body { padding-top: 60px; }</style></head>')
  .replace(
    /<body([^>]*)>/,
    '<body$1><header id="site-header" style="position:fixed; top:0; left:0; right:0; height:60px; background:#123456; color:#fff">Site header</header>' +
      '<nav id="site-menu" style="position:sticky; top:0; background:#eee">Menu</nav>',
  )
  .replace('</body>', `${'<p>More text.</p>'.repeat(200)}</body>`);

let server: SiteServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startSiteServer();
  server.route(FIELDS_HOST, fixture);
  server.route(HEADER_HOST, HEADER_PAGE);
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const reminderKind = (page: Page) => page.evaluate((tag) => document.querySelector(tag)?.getAttribute('data-reminder') ?? null, HOST_TAG);

describe('after the user closed the banner', () => {
  it('shows a compact reminder once when the focus reaches a phone or money field, not a name field', async () => {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(server.url(FIELDS_HOST, '/'));
    await exposeBannerRoot(page);
    await clickInBanner(page, 'banner-dismiss');
    await expect.poll(() => page.locator(HOST_TAG).count()).toBe(0);

    await page.click('#name');
    expect(await page.locator(HOST_TAG).count()).toBe(0);
    await page.click('#phone');
    await expect.poll(() => reminderKind(page)).toBe('field');
    await exposeBannerRoot(page);
    const title = await page.evaluate(() => (window as unknown as { __bannerRoot: ShadowRoot }).__bannerRoot.querySelector('.banner-title')!.textContent);
    expect(title).toMatch(/Do not type your card, bank, phone, wallet or password details here/);
    expect((await boxInBanner(page, 'banner-leave')).height).toBeGreaterThan(20);
    // Compact: one line, far smaller than the banner.
    expect((await boxInBanner(page, 'banner')).height).toBeLessThan(120);
    await clickInBanner(page, 'banner-dismiss');
    await expect.poll(() => page.locator(HOST_TAG).count()).toBe(0);
    // Once per page: the next money field does not bring it back.
    await page.click('#amount');
    await page.click('#phone');
    expect(await page.locator(HOST_TAG).count()).toBe(0);

    // Another page of the same site: the banner stays closed, the reminder comes at the first money field.
    await page.reload();
    await page.click('#name');
    await expect
      .poll(async () => {
        await page.click('#name');
        await page.click('#amount');
        return reminderKind(page);
      })
      .toBe('field');
    await page.close();
  });
});

describe('a site header fixed to the top of the window', () => {
  it('is moved below the banner while it shows and put back when it closes', async () => {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(server.url(HEADER_HOST, '/'));
    await exposeBannerRoot(page);
    const banner = await boxInBanner(page, 'banner');
    const bannerBottom = banner.y + banner.height;
    await expect.poll(async () => (await page.locator('#site-header').boundingBox())!.y).toBeGreaterThanOrEqual(bannerBottom - 1);
    // The menu that sticks to the top sticks below the banner once the page scrolls.
    await page.mouse.wheel(0, 2_000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThanOrEqual(2_000);
    const stuck = (await boxInBanner(page, 'banner')).height;
    expect((await page.locator('#site-menu').boundingBox())!.y).toBeGreaterThanOrEqual(stuck - 1);
    expect((await page.locator('#site-header').boundingBox())!.y).toBeGreaterThanOrEqual(stuck - 1);

    await clickInBanner(page, 'banner-dismiss');
    await expect.poll(async () => (await page.locator('#site-header').boundingBox())!.y).toBe(0);
    expect(await page.evaluate(() => document.getElementById('site-header')!.style.top)).toBe('0px');
    expect(await page.evaluate(() => document.getElementById('site-menu')!.style.top)).toBe('0px');
    await page.close();
  });
});
