import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blobClickjackPage } from './clickjack-page';
import { extensionUrl, installExtension, waitForProtection } from './firefox/extension';
import { builtExtensionId, launchFirefox, type FirefoxBrowser } from './firefox/launch';
import { FirefoxTab } from './firefox/page';
import { bundledHosts, startSiteServer, type SiteServer } from './harness';

/**
 * Firefox keeps the warning page web-accessible (a webRequest redirect may only lead to such a page) at a
 * random address made at install. A page that has learnt that address (here: the one pinned in the test
 * profile) cannot use the warning page in an invisible frame of a blob: document to let a listed site through.
 */
const bundled = bundledHosts();
const TARGET = bundled[Math.floor(bundled.length / 5)]!;
const PROBE = bundled[Math.floor(bundled.length / 6)]!;
const ATTACKER = 'www.example-prize-draw.net';
const testId = (id: string) => `[data-testid="${id}"]`;
const requestsTo = (host: string) => server.requests.filter((request) => request.startsWith(`${host} `));

let server: SiteServer;
let firefox: FirefoxBrowser;

beforeAll(async () => {
  server = await startSiteServer();
  server.route(TARGET, `<!doctype html><title>Listed</title><script>fetch('/script-ran')</script>`);
  firefox = await launchFirefox(server.port, builtExtensionId());
  await installExtension(firefox.bidi);
  const tab = await FirefoxTab.open(firefox.bidi);
  await waitForProtection(tab, `http://${PROBE}/`);
  await tab.close();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Firefox: the warning page framed by a hostile page that knows its address', () => {
  it('in an invisible frame of a blob: document, shows nothing to click and cannot let the listed site through', async () => {
    const target = `http://${TARGET}/offer`;
    server.route(ATTACKER, blobClickjackPage(extensionUrl(`interstitial.html#${target}`)));
    const tab = await FirefoxTab.open(firefox.bidi);
    await tab.goto(`http://${ATTACKER}/`);
    await expect.poll(() => tab.url()).toMatch(/^blob:/);
    const warningFrame = async () => (await tab.frames()).find(({ url }) => url.includes('/interstitial.html'))?.frame;
    await expect.poll(warningFrame).toBeTruthy();
    const frame = (await warningFrame())!;
    // Either the page refused to start in this frame, or it drew its buttons.
    const outcome = () =>
      frame.evaluate<string>(`document.documentElement.dataset.refused ?? (document.querySelector('${testId('continue-anyway')}') ? 'buttons' : 'not yet')`);
    await expect.poll(outcome).not.toBe('not yet');
    if ((await outcome()) === 'buttons') {
      // Two real clicks where the invisible buttons are: what the lured user would do.
      await frame.click(testId('continue-anyway'));
      await expect.poll(() => frame.evaluate(`!!document.querySelector('${testId('confirm-yes')}')`)).toBe(true);
      await frame.click(testId('confirm-yes'));
      // The warning page sends its request, then leaves for the site.
      await expect.poll(outcome, { timeout: 10_000 }).not.toBe('buttons').catch(() => undefined);
    }
    // The page's next move: open the listed site itself. It is still blocked.
    const visit = await FirefoxTab.open(firefox.bidi);
    await visit.goto(target);
    expect(await visit.url(), 'the lured clicks let the listed site through').toMatch(/interstitial\.html#/);
    await expect.poll(() => visit.evaluate(`document.querySelector('${testId('interstitial')}')?.dataset.listed`)).toBe('true');
    expect(requestsTo(TARGET)).toEqual([]);
    await visit.close();
    expect(await outcome()).toBe('framed');
    expect(await frame.evaluate('document.querySelectorAll("button").length')).toBe(0);
    // The same request sent directly from the frame: the background refuses it too.
    const answer = await frame.evaluate(
      `browser.runtime.sendMessage({ type: 'page:continueAnyway', url: ${JSON.stringify(target)} }).then(() => 'accepted', (error) => error.message)`,
    );
    expect(answer).toContain('framed outside the extension');
    await tab.close();
  });
});
