import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openPopupFor, startSiteServer, tabIdOf, type ExtensionBrowser, type SiteServer } from './harness';

/**
 * The toolbar popup of a flagged page in Chromium's popup size (360 px wide, at most 600 px tall):
 * it used to grow 2,000-4,000 px tall and 440 px wide, with Report / Trust / Settings out of sight.
 */
const SCAM_HOST = 'www.aurea-capital-trading.com';
const SAFE_HOST = 'news.example';
const ADDRESS = 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq'.repeat(3);
const fixture = readFileSync(resolve(import.meta.dirname, '../fixtures/html/scam-broker-it.html'), 'utf8');
/** A long page: the fixture, then a long tail and an unbroken wallet address. */
const LONG_PAGE = fixture.replace('</body>', `${'<p>Lorem ipsum dolor sit amet.</p>'.repeat(400)}<p>${ADDRESS}</p></body>`);
const POLL = { timeout: 20_000, interval: 200 };

let server: SiteServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startSiteServer();
  server.route(SCAM_HOST, LONG_PAGE);
  server.route(SAFE_HOST, '<!doctype html><title>News</title><p>Weather today.</p>');
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('the popup of a flagged page', () => {
  it('fits 360 × 600 with "Leave this site" and every action in view, two reasons first and "More" for the rest', async () => {
    const first = await ext.context.newPage();
    await first.goto(server.url(SAFE_HOST, '/'));
    await first.goto(server.url(SCAM_HOST, '/'));
    await first.locator('scam-sentinel-banner').waitFor({ state: 'attached', timeout: 20_000 });
    const tabId = await tabIdOf(ext, first);
    const popup = await openPopupFor(ext, tabId);
    await popup.setViewportSize({ width: 360, height: 600 });
    await expect.poll(() => popup.getByTestId('verdict').getAttribute('data-level'), POLL).toMatch(/warning|danger/);

    const size = await popup.evaluate(() => ({ height: document.documentElement.scrollHeight, width: document.documentElement.scrollWidth }));
    expect(size.height).toBeLessThanOrEqual(600);
    expect(size.width).toBeLessThanOrEqual(360);
    for (const id of ['popup-leave', 'report-site', 'open-settings']) {
      const box = (await popup.getByTestId(id).boundingBox())!;
      expect(box.y + box.height, id).toBeLessThanOrEqual(600);
      expect(box.x + box.width, id).toBeLessThanOrEqual(360);
    }
    // The icon agrees with the toolbar badge ("?" for a warning, "!" for danger).
    const level = await popup.getByTestId('verdict').getAttribute('data-level');
    expect(await popup.getByTestId('verdict-icon').textContent()).toBe(level === 'danger' ? '!' : '?');

    expect(await popup.getByTestId('reason').count()).toBe(2);
    await popup.getByTestId('reasons-more').click();
    await expect.poll(() => popup.getByTestId('reason').count()).toBeGreaterThan(2);
    // Even with every reason open the actions stay in view: only the text above them scrolls.
    const leave = (await popup.getByTestId('popup-leave').boundingBox())!;
    expect(leave.y + leave.height).toBeLessThanOrEqual(600);

    // "Leave this site" takes the tab back to where the user came from.
    await popup.getByTestId('popup-leave').click();
    await expect.poll(() => first.url(), POLL).toBe(server.url(SAFE_HOST, '/'));
    await first.close();
  });

  it('offers no "Leave this site" on a page with nothing found', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url(SAFE_HOST, '/'));
    const popup = await openPopupFor(ext, await tabIdOf(ext, page));
    await popup.getByTestId('open-settings').waitFor();
    expect(await popup.getByTestId('popup-leave').count()).toBe(0);
    expect(await popup.getByTestId('verdict-icon').textContent()).toBe('✓');
    await popup.close();
    await page.close();
  });
});
