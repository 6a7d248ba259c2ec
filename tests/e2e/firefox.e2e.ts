import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionUrl, installExtension } from './firefox/extension';
import { builtExtensionId, launchFirefox, type FirefoxBrowser } from './firefox/launch';
import { FirefoxTab } from './firefox/page';
import { bundledHosts, startSiteServer, type SiteServer } from './harness';
import {
  framesetSite, HIDING_STYLES, hiddenFillerPage, LONG_FRAGMENT, offerOnDemandPage, shadowRootPage, manyHiddenElementsPage, paddedScamPage, VISIBLE_TEXT_PAGES, WRITTEN_PAGES,
} from './hostile-pages';

/**
 * Our Firefox build (MV2, blocking webRequest) in Debian's Firefox ESR, driven over WebDriver
 * BiDi. Firefox sends every http request to the local server as its proxy, so the sites visited
 * are real entries of the bundled list, served locally.
 */

const bundled = bundledHosts();
const LISTED = bundled[Math.floor(bundled.length / 3)]!;
/** Opened the moment the add-on is installed, with no wait for the background to start. */
const AT_INSTALL = bundled[Math.floor((bundled.length * 2) / 3)]!;
const UNLISTED = 'www.example-gardening-club.org';
/** A listed site that a page on no list embeds in a frame. */
const EMBEDDED = bundled[Math.floor(bundled.length / 4)]!;
const EMBEDDING_SITE = 'www.example-savings-tips.org';
/** A site that installs a service worker answering its pages, and is listed later. */
const SW_SITE = 'www.example-trading-desk.com';
const SITE_PAGE = `<!doctype html><title>Trading desk</title><h1>Trading desk</h1><script>navigator.serviceWorker.register('/sw.js');</script>`;
const SITE_WORKER = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
  if (event.request.mode !== 'navigate') return;
  event.respondWith(new Response('<!doctype html><h1 id="from-worker">Your account</h1>', { headers: { 'content-type': 'text/html' } }));
});`;
/** On no list: only the page check can warn about it. */
const PADDED_SCAM = 'padded.aurea-oro-invest.com';
/** On no list either: its scam text comes after filler hidden by each way a stylesheet hides text. */
const HIDDEN_FILLER_SCAM = 'filler.aurea-oro-invest.shop';
/** A registrable domain of its own: site memory would otherwise answer for it from the page above. */
const MANY_HIDDEN_SCAM = 'aurea-oro-many-hidden.shop';
const HIDDEN_SCAMS = [
  ['87,000 characters of filler hidden by each way a stylesheet hides text', HIDDEN_FILLER_SCAM],
  ['3,600 separately hidden elements (more than the full hiding check asks about)', MANY_HIDDEN_SCAM],
] as const;
/** Scam text that looks hidden in some way yet shows, before visible filler: a site each (site memory stays apart). */
const VISIBLE_TEXT = Object.entries(VISIBLE_TEXT_PAGES).map(([what, html], i) => [what, `aurea-oro-visible${i}.shop`, html] as const);
/** Scam text the page writes into an about:blank frame or over itself: a site each. */
const WRITTEN = Object.entries(WRITTEN_PAGES).map(([how, html], i) => [how, `aurea-oro-written${i}.shop`, html] as const);

/** On no list: a scam page shown as the one frame of a frameset. */
const FRAMESET_SCAM = 'aurea-oro-frameset.shop';
/** On no list: scam text in a closed shadow root, which Firefox lets the page check read. */
const CLOSED_SHADOW_SCAM = 'aurea-oro-closed-shadow.shop';

/** On no list: harmless until the test has it show the scam text, while the popup is open. */
const LATE_SCAM = 'aurea-oro-later.shop';
/** A listed site nobody lets through: its warning page is the extension page the popup opens from. */
const POPUP_OPENER = bundled[Math.floor(bundled.length / 5)]!;

/** A page that phones home as soon as it runs: on a listed site that must not happen. */
const scamPage = (host: string) => `<!doctype html><title>Crypto profits</title>
<form action="/steal" method="post"><input name="seed"><button>Go</button></form>
<script>fetch('/script-ran?host=${host}');</script>`;

/** Requests the server saw for `host` (the proxy logs them as "host http://host/path"). */
const requestsTo = (host: string) => server.requests.filter((request) => request.startsWith(`${host} `));
const WARNING_PAGE = extensionUrl('interstitial.html#');
const testId = (id: string) => `[data-testid="${id}"]`;

let server: SiteServer;
let firefox: FirefoxBrowser;
let installedId: string;

beforeAll(async () => {
  const expectedId = builtExtensionId();
  server = await startSiteServer();
  for (const host of [LISTED, `login.${LISTED}`, AT_INSTALL]) server.route(host, scamPage(host));
  server.route(PADDED_SCAM, paddedScamPage());
  server.route(HIDDEN_FILLER_SCAM, hiddenFillerPage(Object.values(HIDING_STYLES)));
  server.route(MANY_HIDDEN_SCAM, manyHiddenElementsPage());
  server.route(FRAMESET_SCAM, framesetSite());
  server.route(CLOSED_SHADOW_SCAM, shadowRootPage('closed'));
  server.route(LATE_SCAM, offerOnDemandPage());
  for (const [, host, html] of [...VISIBLE_TEXT, ...WRITTEN]) server.route(host, html);
  firefox = await launchFirefox(server.port, expectedId);
  installedId = await installExtension(firefox.bidi);
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Firefox', () => {
  it('installs our build as a temporary add-on', () => {
    expect(installedId).toBe(builtExtensionId());
  });

  it('blocks a listed site opened at once after install, before the background has loaded its list', async () => {
    const tab = await FirefoxTab.open(firefox.bidi);
    await tab.goto(`http://${AT_INSTALL}/offer`);
    expect(await tab.url()).toBe(`${WARNING_PAGE}http://${AT_INSTALL}/offer`);
    await expect.poll(() => tab.evaluate(`document.querySelector('${testId('interstitial')}')?.dataset.listed`)).toBe('true');
    expect(requestsTo(AT_INSTALL)).toEqual([]);
    await tab.close();
  });

  it('shows the warning page instead of a listed site, which never loads', async () => {
    const tab = await FirefoxTab.open(firefox.bidi);
    await tab.goto(`http://${LISTED}/offer`);
    expect(await tab.url()).toBe(`${WARNING_PAGE}http://${LISTED}/offer`);
    await expect.poll(() => tab.evaluate(`document.querySelector('${testId('interstitial')}')?.dataset.listed`)).toBe('true');
    expect(await tab.evaluate('document.querySelector("h1").textContent')).toContain('scam');
    expect(await tab.evaluate(`document.querySelector('${testId('interstitial')}').textContent`)).toContain(LISTED);
    // Not one request reached the listed host: its script never ran, its form was never there.
    expect(requestsTo(LISTED)).toEqual([]);
    // The toolbar button says so too: a red badge, and the popup's verdict for this tab is "danger".
    const tabId = await tab.evaluate<number>('browser.tabs.getCurrent().then((t) => t.id)');
    await expect.poll(() => tab.evaluate(`browser.browserAction.getBadgeText({ tabId: ${tabId} })`)).toBe('!');
    const popup = await FirefoxTab.openExtensionPage(firefox.bidi, tab, extensionUrl(`popup.html?tab=${tabId}`));
    await expect.poll(() => popup.evaluate(`document.querySelector('${testId('verdict')}')?.dataset.level`)).toBe('danger');
    await popup.close();
    await tab.close();
  });

  it('also covers the subdomains of a listed site', async () => {
    const tab = await FirefoxTab.open(firefox.bidi);
    await tab.goto(`http://login.${LISTED}/`);
    await expect.poll(() => tab.evaluate(`document.querySelector('${testId('interstitial')}')?.dataset.listed`)).toBe('true');
    expect(requestsTo(`login.${LISTED}`)).toEqual([]);
    await tab.close();
  });

  it('"Continue anyway", once confirmed, opens the site for the rest of the session', async () => {
    const tab = await FirefoxTab.open(firefox.bidi);
    await tab.goto(`http://${LISTED}/offer`);
    await expect.poll(() => tab.evaluate(`!!document.querySelector('${testId('continue-anyway')}')`)).toBe(true);
    await tab.click(testId('continue-anyway'));
    // Nothing opens until the user confirms.
    await expect.poll(() => tab.evaluate(`!!document.querySelector('${testId('confirm-yes')}')`)).toBe(true);
    expect(requestsTo(LISTED)).toEqual([]);
    await tab.click(testId('confirm-yes'));
    await expect.poll(() => tab.url()).toBe(`http://${LISTED}/offer`);
    await expect.poll(() => requestsTo(LISTED)).toContain(`${LISTED} http://${LISTED}/script-ran?host=${LISTED}`);
    // Remembered: a second visit in another tab opens the site directly.
    const again = await FirefoxTab.open(firefox.bidi);
    await again.goto(`http://${LISTED}/other`);
    expect(await again.url()).toBe(`http://${LISTED}/other`);
    await again.close();
    await tab.close();
  });

  it('shows the "blocked" frame page instead of a listed site framed by a page on no list', async () => {
    server.route(EMBEDDED, scamPage(EMBEDDED));
    server.route(EMBEDDING_SITE, `<!doctype html><title>Savings tips</title><h1 id="plain">Tips</h1>
<iframe src="http://${EMBEDDED}/widget" width="600" height="300"></iframe>`);
    const tab = await FirefoxTab.open(firefox.bidi);
    await tab.goto(`http://${EMBEDDING_SITE}/`);
    const blockedFrame = async () => (await tab.frames()).find(({ url }) => url === extensionUrl('blocked-frame.html'))?.frame;
    await expect.poll(blockedFrame).toBeTruthy();
    const frame = (await blockedFrame())!;
    await expect.poll(() => frame.evaluate(`document.querySelector('${testId('blocked-frame')}')?.textContent`)).toContain('Blocked by Scam Sentinel');
    expect(await frame.evaluate('document.querySelectorAll("a, button").length')).toBe(0);
    expect(await tab.evaluate('document.querySelector("#plain").textContent')).toBe('Tips');
    expect(requestsTo(EMBEDDED)).toEqual([]);
    await tab.close();
  });

  // Unlike Chromium's rules, Firefox's request listener also sees visits a site's own service worker answers.
  it('replaces a listed site served by its own service worker with the warning page', async () => {
    server.route(SW_SITE, (req, res) => {
      const worker = req.url === `http://${SW_SITE}/sw.js`;
      res.writeHead(200, { 'content-type': worker ? 'text/javascript' : 'text/html; charset=utf-8' });
      res.end(worker ? SITE_WORKER : SITE_PAGE);
    });
    const tab = await FirefoxTab.open(firefox.bidi);
    await tab.goto(`http://${SW_SITE}/`);
    expect(await tab.evaluate('navigator.serviceWorker.ready.then(() => true)')).toBe(true);
    // From now on the site's worker answers its pages: the server no longer hears about a visit.
    await tab.goto(`http://${SW_SITE}/account`);
    await expect.poll(() => tab.evaluate('!!document.querySelector("#from-worker")')).toBe(true);
    expect(requestsTo(SW_SITE)).not.toContain(`${SW_SITE} http://${SW_SITE}/account`);
    // Later the site is listed (here: put on the user's own list, as the options page does).
    const page = await FirefoxTab.open(firefox.bidi);
    await page.goto(`http://${AT_INSTALL}/`);
    await page.evaluate(`browser.runtime.sendMessage({ type: 'page:addPersonal', list: 'blocked', host: '${SW_SITE}' }).then(() => true)`);
    await page.close();
    await tab.goto(`http://${SW_SITE}/account`);
    await expect.poll(() => tab.url()).toBe(`${WARNING_PAGE}http://${SW_SITE}/account`);
    await tab.close();
  });

  it('leaves a site on no list untouched', async () => {
    const tab = await FirefoxTab.open(firefox.bidi);
    await tab.goto(`http://${UNLISTED}/`);
    expect(await tab.url()).toBe(`http://${UNLISTED}/`);
    expect(await tab.evaluate('document.querySelector("#plain").textContent')).toContain(UNLISTED);
    expect(requestsTo(UNLISTED)).toContain(`${UNLISTED} http://${UNLISTED}/`);
    await tab.close();
  });

  it('shows the banner on a scam page padded with over-long attributes and opened with a 16 kB fragment', async () => {
    const tab = await FirefoxTab.open(firefox.bidi);
    await tab.goto(`http://${PADDED_SCAM}/${LONG_FRAGMENT}`);
    await expect.poll(() => tab.evaluate("document.querySelector('scam-sentinel-banner')?.dataset.level ?? null"), { timeout: 20_000 }).toMatch(/^(warning|danger)$/);
    // Closed to the page's scripts.
    expect(await tab.evaluate("document.querySelector('scam-sentinel-banner').shadowRoot === null")).toBe(true);
    await tab.close();
  });

  it('keeps a popup opened before the page check found anything in step with the verdict as the page changes', async () => {
    const tab = await FirefoxTab.open(firefox.bidi);
    await tab.goto(`http://${LATE_SCAM}/`);
    const warning = await FirefoxTab.open(firefox.bidi);
    await warning.goto(`http://${POPUP_OPENER}/`);
    await expect.poll(() => warning.url()).toBe(`${WARNING_PAGE}http://${POPUP_OPENER}/`);
    const tabId = await warning.evaluate<number>(`browser.tabs.query({ url: 'http://${LATE_SCAM}/*' }).then(([found]) => found.id)`);
    const popup = await FirefoxTab.openExtensionPage(firefox.bidi, warning, extensionUrl(`popup.html?tab=${tabId}`));
    const verdict = (data: 'checked' | 'level') => popup.evaluate(`document.querySelector('${testId('verdict')}')?.dataset.${data} ?? null`);
    await expect.poll(() => verdict('checked'), { timeout: 20_000 }).toBe('true');
    expect(await verdict('level')).toBe('ok');
    await tab.evaluate('showOffer()');
    await expect.poll(() => verdict('level'), { timeout: 20_000 }).toMatch(/^(warning|danger)$/);
    await Promise.all([popup.close(), warning.close(), tab.close()]);
  });

  it.each(HIDDEN_SCAMS)('shows the banner on a scam page whose text comes after %s', async (_what, host) => {
    const tab = await FirefoxTab.open(firefox.bidi);
    await tab.goto(`http://${host}/`);
    await expect.poll(() => tab.evaluate("document.querySelector('scam-sentinel-banner')?.dataset.level ?? null"), { timeout: 20_000 }).toMatch(/^(warning|danger)$/);
    await tab.close();
  });

  it('shows the banner on scam text a page puts in a closed shadow root', async () => {
    const tab = await FirefoxTab.open(firefox.bidi);
    await tab.goto(`http://${CLOSED_SHADOW_SCAM}/`);
    await expect.poll(() => tab.evaluate("document.querySelector('scam-sentinel-banner')?.dataset.level ?? null"), { timeout: 20_000 }).toMatch(/^(warning|danger)$/);
    await tab.close();
  });

  it('shows the banner, in view, over a scam site shown through a frameset', async () => {
    const tab = await FirefoxTab.open(firefox.bidi);
    await tab.goto(`http://${FRAMESET_SCAM}/`);
    await expect.poll(() => tab.evaluate("document.querySelector('scam-sentinel-banner')?.dataset.level ?? null"), { timeout: 20_000 }).toMatch(/^(warning|danger)$/);
    // A frameset document lays out nothing but its frames: the banner must still take room on the screen.
    expect(await tab.evaluate("document.querySelector('scam-sentinel-banner').getBoundingClientRect().height")).toBeGreaterThan(40);
    await tab.close();
  });

  it.each(VISIBLE_TEXT)('shows the banner on scam text %s, before 87,000 characters of visible text', async (_what, host) => {
    const tab = await FirefoxTab.open(firefox.bidi);
    await tab.goto(`http://${host}/`);
    await expect.poll(() => tab.evaluate("document.querySelector('scam-sentinel-banner')?.dataset.level ?? null"), { timeout: 20_000 }).toMatch(/^(warning|danger)$/);
    await tab.close();
  });

  it.each(WRITTEN)('shows the banner on scam text the page writes %s', async (_how, host) => {
    const tab = await FirefoxTab.open(firefox.bidi);
    await tab.goto(`http://${host}/`);
    await expect.poll(() => tab.evaluate("document.querySelector('scam-sentinel-banner')?.dataset.level ?? null"), { timeout: 20_000 }).toMatch(/^(warning|danger)$/);
    await tab.close();
  });
});
