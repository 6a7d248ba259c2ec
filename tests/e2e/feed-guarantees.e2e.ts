/// <reference types="chrome" />
import { createServer as createTlsServer, type Server as TlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generateFeedKeyPair, signFeedBody, type FeedKeyPair } from '../../rules/feeds/sign';
import { TEST_TLS_CERT, TEST_TLS_KEY } from '../unit/background-feeds/tls-test-cert';
import { launchWithExtension, patchFeedRecord, startSiteServer, waitForBlockRules, type ExtensionBrowser, type SiteServer } from './harness';

/**
 * Issue 10, hole 5: a signed feed could be downgraded (an unsigned decoy replaced it, then an older
 * signed version was accepted because the decoy had cleared the version it remembered). Here an
 * administrator's feed, signed with the key the administrator named, is served on 127.0.0.1 and
 * updated from the options page; the decoy and the older version must both be refused, the signed
 * list must keep blocking, and the options page must say why. And an https feed redirected to
 * plain http must be refused (an https test server, whose certificate this browser is told to accept).
 */
const SIGNED_SITE = 'signed-list-broker-scam.com';
const DECOY_SITE = 'decoy-list-entry.com';
const OLDER_SITE = 'older-version-entry.com';
const LATE_SITE = 'soon-stale-list-entry.com';
const HTTPS_SITE = 'https-feed-listed-scam.com';
const SWAPPED_SITE = 'plain-http-swapped-entry.com';

let server: SiteServer;
let ext: ExtensionBrowser;
let admin: FeedKeyPair;
let feedUrl: string;
/** What /managed.json and /managed.json.sig answer now (no signature: 404). */
let body = '';
let signature: string | null = null;
let tls: TlsServer;
let httpsFeedUrl: string;
/** Whether the https feed answers with its list or with a redirect to a plain http copy. */
let redirectToPlainHttp = false;

async function serveSigned(version: number, entries: string[], expires = new Date(Date.now() + 30 * 86_400_000).toISOString()) {
  body = JSON.stringify({ format: 'scam-sentinel-feed', version, expires, entries });
  signature = await signFeedBody(new TextEncoder().encode(body), admin.privateKeyPkcs8, 'care-home-2026');
}

beforeAll(async () => {
  admin = await generateFeedKeyPair();
  server = await startSiteServer();
  server.route('127.0.0.1', (req, res) => {
    if (req.url === '/managed.json') return void res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    if (req.url === '/managed.json.sig' && signature !== null) return void res.writeHead(200).end(signature);
    if (req.url === '/plain-copy.txt') return void res.writeHead(200, { 'content-type': 'text/plain' }).end(`${SWAPPED_SITE}\n`);
    res.writeHead(404).end();
  });
  feedUrl = server.url('127.0.0.1', '/managed.json');
  const plainCopy = server.url('127.0.0.1', '/plain-copy.txt');
  tls = createTlsServer({ cert: TEST_TLS_CERT, key: TEST_TLS_KEY }, (req, res) => {
    if (req.url !== '/feed.txt') return void res.writeHead(404).end();
    if (redirectToPlainHttp) return void res.writeHead(302, { location: plainCopy }).end();
    res.writeHead(200, { 'content-type': 'text/plain' }).end(`${HTTPS_SITE}\n`);
  });
  await new Promise<void>((done) => tls.listen(0, '127.0.0.1', done));
  httpsFeedUrl = `https://127.0.0.1:${(tls.address() as AddressInfo).port}/feed.txt`;
  ext = await launchWithExtension(['--ignore-certificate-errors']);
  await waitForBlockRules(ext);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  await new Promise((done) => (tls ? tls.close(done) : done(undefined)));
});

async function ruleNames(): Promise<string[]> {
  return ext.worker.evaluate(async () =>
    (await chrome.declarativeNetRequest.getDynamicRules()).flatMap((rule) => (rule.action.type === 'redirect' ? (rule.condition.requestDomains ?? []) : [])),
  );
}

/**
 * What the administrator's policy does for a feed at this address (service.ts addManagedFeeds:
 * "the key is applied to the feed at that address even when it was subscribed before"). Chromium
 * reads policies only from /etc, so the test writes the same field into the extension's store.
 */
async function nameKeyAsAdministrator(url: string, publicKey: string): Promise<void> {
  await patchFeedRecord(ext, url, { origin: 'managed', publicKey });
}

async function openOptions(): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(ext.extensionUrl('options.html'));
  await page.getByTestId('feed-url').waitFor();
  return page;
}

async function updateNow(options: Page): Promise<void> {
  await options.getByTestId('feed-update').click();
  // Done: "checked", or (the default feeds cannot be downloaded here) how many lists failed.
  await expect.poll(() => options.getByTestId('feed-status').textContent(), { timeout: 90_000 }).toMatch(/checked|could not be updated/);
}

async function expectBlocked(host: string): Promise<void> {
  const page = await ext.context.newPage();
  await page.goto(server.url(host, '/invest'));
  await expect.poll(() => page.getByTestId('interstitial').getAttribute('data-listed')).toBe('true');
  expect(server.requests.filter((request) => request.startsWith(host))).toEqual([]);
  await page.close();
}

describe('a signed feed in Chromium cannot be downgraded', () => {
  it('an administrator\'s signed feed is accepted with the key the administrator named', async () => {
    await serveSigned(5, [SIGNED_SITE]);
    const options = await openOptions();
    await options.getByTestId('feed-url').fill(feedUrl);
    await options.getByTestId('feed-add').click();
    const row = options.locator(`[data-testid="feed-row"][data-feed-url="${feedUrl}"]`);
    await row.waitFor();
    await nameKeyAsAdministrator(feedUrl, admin.publicKey);
    await updateNow(options);
    // The default feeds cannot be downloaded here: the page says so instead of "The lists have been checked."
    expect(await options.getByTestId('feed-status').textContent()).toMatch(/^[1-9]\d* lists? could not be updated/);
    await expect.poll(() => row.getByTestId('feed-facts').textContent()).toMatch(/^1 site · last updated/);
    await expect.poll(ruleNames, { timeout: 30_000 }).toContain(SIGNED_SITE);
    await expectBlocked(SIGNED_SITE);
    await options.close();
  });

  it('an unsigned decoy is refused, the signed list keeps blocking, and the options page says why', async () => {
    body = `# a plain list in place of the signed one\n${DECOY_SITE}\n`;
    signature = null;
    const options = await openOptions();
    const row = options.locator(`[data-testid="feed-row"][data-feed-url="${feedUrl}"]`);
    await updateNow(options);
    const error = row.getByTestId('feed-error');
    await expect.poll(() => error.getAttribute('data-code')).toBe('signature-required');
    expect(await error.textContent()).toContain('this copy of the list has no signature');
    expect(await row.getByTestId('feed-facts').textContent()).toMatch(/^1 site\b/);
    expect(await ruleNames()).not.toContain(DECOY_SITE);
    await expectBlocked(SIGNED_SITE);
    await options.close();
  });

  it('then an older signed version is refused too (the decoy did not make the feed forget version 5)', async () => {
    await serveSigned(4, [OLDER_SITE]);
    const options = await openOptions();
    const row = options.locator(`[data-testid="feed-row"][data-feed-url="${feedUrl}"]`);
    await updateNow(options);
    const error = row.getByTestId('feed-error');
    await expect.poll(() => error.getAttribute('data-code')).toBe('rollback');
    expect(await error.textContent()).toContain('older version of the list');
    expect(await ruleNames()).not.toContain(OLDER_SITE);
    expect(await ruleNames()).toContain(SIGNED_SITE);
    await expectBlocked(SIGNED_SITE);
    await options.close();
  });

  it('a signed list that is not renewed past its expiry date is reported in plain words', async () => {
    // Version 6 expires a few seconds after it is downloaded; the next check is an hour away.
    await serveSigned(6, [LATE_SITE], new Date(Date.now() + 15_000).toISOString());
    const options = await openOptions();
    const row = options.locator(`[data-testid="feed-row"][data-feed-url="${feedUrl}"]`);
    await updateNow(options);
    await expect.poll(ruleNames, { timeout: 30_000 }).toContain(LATE_SITE);
    await expect
      .poll(
        async () => {
          await options.reload();
          return row.getByTestId('feed-expiry').getAttribute('data-state', { timeout: 2_000 }).catch(() => null);
        },
        { timeout: 60_000, interval: 2_000 },
      )
      .toBe('grace');
    expect(await row.getByTestId('feed-expiry').textContent()).toMatch(/have not renewed it since .+ It is still used until /);
    // Still protecting during the grace period.
    await expectBlocked(LATE_SITE);
    await options.close();
  });
});

describe('feed redirects in Chromium', () => {
  it('an https feed redirected to plain http is refused and its last good list kept', async () => {
    const options = await openOptions();
    await options.getByTestId('feed-url').fill(httpsFeedUrl);
    await options.getByTestId('feed-add').click();
    const row = options.locator(`[data-testid="feed-row"][data-feed-url="${httpsFeedUrl}"]`);
    await row.waitFor();
    await updateNow(options);
    await expect.poll(() => row.getByTestId('feed-facts').textContent()).toMatch(/^1 site · last updated/);
    await expect.poll(ruleNames, { timeout: 30_000 }).toContain(HTTPS_SITE);

    redirectToPlainHttp = true;
    await options.reload();
    await updateNow(options);
    const error = row.getByTestId('feed-error');
    await expect.poll(() => error.getAttribute('data-code')).toBe('insecure-redirect');
    expect(await error.textContent()).toContain('an address that is not secure');
    expect(await ruleNames()).not.toContain(SWAPPED_SITE);
    expect(await ruleNames()).toContain(HTTPS_SITE);
    await options.close();
  });
});
