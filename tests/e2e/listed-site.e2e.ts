import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countInBanner, exposeBannerRoot } from './banner';
import {
  badgeText,
  bundledHosts,
  launchWithExtension,
  openPopupFor,
  startSiteServer,
  tabIdOf,
  waitForBlockRules,
  type ExtensionBrowser,
  type SiteServer,
} from './harness';

/** A real entry of the bundled list, and a subdomain of it. */
const bundled = bundledHosts();
const LISTED = bundled[Math.floor(bundled.length / 2)]!;
const UNLISTED = 'www.example-gardening-club.org';
/** Another listed site, which a page tries to let through by framing the warning page. */
const FRAMED_TARGET = bundled[Math.floor(bundled.length / 3)]!;
const FRAMING_SITE = 'www.example-crypto-forum.net';
/** A listed site that an unlisted page embeds in a frame (a .com name: the local server speaks http only). */
const EMBEDDED = bundled.filter((host) => host.endsWith('.com'))[7]!;
const EMBEDDING_SITE = 'www.example-savings-tips.org';

/** A page that phones home and has a form: neither may happen on a listed site. */
const scamPage = (host: string) => `<!doctype html><title>Crypto profits</title>
<form id="f" action="/steal" method="post"><input name="seed"><button>Go</button></form>
<script>fetch('/script-ran?host=${host}');</script>`;

let server: SiteServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startSiteServer();
  for (const host of [LISTED, `login.${LISTED}`]) server.route(host, scamPage(host));
  ext = await launchWithExtension();
  await waitForBlockRules(ext);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('a site on the bundled list', () => {
  it('shows the warning page instead of the site, and the site never loads', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url(LISTED, '/offer'));
    const warning = page.getByTestId('interstitial');
    await expect.poll(() => warning.getAttribute('data-listed')).toBe('true');
    expect(page.url()).toContain(`${ext.extensionId}/interstitial.html#`);
    await expect.poll(() => page.locator('h1').textContent()).toContain('scam');
    expect(await warning.textContent()).toContain(LISTED);
    // Not one request reached the listed host: its scripts never ran, its form was never there.
    expect(server.requests.filter((r) => r.startsWith(LISTED))).toEqual([]);
    const tabId = await tabIdOf(ext, page);
    expect(await badgeText(ext, tabId)).toBe('!');
    const popup = await openPopupFor(ext, tabId);
    await expect.poll(() => popup.getByTestId('verdict').getAttribute('data-level')).toBe('danger');
    await popup.close();
    await page.close();
  });

  it('also covers its subdomains', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url(`login.${LISTED}`, '/'));
    await expect.poll(() => page.getByTestId('interstitial').getAttribute('data-listed')).toBe('true');
    expect(server.requests.filter((r) => r.includes(LISTED))).toEqual([]);
    await page.close();
  });

  it('turns a popup left open on the tab to the warning when the tab goes on to the site', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url(UNLISTED, '/start'));
    const popup = await openPopupFor(ext, await tabIdOf(ext, page));
    const verdict = popup.getByTestId('verdict');
    await expect.poll(() => verdict.getAttribute('data-level')).toBe('ok');
    expect(await verdict.textContent()).toContain(UNLISTED);
    await page.goto(server.url(LISTED, '/offer'));
    await expect.poll(() => verdict.getAttribute('data-level')).toBe('danger');
    expect(await verdict.textContent()).toContain(LISTED);
    await Promise.all([popup.close(), page.close()]);
  });

  it('"Go back to safety" returns to the previous page', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url(UNLISTED, '/start'));
    await page.goto(server.url(LISTED, '/offer'));
    await page.getByTestId('go-back').click();
    await page.waitForURL((url) => url.hostname === UNLISTED);
    expect(new URL(page.url()).pathname).toBe('/start');
    await page.close();
  });

  it('"Continue anyway" asks for confirmation, then opens the site for the rest of the session', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url(LISTED, '/offer'));
    await page.getByTestId('continue-anyway').click();
    // Nothing happens until the user confirms.
    await expect.poll(() => page.getByTestId('confirm-yes').isVisible()).toBe(true);
    expect(server.requests.filter((r) => r.startsWith(LISTED))).toEqual([]);
    await page.getByTestId('confirm-yes').click();
    await page.waitForURL((url) => url.hostname === LISTED);
    await expect.poll(() => server.requests.includes(`${LISTED} /script-ran?host=${LISTED}`)).toBe(true);
    // Remembered: a second visit opens directly, and the badge still says it is a listed site.
    const again = await ext.context.newPage();
    await again.goto(server.url(LISTED, '/other'));
    expect(new URL(again.url()).hostname).toBe(LISTED);
    const tabId = await tabIdOf(ext, again);
    await expect.poll(() => badgeText(ext, tabId)).toBe('!');
    // Every page of the site carries the small reminder bar, with "Leave this site" and no way to close it.
    await expect.poll(() => again.locator('scam-sentinel-banner').getAttribute('data-reminder'), { timeout: 20_000 }).toBe('continued');
    await exposeBannerRoot(again);
    expect(await countInBanner(again, 'banner-leave')).toBe(1);
    expect(await countInBanner(again, 'banner-dismiss')).toBe(0);
    expect(await again.evaluate(() => (window as unknown as { __bannerRoot: ShadowRoot }).__bannerRoot.textContent)).toContain('You chose to open a site on a scam list');
    await again.close();
    await page.close();
  });
});

describe('after "Continue anyway"', () => {
  it('the site may frame its own pages, but another page framing it still gets the "blocked" frame page', async () => {
    // Runs after the test above allowed LISTED for the session.
    server.route(LISTED, (req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(req.url === '/home' ? `<!doctype html><title>Home</title><iframe src="/own-widget"></iframe>` : scamPage(LISTED));
    });
    const page = await ext.context.newPage();
    await page.goto(server.url(LISTED, '/home'));
    await expect.poll(() => server.requests.includes(`${LISTED} /own-widget`)).toBe(true);
    server.route(EMBEDDING_SITE, `<!doctype html><title>Savings tips</title><iframe src="${server.url(LISTED, '/lure')}"></iframe>`);
    await page.goto(server.url(EMBEDDING_SITE, '/'));
    await expect.poll(() => page.frames().some((frame) => frame.url().includes('/blocked-frame.html'))).toBe(true);
    expect(server.requests).not.toContain(`${LISTED} /lure`);
    await page.close();
  });
});

describe('the warning page framed by another site', () => {
  it('can neither show its buttons nor let the listed site through', async () => {
    const target = server.url(FRAMED_TARGET, '/offer');
    // The address the browser serves the warning page under this session (use_dynamic_url), as if the site knew it.
    const warning = await ext.worker.evaluate(() => chrome.runtime.getURL('/interstitial.html'));
    server.route(FRAMING_SITE, `<!doctype html><title>Forum</title>
<iframe id="lure" src="${warning}#${target}" width="800" height="600"></iframe>`);
    const page = await ext.context.newPage();
    await page.goto(server.url(FRAMING_SITE, '/'));
    await expect.poll(() => page.frames().find((f) => f.url().includes('/interstitial.html'))).toBeTruthy();
    const frame = page.frames().find((f) => f.url().includes('/interstitial.html'))!;
    // What a lured click on "Continue anyway" would send, sent directly: the background refuses it.
    const answer = await frame.evaluate(
      (url) => chrome.runtime.sendMessage({ type: 'page:continueAnyway', url }).then(() => 'accepted', (error: Error) => error.message),
      target,
    );
    expect(answer).toContain('framed outside the extension');
    expect(await frame.getByTestId('continue-anyway').count()).toBe(0);
    // The site is still blocked.
    const visit = await ext.context.newPage();
    await visit.goto(target);
    await expect.poll(() => visit.getByTestId('interstitial').getAttribute('data-listed')).toBe('true');
    expect(server.requests.filter((r) => r.startsWith(FRAMED_TARGET))).toEqual([]);
    await visit.close();
    await page.close();
  });
});

describe('a listed site in a frame of a page on no list', () => {
  it('is replaced by the "blocked" frame page, which offers no way through, and never loads', async () => {
    server.route(EMBEDDED, scamPage(EMBEDDED));
    server.route(EMBEDDING_SITE, `<!doctype html><title>Savings tips</title><h1 id="plain">Tips</h1>
<iframe id="widget" src="${server.url(EMBEDDED, '/widget')}" width="600" height="300"></iframe>`);
    const page = await ext.context.newPage();
    await page.goto(server.url(EMBEDDING_SITE, '/'));
    const blockedFrame = () => page.frames().find((frame) => frame.url().includes('/blocked-frame.html'));
    await expect.poll(blockedFrame).toBeTruthy();
    const frame = blockedFrame()!;
    await expect.poll(() => frame.getByTestId('blocked-frame').textContent()).toContain('Blocked by Scam Sentinel');
    expect(await frame.getByTestId('continue-anyway').count()).toBe(0);
    expect(await frame.locator('a, button').count()).toBe(0);
    // The page around it is left as it is; the listed site got not one request.
    expect(await page.locator('#plain').textContent()).toBe('Tips');
    expect(server.requests.filter((r) => r.startsWith(EMBEDDED))).toEqual([]);
    await page.close();
  });
});

describe('a site on no list', () => {
  it('loads untouched, with no badge and an "ok" verdict', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url(UNLISTED, '/'));
    expect(await page.locator('#plain').textContent()).toContain(UNLISTED);
    expect(new URL(page.url()).hostname).toBe(UNLISTED);
    const tabId = await tabIdOf(ext, page);
    expect(await badgeText(ext, tabId)).toBe('');
    const popup = await openPopupFor(ext, tabId);
    await expect.poll(() => popup.getByTestId('verdict').getAttribute('data-level')).toBe('ok');
    await popup.close();
    await page.close();
  });
});
