import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bannerLevel } from './banner';
import { bundledHosts, launchThenInstall, launchWithExtension, startSiteServer, type ExtensionBrowser, type SiteServer } from './harness';

/**
 * The first seconds after install: nothing waits for the worker to run or install rules. The
 * bundled list is compiled into the extension (a static ruleset), so it blocks from the start.
 */
// A .com name: some other top-level names (.dev, .app) are https-only in the browser, and the local server speaks http.
const bundled = bundledHosts().filter((host) => host.endsWith('.com'));
const LISTED = bundled[Math.floor(bundled.length / 5)]!;

let server: SiteServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startSiteServer();
  server.route(LISTED, `<!doctype html><title>Profits</title><script>fetch('/script-ran')</script>`);
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('a fresh install', () => {
  it('blocks a bundled-list site opened at once, before the worker has installed anything', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url(LISTED, '/offer'));
    const warning = page.getByTestId('interstitial');
    await expect.poll(() => warning.getAttribute('data-listed')).toBe('true');
    await expect.poll(() => page.locator('h1').textContent()).toContain('scam');
    // Not one request reached the listed site: its scripts never ran.
    expect(server.requests.filter((request) => request.startsWith(LISTED))).toEqual([]);
    // The worker may not have been running to see the address (the rule that blocked it was compiled
    // in without the extension's id): the warning then speaks of "this website", or names the site.
    const lead = await page.locator('.lead').textContent();
    expect([`${LISTED} because`, 'this website because'].some((words) => lead?.includes(words))).toBe(true);
    await page.close();
  });
});

describe('installing with pages already open', () => {
  it('checks a scam page that was open before the install, without a reload', async () => {
    const host = 'www.aurea-capital-trading.com';
    server.route(host, readFileSync(resolve(import.meta.dirname, '../fixtures/html/scam-broker-it.html'), 'utf8'));
    const browser = await launchThenInstall();
    try {
      const page = await browser.context.newPage();
      await page.goto(server.url(host, '/it/'));
      await browser.install();
      expect(['warning', 'danger']).toContain(await bannerLevel(page));
      // Nothing reloaded the page to check it.
      expect(server.requests.filter((request) => request === `${host} /it/`)).toHaveLength(1);
    } finally {
      await browser.close();
    }
  });
});
