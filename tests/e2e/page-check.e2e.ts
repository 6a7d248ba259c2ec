import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { bannerLevel, boxInBanner, clickInBanner, countInBanner, exposeBannerRoot, reasonRulesInBanner } from './banner';
import { offerOnDemandPage } from './hostile-pages';
import { badgeText, launchWithExtension, openPopupFor, startSiteServer, tabIdOf, type ExtensionBrowser, type SiteServer } from './harness';

/** The page checks of the content script, on fixture pages served under realistic, unlisted names. */
const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '../fixtures/html', name), 'utf8');
const SCAM_HOST = 'www.aurea-capital-trading.com';
const RECOVERY_HOST = 'chainback-recovery-experts.net';
/** A page that starts harmless; the test has it show the scam text while the popup is open. */
const LATE_HOST = 'www.aurea-oro-offerte.com';
const LEGIT_HOSTS = { 'www.consob-avvisi.it': 'legit-warning-it.html', 'markets.coin-ticker-news.com': 'legit-price-en.html' };

let server: SiteServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startSiteServer();
  server.route(SCAM_HOST, (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(req.url === '/contatti' ? '<!doctype html><title>Contatti</title><p id="plain">Scrivici.</p>' : fixture('scam-broker-it.html'));
  });
  server.route(RECOVERY_HOST, fixture('scam-recovery-en.html'));
  server.route(LATE_HOST, offerOnDemandPage());
  for (const [host, file] of Object.entries(LEGIT_HOSTS)) server.route(host, fixture(file));
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** Opens a page, recording where the page's own layout was before any banner could appear. */
async function open(url: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const box = document.getElementById('page-layout')?.getBoundingClientRect();
      (window as unknown as { layoutBefore: unknown }).layoutBefore = box && { x: box.x, y: box.y, width: box.width, height: box.height };
    });
  });
  await page.goto(url);
  return page;
}

describe('a scam page that is on no list', () => {
  it('gets the in-page banner and an amber or red badge, without breaking the page', async () => {
    const page = await open(`http://${SCAM_HOST}:${server.port}/it/`);
    expect(['warning', 'danger']).toContain(await bannerLevel(page));
    // The page's own script ran; its layout only moved down, below the banner, which covers none of it.
    expect(await page.evaluate(() => document.body.dataset.pageScript)).toBe('ran');
    await exposeBannerRoot(page);
    const bannerBox = await boxInBanner(page, 'banner');
    const layout = await page.evaluate(() => {
      const box = document.getElementById('page-layout')!.getBoundingClientRect();
      return { before: (window as unknown as { layoutBefore: DOMRect }).layoutBefore, after: { x: box.x, y: box.y, width: box.width, height: box.height } };
    });
    expect({ x: layout.after.x, width: layout.after.width }).toEqual({ x: layout.before.x, width: layout.before.width });
    expect(layout.after.y).toBeGreaterThanOrEqual(bannerBox.y + bannerBox.height - 1);
    const tabId = await tabIdOf(ext, page);
    await expect.poll(() => badgeText(ext, tabId)).toMatch(/^[?!]$/);
    // The banner speaks the page's user's language (the browser's, here English) and explains itself.
    await exposeBannerRoot(page);
    await clickInBanner(page, 'banner-why');
    await expect.poll(() => countInBanner(page, 'reason')).toBeGreaterThan(1);
    // Without family mode there is nobody to name, so no guardian frame.
    expect(await countInBanner(page, 'banner-guardian')).toBe(0);
    const popup = await openPopupFor(ext, tabId);
    await expect.poll(() => popup.getByTestId('verdict').getAttribute('data-level')).toMatch(/warning|danger/);
    expect(await popup.getByTestId('reason').count()).toBeGreaterThan(1);
    await popup.close();
    // The report form of this tab lists every sign the banner lists, in words, one item a sign.
    const bannerRules = await reasonRulesInBanner(page);
    const form = await ext.context.newPage();
    await form.goto(ext.extensionUrl(`report.html?tab=${tabId}`));
    const signs = form.locator('[data-testid="evidence-signals"] li');
    await expect.poll(() => signs.count()).toBeGreaterThanOrEqual(bannerRules.length);
    expect(await signs.evaluateAll((items) => items.map((item) => item.getAttribute('data-rule')))).toEqual(expect.arrayContaining(bannerRules));
    // Rule names such as "returns.guaranteed" stay under Details.
    const words = (await signs.allTextContents()).join(' ');
    for (const rule of bannerRules) expect(words).not.toContain(rule);
    await form.close();
    await page.close();
  });

  it('covers every page of the flagged site for the session', async () => {
    const page = await open(`http://${SCAM_HOST}:${server.port}/contatti`);
    expect(['warning', 'danger']).toContain(await bannerLevel(page));
    await page.close();
  });

  it('stays closed on that site once the user dismisses it', async () => {
    const page = await open(`http://${RECOVERY_HOST}:${server.port}/`);
    expect(['warning', 'danger']).toContain(await bannerLevel(page));
    await exposeBannerRoot(page);
    await clickInBanner(page, 'banner-dismiss');
    await expect.poll(() => page.locator('scam-sentinel-banner').count()).toBe(0);
    await page.reload();
    await page.waitForTimeout(2_500);
    expect(await page.locator('scam-sentinel-banner').count()).toBe(0);
    await page.close();
  });
});

describe('hard negatives', () => {
  for (const host of Object.keys(LEGIT_HOSTS)) {
    it(`${host} gets no banner and no badge`, async () => {
      const page = await open(`http://${host}:${server.port}/`);
      // The check ran (the popup says the page was checked) and found nothing.
      const tabId = await tabIdOf(ext, page);
      const popup = await openPopupFor(ext, tabId);
      await expect.poll(async () => (await popup.reload(), popup.getByTestId('verdict').getAttribute('data-checked'))).toBe('true');
      expect(await popup.getByTestId('verdict').getAttribute('data-level')).toBe('ok');
      await popup.close();
      expect(await page.locator('scam-sentinel-banner').count()).toBe(0);
      expect(await badgeText(ext, tabId)).toBe('');
      expect(await page.evaluate(() => document.body.dataset.pageScript)).toBe('ran');
      await page.close();
    });
  }
});

describe('the popup', () => {
  it('open on a page before the page check finds anything, follows the verdict as the page changes', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url(LATE_HOST, '/'));
    const popup = await openPopupFor(ext, await tabIdOf(ext, page));
    const verdict = popup.getByTestId('verdict');
    await expect.poll(() => verdict.getAttribute('data-checked'), { timeout: 15_000 }).toBe('true');
    expect(await verdict.getAttribute('data-level')).toBe('ok');
    await page.evaluate('showOffer()');
    await expect.poll(() => verdict.getAttribute('data-level'), { timeout: 15_000 }).toMatch(/^(warning|danger)$/);
    await popup.getByTestId('popup-leave').waitFor();
    await Promise.all([popup.close(), page.close()]);
  });
});
