/// <reference types="chrome" />
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopExtensionWorker } from '../../scripts/bench/stop-worker.ts';
import { bannerLevel } from './banner';
import { launchWithExtension, openPopupFor, startSiteServer, tabIdOf, waitForBlockRules, type ExtensionBrowser, type SiteServer } from './harness';

/**
 * Chromium stops an idle worker and starts it again for the next event, with nothing in memory: the lists, the
 * page check's engine and what the worker knew all come back from storage. Each check here runs in a worker the test
 * stopped just before, woken by the visit or the popup, so it fails if a woken worker misses the event that woke it
 * or answers it from lists it has not read yet.
 */
const SCAM_HOST = 'chainback-recovery-experts.net';
/** A feed longer than the names its blocking rules carry (SyncPolicy.maxRuleNames: 100,000): its last names reach only the worker. */
const FEED_NAMES = 100_050;
const feedName = (i: number) => `wake-${i}-listed-broker.com`;
const BEYOND_RULES = [feedName(FEED_NAMES - 1), feedName(FEED_NAMES - 2)];

let server: SiteServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startSiteServer();
  server.route(SCAM_HOST, readFileSync(resolve(import.meta.dirname, '../fixtures/html/scam-recovery-en.html'), 'utf8'));
  const feed = `${Array.from({ length: FEED_NAMES }, (_, i) => feedName(i)).join('\n')}\n`;
  server.route('127.0.0.1', (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end(feed));
  ext = await launchWithExtension();
  await waitForBlockRules(ext);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** Stops the extension's worker as Chromium does to an idle one; resolves once it is stopped and stays so. */
async function stopWorker(): Promise<number> {
  const page = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(page);
  try {
    await stopExtensionWorker(cdp, ext.extensionUrl('').replace(/\/$/, ''));
    return Date.now();
  } finally {
    await cdp.detach();
    await page.close();
  }
}

/** When the extension's worker now running started (Playwright's handle follows the worker across a stop). */
const workerStart = () => ext.worker.evaluate(() => performance.timeOrigin);

describe('a worker the browser stopped', () => {
  it('woken by a scam page, checks it: the banner shows, and the popup (waking it again) explains why', async () => {
    const stoppedAt = await stopWorker();
    const page = await ext.context.newPage();
    await page.goto(`http://${SCAM_HOST}:${server.port}/`);
    expect(['warning', 'danger']).toContain(await bannerLevel(page));
    expect(await workerStart()).toBeGreaterThan(stoppedAt);

    const tabId = await tabIdOf(ext, page);
    const stoppedAgainAt = await stopWorker();
    const popup = await openPopupFor(ext, tabId);
    await expect.poll(() => popup.getByTestId('reason').count()).toBeGreaterThan(1);
    expect(await popup.getByTestId('reason').first().innerText()).toMatch(/\w{4,}/);
    expect(await workerStart()).toBeGreaterThan(stoppedAgainAt);
  });

  it('woken by a visit to a site a feed lists beyond its blocking rules, sends the tab to the warning page', async () => {
    const options = await ext.context.newPage();
    await options.goto(ext.extensionUrl('options.html'));
    const feedUrl = server.url('127.0.0.1', '/feed.txt');
    await options.getByTestId('feed-url').fill(feedUrl);
    await options.getByTestId('feed-add').click();
    await options.locator(`[data-testid="feed-row"][data-feed-url="${feedUrl}"]`).waitFor();
    await options.getByTestId('feed-update').click();
    // The feed's first name in the browser's rules, its last ones not: only the worker's check can stop those.
    const inRules = (name: string) =>
      ext.worker.evaluate(
        async (domain) => (await chrome.declarativeNetRequest.getDynamicRules()).some((rule) => rule.condition.requestDomains?.includes(domain)),
        name,
      );
    await expect.poll(() => inRules(feedName(0)), { timeout: 60_000, interval: 250 }).toBe(true);
    await waitForBlockRules(ext);
    for (const name of BEYOND_RULES) expect(await inRules(name)).toBe(false);
    await options.close();

    for (const host of BEYOND_RULES) {
      const stoppedAt = await stopWorker();
      const page = await ext.context.newPage();
      await page.goto(server.url(host, '/invest')).catch(() => undefined); // cut off by the worker's redirect
      const warning = page.getByTestId('interstitial');
      await expect.poll(() => warning.getAttribute('data-listed'), { timeout: 15_000 }).toBe('true');
      expect(await warning.textContent()).toContain(host);
      expect(await workerStart()).toBeGreaterThan(stoppedAt);
      await page.close();
    }
  });
});
