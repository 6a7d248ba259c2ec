import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './a11y-check';
import {
  badgeText,
  bundledHosts,
  changeSiteAccess,
  launchWithExtension,
  openPopupFor,
  startSiteServer,
  tabIdOf,
  waitForBlockRules,
  type ExtensionBrowser,
  type SiteServer,
} from './harness';

/**
 * A scammer on the phone may walk the person through Chromium's extension settings to take the extension's access to
 * websites away ("site access: on click"). The page check then cannot run and the browser's blocking rules no longer
 * act on those sites; the extension must say so instead of "no known danger", and still keep listed sites out.
 */
const english = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
const SCAM = 'www.aurea-capital-trading.com';
const scamPage = readFileSync(resolve(import.meta.dirname, '../fixtures/html/scam-broker-it.html'), 'utf8');
const LISTED = bundledHosts()[300]!;
const SITE_ANSWERS_AFTER_MS = 400;

let server: SiteServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startSiteServer();
  server.route(SCAM, scamPage);
  // Answers after a moment, as a site on the internet does: the navigation check races the site's answer, and a server
  // on this computer answering at once can win on a busy machine (the page then commits, and the last check at
  // commit replaces it, which the warning page's "?replaced" tells).
  server.route(LISTED, (_req, res) => {
    setTimeout(() => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><title>Listed</title><h1 id="listed">${LISTED}</h1>`), SITE_ANSWERS_AFTER_MS);
  });
  ext = await launchWithExtension();
  await waitForBlockRules(ext);
  await changeSiteAccess(ext, 'ON_CLICK');
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('site access taken away in the browser settings', () => {
  it('a scam page is not called safe: the popup says it could not be checked, why, and how to undo it; the badge shows it', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url(SCAM, '/'));
    const tabId = await tabIdOf(ext, page);
    await expect.poll(() => badgeText(ext, tabId)).toBe('!');
    const popup = await openPopupFor(ext, tabId);
    const verdict = popup.getByTestId('verdict');
    await expect.poll(() => verdict.getAttribute('data-level')).toBe('unchecked');
    expect(await verdict.textContent()).toContain(english.popupNotChecked!.message);
    expect(await verdict.textContent()).toContain(SCAM);
    expect(await popup.getByTestId('site-access').textContent()).toContain(english.siteAccessOff!.message);
    expect(await popup.getByTestId('site-access-action').textContent()).toBe(english.siteAccessRestore!.message);
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('a listed site is still sent to the warning page before it loads, though the browser\'s rules no longer act on it', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url(LISTED, '/')).catch(() => undefined);
    await page.getByTestId('interstitial').waitFor();
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('#listed').count()).toBe(0);
    await page.close();
  });

  it('the settings page says it too; once access is given back, the popup checks pages again', async () => {
    const options = await ext.context.newPage();
    await options.goto(ext.extensionUrl('options.html'));
    expect(await options.getByTestId('site-access').textContent()).toContain(english.siteAccessOff!.message);
    expect(await seriousViolations(options)).toEqual([]);

    await changeSiteAccess(ext, 'ON_ALL_SITES');
    await options.reload();
    await options.getByTestId('setting-blocklist').waitFor();
    expect(await options.getByTestId('site-access').count()).toBe(0);
    const page = await ext.context.newPage();
    await page.goto(server.url(SCAM, '/'));
    const tabId = await tabIdOf(ext, page);
    await expect.poll(() => badgeText(ext, tabId)).toBe('!');
    const popup = await openPopupFor(ext, tabId);
    await expect.poll(() => popup.getByTestId('verdict').getAttribute('data-level')).toBe('danger');
    expect(await popup.getByTestId('site-access').count()).toBe(0);
  });
});
