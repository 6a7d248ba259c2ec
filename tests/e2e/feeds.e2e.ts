/// <reference types="chrome" />
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, startSiteServer, waitForBlockRules, type ExtensionBrowser, type SiteServer } from './harness';

/** A site only the test feed lists, one only the user blocks, and a real entry of the bundled list. */
const FEED_SITE = 'quick-profit-feed-listed.com';
const OWN_BLOCKED = 'my-own-blocked-broker.com';
const bundledText = readFileSync(resolve(import.meta.dirname, '../../public/lists/bundled.txt'), 'utf8');
const bundled = bundledText
  .split('\n')
  .filter((line) => line && !line.startsWith('#') && /^[a-z0-9-]+\.[a-z]+$/.test(line));
const BUNDLED_SITE = bundled[Math.floor(bundled.length / 3)]!;

let server: SiteServer;
let ext: ExtensionBrowser;
let feedUrl: string;

beforeAll(async () => {
  server = await startSiteServer();
  // The feed itself, served over loopback http (allowed for feeds only on 127.0.0.1 / localhost).
  server.route('127.0.0.1', (req, res) => {
    if (req.url !== '/feed.txt') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/plain', etag: '"one"' }).end(`# test feed\n${FEED_SITE}\nnot_a_site!\n`);
  });
  feedUrl = server.url('127.0.0.1', '/feed.txt');
  ext = await launchWithExtension();
  await waitForBlockRules(ext);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** Waits until the browser's blocking rules do (or no longer do) name a site. */
async function waitForRule(domain: string, present: boolean): Promise<void> {
  await expect
    .poll(
      () =>
        ext.worker.evaluate(async (name) => {
          const rules = await chrome.declarativeNetRequest.getDynamicRules();
          return rules.some((rule) => rule.action.type === 'redirect' && rule.condition.requestDomains?.includes(name));
        }, domain),
      { timeout: 30_000, interval: 250 },
    )
    .toBe(present);
}

async function openOptions(): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(ext.extensionUrl('options.html'));
  await page.getByTestId('feed-url').waitFor();
  return page;
}

async function expectWarning(host: string, source: string): Promise<void> {
  const page = await ext.context.newPage();
  await page.goto(server.url(host, '/invest'));
  const warning = page.getByTestId('interstitial');
  await expect.poll(() => warning.getAttribute('data-listed')).toBe('true');
  expect(await warning.textContent()).toContain(source);
  // Lists are named in words, never by a feed's address ("127.0.0.1:38867 (feed.txt)").
  expect(await warning.textContent()).not.toMatch(/127\.0\.0\.1|:\d{2,5}\b/);
  expect(server.requests.filter((r) => r.startsWith(host))).toEqual([]);
  await page.close();
}

async function expectLoads(host: string): Promise<void> {
  const page = await ext.context.newPage();
  await page.goto(server.url(host, '/'));
  expect(await page.locator('#plain').textContent()).toContain(host);
  await page.close();
}

describe('the built-in list in the options page', () => {
  it('shows its name, the number of names the extension uses and the day its sites were collected', async () => {
    const options = await openOptions();
    // The builder's header: "Made by ... on 2026-11-22 ... 101356 entries."
    const madeOn = /^# Made by .* on (\d{4}-\d{2}-\d{2}) /m.exec(bundledText)![1]!;
    const names = Number(/^# (\d+) entries\./m.exec(bundledText)![1]);
    const day = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(Date.parse(`${madeOn}T12:00:00Z`));
    const row = options.getByTestId('builtin-list');
    expect(await row.textContent()).toContain("Scam Sentinel's own list of scam sites");
    expect(await row.getByTestId('builtin-facts').textContent()).toBe(
      `${names.toLocaleString('en')} sites · comes with the extension and works without internet · sites collected on ${day}`,
    );
    await options.close();
  });
});

describe('feed subscriptions in Chromium', () => {
  it('a feed added in the options page and updated blocks the sites it lists, naming the feed', async () => {
    const options = await openOptions();
    await options.getByTestId('feed-url').fill(feedUrl);
    await options.getByTestId('feed-add').click();
    const row = options.locator(`[data-testid="feed-row"][data-feed-url="${feedUrl}"]`);
    await row.waitFor();
    expect(await row.getByTestId('feed-facts').textContent()).toMatch(/Not downloaded/);
    await options.getByTestId('feed-update').click();
    await expect.poll(() => row.getByTestId('feed-facts').textContent(), { timeout: 60_000 }).toMatch(/^1 site · last updated/);
    // The line that is no site name was skipped, and the row counts it.
    expect(await row.getByTestId('feed-skipped').textContent()).toBe('1 line of the list was not a site name and was skipped');
    // The default lists cannot be downloaded here (no network): they say so, and why.
    const failed = options.locator(`[data-testid="feed-row"][data-enabled="true"]:not([data-feed-url="${feedUrl}"])`).first();
    expect(await failed.getByTestId('feed-facts').textContent()).toBe('Could not be downloaded yet');
    expect(await failed.getByTestId('feed-error').textContent()).toMatch(/The last update did not work: .+/);
    await waitForRule(FEED_SITE, true);
    await expectWarning(FEED_SITE, 'a list of scam sites added by you');
    await options.close();
  });

  it('removing the feed, once the question is answered, lets the site load again', async () => {
    const options = await openOptions();
    const row = options.locator(`[data-testid="feed-row"][data-feed-url="${feedUrl}"]`);
    const remove = row.locator('.feed-remove');
    await remove.click();
    await row.getByTestId('feed-off-no').click();
    expect(await row.getByTestId('feed-off-confirm').count()).toBe(0);
    expect(await row.count()).toBe(1);
    await remove.click();
    await row.getByTestId('feed-off-yes').click();
    await expect.poll(() => row.count()).toBe(0);
    await waitForRule(FEED_SITE, false);
    await expectLoads(FEED_SITE);
    await options.close();
  });

  it('refuses plain http feeds that are not on this computer', async () => {
    const options = await openOptions();
    await options.getByTestId('feed-url').fill('http://lists.example.org/feed.txt');
    await options.getByTestId('feed-add').click();
    await expect.poll(() => options.getByTestId('feed-status').textContent()).toContain('https://');
    expect(await options.locator('[data-feed-url="http://lists.example.org/feed.txt"]').count()).toBe(0);
    await options.close();
  });
});

describe('personal lists in Chromium', () => {
  it('a site the user blocks shows the warning page, naming the user\'s list', async () => {
    const options = await openOptions();
    await options.getByTestId('personal-site').fill(`https://www.${OWN_BLOCKED}/login`);
    await options.getByTestId('personal-block').click();
    await expect.poll(() => options.getByTestId('personal-blocked').textContent()).toContain(OWN_BLOCKED);
    await waitForRule(OWN_BLOCKED, true);
    await expectWarning(OWN_BLOCKED, 'your own list of blocked sites');
    await options.close();
  });

  it('unblocking it asks first; once answered, the site loads again', async () => {
    const options = await openOptions();
    const row = options.locator('[data-testid="personal-row"][data-list="blocked"]', { hasText: OWN_BLOCKED });
    const remove = row.getByRole('button', { name: `Remove ${OWN_BLOCKED} from the list` });
    await remove.click();
    expect(await row.getByTestId('unblock-confirm').textContent()).toContain('will no longer stop this site');
    await row.getByTestId('unblock-no').click();
    expect(await row.count()).toBe(1);
    await remove.click();
    await row.getByTestId('unblock-yes').click();
    await expect.poll(() => row.count()).toBe(0);
    await waitForRule(OWN_BLOCKED, false);
    await expectLoads(OWN_BLOCKED);
    await options.close();
  });

  it('a bundled site the user trusts opens, once they confirmed it past the warning', async () => {
    await expectWarning(BUNDLED_SITE, '');
    const options = await openOptions();
    await options.getByTestId('personal-site').fill(BUNDLED_SITE);
    await options.getByTestId('personal-trust').click();
    await options.getByTestId('trust-yes').click();
    await options.getByTestId('trust-listed-confirm').click();
    await expect.poll(() => options.getByTestId('personal-trusted').textContent()).toContain(BUNDLED_SITE);
    // The bundled list's static rules stay; the user's trust is an allow rule that outranks them.
    await expect
      .poll(
        () =>
          ext.worker.evaluate(async (name) => {
            const rules = await chrome.declarativeNetRequest.getSessionRules();
            return rules.some((rule) => rule.action.type === 'allow' && rule.condition.requestDomains?.includes(name));
          }, BUNDLED_SITE),
        { timeout: 30_000, interval: 250 },
      )
      .toBe(true);
    await expectLoads(BUNDLED_SITE);
    await options.close();
  });
});
