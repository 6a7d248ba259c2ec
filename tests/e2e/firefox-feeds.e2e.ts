import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionUrl, installExtension, waitForProtection } from './firefox/extension';
import { builtExtensionId, launchFirefox, type FirefoxBrowser } from './firefox/launch';
import { FirefoxTab } from './firefox/page';
import { bundledHosts, startSiteServer, type SiteServer } from './harness';

/**
 * A feed subscribed and updated in Firefox (MV2: the background page downloads and stores the list,
 * blocking webRequest stops the sites it names), as feeds.e2e.ts does it in Chromium: the feed is
 * served on this computer over plain http, added in the options page and fetched with "Update now".
 */
const FEED_SITE = 'quick-profit-feed-listed.com';
const PROBE = bundledHosts()[7]!;
const testId = (id: string) => `[data-testid="${id}"]`;

let server: SiteServer;
let firefox: FirefoxBrowser;

beforeAll(async () => {
  server = await startSiteServer();
  // The feed on this computer (through the test's proxy, the request names the whole address).
  server.route('127.0.0.1', (req, res) => {
    if (new URL(req.url ?? '/', 'http://127.0.0.1').pathname !== '/feed.txt') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/plain', etag: '"one"' }).end(`# test feed\n${FEED_SITE}\nnot_a_site!\n`);
  });
  firefox = await launchFirefox(server.port, builtExtensionId());
  await installExtension(firefox.bidi);
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const requestsTo = (host: string) => server.requests.filter((request) => request.startsWith(`${host} `));

describe('Firefox: a feed', () => {
  it('added in the options page and updated blocks the sites it lists', async () => {
    const tab = await FirefoxTab.open(firefox.bidi);
    await tab.goto(`http://${FEED_SITE}/before`);
    expect(await tab.url()).toBe(`http://${FEED_SITE}/before`);

    // The warning page of a bundled site is an extension page, from which the options page opens.
    await waitForProtection(tab, `http://${PROBE}/`);
    const options = await FirefoxTab.openExtensionPage(firefox.bidi, tab, extensionUrl('options.html'));
    await expect.poll(() => options.evaluate(`!!document.querySelector('${testId('feed-url')}')`)).toBe(true);
    const feedUrl = server.url('127.0.0.1', '/feed.txt');
    await options.evaluate(`(() => {
      const input = document.querySelector('${testId('feed-url')}');
      input.value = ${JSON.stringify(feedUrl)};
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return true;
    })()`);
    await options.click(testId('feed-add'));
    await expect.poll(() => options.evaluate(`!!document.querySelector('${testId('feed-row')}[data-feed-url="${feedUrl}"]')`)).toBe(true);
    await options.click(testId('feed-update'));

    // Once the list is stored (the options page's own question), the site is opened once.
    const entries = `browser.runtime.sendMessage({ type: 'page:feeds' }).then((answer) => answer.feeds.find((feed) => feed.url === ${JSON.stringify(feedUrl)})?.entries ?? null)`;
    await expect.poll(() => options.evaluate(entries), { timeout: 30_000, interval: 500 }).toBe(1);
    const site = await FirefoxTab.open(firefox.bidi);
    await site.goto(`http://${FEED_SITE}/after`);
    expect(await site.url()).toBe(`${extensionUrl('interstitial.html#')}http://${FEED_SITE}/after`);
    await expect.poll(() => site.evaluate(`document.querySelector('${testId('interstitial')}')?.dataset.listed`)).toBe('true');
    // The site loaded before (its page, then its icon), and not one request reached it after.
    expect(requestsTo(FEED_SITE)).toContain(`${FEED_SITE} http://${FEED_SITE}/before`);
    expect(requestsTo(FEED_SITE).filter((request) => request.includes('/after'))).toEqual([]);
    await site.close();
    await options.close();
    await tab.close();
  });
});
