import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boxInBanner, clickInBanner, exposeBannerRoot } from './banner';
import { launchWithExtension, openPopupFor, startSiteServer, tabIdOf, type ExtensionBrowser, type SiteServer, setExtensionLanguage } from './harness';

/**
 * Where the banner is on a long flagged page (issue 13's "Done when"): it used to cover the site's logo
 * at the top-left, 885 of 1280 px wide, scroll away with the page and be the last stop of the Tab key.
 */
/** One site a language: closing the banner is remembered for the site until the browser closes. */
const recoveryHost = (lang: string) => `chainback-recovery-experts-${lang}.net`;
const fixture = readFileSync(resolve(import.meta.dirname, '../fixtures/html/scam-recovery-en.html'), 'utf8');
const LINKS = Array.from({ length: 42 }, (_, i) => `<a href="/p${i}">Link ${i}</a>`).join(' ');
/** The fixture with 42 links before its text and a tail long enough to scroll 3,000 px and more. */
const LONG_PAGE = fixture.replace(/<body([^>]*)>/, `<body$1><nav id="site-nav">${LINKS}</nav>`).replace('</body>', `${'<p>More text.</p>'.repeat(300)}</body>`);
const WINDOW = { width: 1280, height: 800 };
const LANGS = ['en', 'it', 'fr', 'de', 'es'] as const;
/** The words for this kind of scam in `lang`: the banner's title and the popup's sentence must name it. */
const recoveryKind = (lang: string): string =>
  (JSON.parse(readFileSync(resolve(import.meta.dirname, `../../public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>)
    .scamKindRecovery!.message;
/** The same signs on an all-white page that starts with 150 px of nothing: anything coloured at its top is the banner. */
const WHITE_HOST = 'fundsback-recovery-desk.net';
const WHITE_PAGE = fixture
  .replace('</head>', '<style>*, html, body { background: #ffffff !important; } body { margin: 0; }</style></head>')
  .replace(/<body([^>]*)>/, '<body$1><div style="height:150px"></div>');

let server: SiteServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startSiteServer();
  for (const lang of LANGS) server.route(recoveryHost(lang), LONG_PAGE);
  server.route(WHITE_HOST, WHITE_PAGE);
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** The test id of what has the keyboard focus inside the banner ('' when the focus is elsewhere). */
const focusedInBanner = (page: Page) =>
  page.evaluate(() => {
    const root = (window as unknown as { __bannerRoot?: ShadowRoot }).__bannerRoot;
    return document.activeElement?.localName === 'scam-sentinel-banner' ? (root?.activeElement?.getAttribute('data-testid') ?? '') : '';
  });

describe('the banner on a long flagged page', () => {
  // Longer words (German, French) must not push the banner's buttons or the popup's actions out of place.
  it.each(LANGS)('in %s: spans the window, stays at the top while scrolling, covers none of the page and is the first Tab stop', async (lang) => {
    await setExtensionLanguage(ext, lang);
    const page = await ext.context.newPage();
    await page.setViewportSize(WINDOW);
    await page.goto(server.url(recoveryHost(lang), '/'));
    await exposeBannerRoot(page);
    const banner = await boxInBanner(page, 'banner');
    expect(banner.width).toBeGreaterThanOrEqual(0.95 * WINDOW.width);
    expect(banner.y).toBeLessThanOrEqual(1);
    // The page starts below the banner: its first link is not covered.
    const nav = await page.locator('#site-nav').boundingBox();
    expect(nav!.y).toBeGreaterThanOrEqual(banner.y + banner.height - 1);
    // Its title names the kind of scam, not "an investment scam".
    expect(await page.evaluate(() => (window as unknown as { __bannerRoot: ShadowRoot }).__bannerRoot.querySelector('.banner-title')!.textContent)).toContain(
      recoveryKind(lang),
    );

    await page.mouse.wheel(0, 3_000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThanOrEqual(3_000);
    const scrolled = await boxInBanner(page, 'banner');
    expect(scrolled.y).toBeLessThanOrEqual(60);
    expect(scrolled.y).toBeGreaterThanOrEqual(0);

    // Keyboard: the first Tab reaches "Leave this site", then "Why?", then "×".
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Tab');
    expect(await focusedInBanner(page)).toBe('banner-leave');
    await page.keyboard.press('Tab');
    expect(await focusedInBanner(page)).toBe('banner-why');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __bannerRoot: ShadowRoot }).__bannerRoot.querySelector('[data-testid="banner-why"]')!.getAttribute('aria-expanded'))).toBe('true');
    // Escape closes "Why?" and leaves the focus on its button.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __bannerRoot: ShadowRoot }).__bannerRoot.querySelector('[data-testid="banner-why"]')!.getAttribute('aria-expanded'))).toBe('false');
    expect(await focusedInBanner(page)).toBe('banner-why');
    await page.keyboard.press('Tab');
    expect(await focusedInBanner(page)).toBe('banner-dismiss');

    // The popup of this tab fits 360 × 600 with "Leave this site" in view.
    const popup = await openPopupFor(ext, await tabIdOf(ext, page));
    await popup.setViewportSize({ width: 360, height: 600 });
    const leave = popup.getByTestId('popup-leave');
    await leave.waitFor();
    // Its one sentence names the same kind of scam as the banner.
    expect(await popup.getByTestId('verdict').textContent()).toContain(recoveryKind(lang));
    expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(600);
    const box = (await leave.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(600);
    await popup.close();

    // Closing the banner gives the page its space back.
    await clickInBanner(page, 'banner-dismiss');
    await expect.poll(() => page.evaluate(() => document.documentElement.style.paddingTop)).toBe('');
    await page.close();
  });

  it('is not in the picture a report takes of the page, and comes back after it', async () => {
    await setExtensionLanguage(ext, 'en');
    const page = await ext.context.newPage();
    await page.setViewportSize(WINDOW);
    await page.goto(server.url(WHITE_HOST, '/'));
    await exposeBannerRoot(page);
    const form = await ext.context.newPage();
    await form.goto(ext.extensionUrl(`report.html?tab=${await tabIdOf(ext, page)}`));
    await form.getByTestId('report-screenshot').check();
    const preview = form.getByTestId('report-screenshot-preview');
    await expect.poll(() => preview.getAttribute('src'), { timeout: 20_000 }).toMatch(/^data:image\/jpeg;base64,/);
    // The darkest colour channel, averaged over the picture's top 100 rows: 255 is pure white.
    const topWhiteness = await form.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = 100;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, 100);
      let sum = 0;
      for (let i = 0; i < data.length; i += 4) sum += Math.min(data[i]!, data[i + 1]!, data[i + 2]!);
      return sum / (data.length / 4);
    }, (await preview.getAttribute('src'))!);
    expect(topWhiteness).toBeGreaterThan(250);
    // The banner is back on the page, and so is its space.
    await page.bringToFront();
    expect((await boxInBanner(page, 'banner')).height).toBeGreaterThan(40);
    await expect.poll(() => page.evaluate(() => document.documentElement.style.paddingTop)).not.toBe('');
    await form.close();
    await page.close();
  });
});
