import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aboutBlankClickjackPage, blobClickjackPage } from './clickjack-page';
import { bundledHosts, EXTENSION_DIR, launchWithExtension, startSiteServer, waitForBlockRules, type ExtensionBrowser, type SiteServer } from './harness';

/**
 * What a hostile page can do with the extension's pages in Chromium: frame the warning page invisibly and
 * lure clicks onto it (clickjacking), find the extension by fetching its files, or listen to what the
 * guardian frame in the banner says.
 */
const bundled = bundledHosts();
const TARGET = bundled[Math.floor(bundled.length / 4)]!;
const OTHER_TARGET = bundled[Math.floor(bundled.length / 7)]!;
const ATTACKER = 'www.example-prize-draw.net';
const SCAM = 'www.aurea-capital-trading.com';
const POLL = { timeout: 20_000, interval: 100 };

let server: SiteServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startSiteServer();
  for (const host of [TARGET, OTHER_TARGET]) server.route(host, `<!doctype html><title>Listed</title><script>fetch('/script-ran')</script>`);
  server.route(SCAM, readFileSync(join(import.meta.dirname, '../fixtures/html/scam-broker-it.html'), 'utf8'));
  ext = await launchWithExtension();
  await waitForBlockRules(ext);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** The address under which the browser serves a page of the extension to web pages this session. */
function servedUrl(path: string): Promise<string> {
  return ext.worker.evaluate((p) => chrome.runtime.getURL(p), path);
}

function frameShowing(page: Page, path: string): Frame | undefined {
  return page.frames().find((frame) => frame.url().includes(path));
}

/**
 * The lured user's two clicks on the invisible warning page in `lure`, then the checks: nothing to click, the
 * background refuses, and `target` (a listed site) stays blocked.
 */
async function expectClickjackToFail(lure: Page, target: string): Promise<void> {
  const host = new URL(target).hostname;
  await expect.poll(() => frameShowing(lure, '/interstitial.html'), POLL).toBeTruthy();
  const frame = frameShowing(lure, '/interstitial.html')!;
  // Either the page refused to start in this frame, or it drew its buttons.
  const outcome = () => frame.evaluate(() => document.documentElement.dataset.refused ?? (document.querySelector('[data-testid="continue-anyway"]') ? 'buttons' : null));
  await expect.poll(outcome, POLL).not.toBeNull();
  if ((await outcome()) === 'buttons') {
    // Two real clicks where the invisible buttons are: what the lured user would do.
    await frame.getByTestId('continue-anyway').click();
    await frame.getByTestId('confirm-yes').click();
    await frame.waitForURL((url) => url.hostname === host, { timeout: 10_000 }).catch(() => undefined);
  }
  expect(server.requests.filter((r) => r.startsWith(host)), 'the lured clicks opened the listed site').toEqual([]);
  expect(await outcome()).toBe('framed');
  expect(await frame.locator('button').count()).toBe(0);
  // The same request sent directly from the frame: the background refuses it too.
  const answer = await frame.evaluate(
    (url) => chrome.runtime.sendMessage({ type: 'page:continueAnyway', url }).then(() => 'accepted', (error: Error) => error.message),
    target,
  );
  expect(answer).toContain('framed outside the extension');
  const visit = await ext.context.newPage();
  await visit.goto(target);
  await expect.poll(() => visit.getByTestId('interstitial').getAttribute('data-listed'), POLL).toBe('true');
  expect(server.requests.filter((r) => r.startsWith(host))).toEqual([]);
  await visit.close();
}

/** The strongest attacker: one who knows the address the browser serves the warning page under this session. */
async function warningPageFor(target: string): Promise<string> {
  return `${await servedUrl('/interstitial.html')}#${target}`;
}

describe('the warning page in an invisible frame (clickjacking)', () => {
  it('of a blob: document the page replaced itself with: nothing to click, "Continue anyway" refused, the site stays blocked', async () => {
    const target = server.url(TARGET, '/offer');
    server.route(ATTACKER, blobClickjackPage(await warningPageFor(target)));
    const page = await ext.context.newPage();
    await page.goto(server.url(ATTACKER, '/'));
    await page.waitForURL((url) => url.protocol === 'blob:');
    await expectClickjackToFail(page, target);
    await page.close();
  });

  it('of an about:blank window the page opened: the same', async () => {
    const target = server.url(OTHER_TARGET, '/offer');
    server.route(ATTACKER, aboutBlankClickjackPage(await warningPageFor(target)));
    const page = await ext.context.newPage();
    await page.goto(server.url(ATTACKER, '/'));
    const [lure] = await Promise.all([ext.context.waitForEvent('page'), page.click('#claim')]);
    await expectClickjackToFail(lure, target);
    await Promise.all([lure.close(), page.close()]);
  });
});

describe('a web page looking for the extension', () => {
  it('gets nothing when it fetches any web-accessible file at the fixed address', async () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { web_accessible_resources: { resources: string[] }[] };
    const paths = manifest.web_accessible_resources.flatMap((entry) => entry.resources);
    expect(paths).toContain('interstitial.html');
    const page = await ext.context.newPage();
    await page.goto(server.url(ATTACKER, '/looking'));
    const answers = await page.evaluate(
      (urls) => Promise.all(urls.map((url) => fetch(url).then((response) => `${url} answered ${response.status}`, () => 'nothing'))),
      paths.map((path) => ext.extensionUrl(path)),
    );
    expect(answers).toEqual(paths.map(() => 'nothing'));
    await page.close();
  });
});

describe('the guardian frame in the banner', () => {
  it('posts nothing to the page around it, and neither does the content script', async () => {
    const options = await ext.context.newPage();
    await options.goto(ext.extensionUrl('options.html'));
    const phone = '+39 333 765 4321';
    await options.evaluate((number) => chrome.runtime.sendMessage({ type: 'page:familySetup', pin: '482916', guardian: { name: 'Anna Bianchi', phone: number } }), phone);
    await options.close();
    const page = await ext.context.newPage();
    // The page's own script, listening from the start for anything posted to its window.
    await page.addInitScript(() => {
      const seen: unknown[] = [];
      (window as unknown as { seen: unknown[] }).seen = seen;
      addEventListener('message', (event) => seen.push(event.data));
    });
    await page.goto(server.url(SCAM, '/'));
    // The banner's shadow root is closed; its guardian frame is one of the page's frames.
    await expect.poll(() => page.frames().some((f) => f.url().includes('/guardian-call.html')), POLL).toBe(true);
    const guardianFrame = page.frames().find((f) => f.url().includes('/guardian-call.html'))!;
    await expect.poll(() => guardianFrame.getByTestId('guardian-callout').textContent(), POLL).toContain(phone);
    // Messages from one frame arrive in order: once this marker arrives, anything the frame posted before it has too.
    await guardianFrame.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await guardianFrame.evaluate(() => parent.postMessage('test-marker', '*'));
    const seen = () => page.evaluate(() => (window as unknown as { seen: unknown[] }).seen);
    await expect.poll(seen, POLL).toContain('test-marker');
    expect(await seen()).toEqual(['test-marker']);
    await page.close();
  });
});
