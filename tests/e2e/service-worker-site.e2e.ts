import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, startSiteServer, waitForBlockRules, type ExtensionBrowser, type SiteServer } from './harness';

/**
 * A site the victim visited before anyone listed it has installed its own service worker, which
 * answers later visits from its cache: those visits never reach the network, so no request rule
 * sees them. Once the site is listed, such a page is replaced by the warning page when it opens.
 * (*.localhost is a secure context even over http, which service workers need.)
 */
const SITE = 'trading-desk.localhost';
const UNLISTED = 'www.example-gardening-club.org';

const SITE_PAGE = `<!doctype html><title>Trading desk</title><h1 id="from-network">Trading desk</h1>
<script>navigator.serviceWorker.register('/sw.js');</script>`;
/** Takes over at once and answers every visit itself, as an "offline-ready" site does. */
const SITE_WORKER = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
  if (event.request.mode !== 'navigate') return;
  event.respondWith(new Response('<!doctype html><title>Trading desk</title><h1 id="from-worker">Your account</h1>',
    { headers: { 'content-type': 'text/html' } }));
});`;

let server: SiteServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startSiteServer();
  server.route(SITE, (req, res) => {
    const worker = req.url === '/sw.js';
    res.writeHead(200, { 'content-type': worker ? 'text/javascript' : 'text/html; charset=utf-8' });
    res.end(worker ? SITE_WORKER : SITE_PAGE);
  });
  ext = await launchWithExtension();
  await waitForBlockRules(ext);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('a listed site served by its own service worker', () => {
  it('is replaced by the warning page', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url(SITE, '/'));
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    // From now on the site's worker answers its pages: the server no longer hears about a visit.
    await page.goto(server.url(SITE, '/account'));
    await expect.poll(() => page.locator('#from-worker').count()).toBe(1);
    expect(server.requests).not.toContain(`${SITE} /account`);

    // Weeks later the site is on a list: here, the user's own list of blocked sites.
    const options = await ext.context.newPage();
    await options.goto(ext.extensionUrl('options.html'));
    await options.getByTestId('personal-site').fill(SITE);
    await options.getByTestId('personal-block').click();
    await expect.poll(() => options.getByTestId('personal-blocked').textContent()).toContain(SITE);
    await waitForBlockRules(ext);
    await options.close();

    await page.close();

    const visit = await ext.context.newPage();
    await visit.goto(server.url(UNLISTED, '/start'));
    await visit.goto(server.url(SITE, '/account'));
    await expect.poll(() => visit.url()).toContain(`${ext.extensionId}/interstitial.html?replaced#`);
    const warning = visit.getByTestId('interstitial');
    await expect.poll(() => warning.getAttribute('data-listed')).toBe('true');
    expect(await warning.textContent()).toContain(SITE);
    // "Go back to safety" steps over the replaced page, back to where the user came from.
    await visit.getByTestId('go-back').click();
    await visit.waitForURL((url) => url.hostname === UNLISTED);
    expect(new URL(visit.url()).pathname).toBe('/start');
    await visit.close();
  });
});
