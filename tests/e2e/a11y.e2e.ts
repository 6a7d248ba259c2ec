import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations, walkWithKeyboard } from './a11y-check';
import { exposeBannerRoot, openCopyOfBanner } from './banner';
import { launchWithExtension, openPopupFor, startSiteServer, tabIdOf, waitForBlockRules, type ExtensionBrowser, type SiteServer } from './harness';

/** axe-core (no serious or critical violations) and a keyboard walk on every screen people use. */
const bundled = readFileSync(resolve(import.meta.dirname, '../../public/lists/bundled.txt'), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#') && /^[a-z0-9-]+\.[a-z]+$/.test(line));
const LISTED = bundled[Math.floor(bundled.length / 4)]!;
const RECOVERY_HOST = 'www.funds-back-recovery.example';
/** A fake "recovery service": the content script flags it with recovery signals. */
const RECOVERY_PAGE = `<!doctype html><html lang="en"><title>Recover lost crypto</title><main><h1>Recover lost crypto</h1>
<p>Lost money to a scam broker? Our ethical hackers and blockchain forensic experts recover your funds.
We work in partnership with Interpol and the FBI. We have recovered over $40 million for 3,000 clients.
Pay the recovery fee today and we recover stolen bitcoin within 48 hours.</p></main></html>`;

let server: SiteServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startSiteServer();
  server.route(RECOVERY_HOST, RECOVERY_PAGE);
  ext = await launchWithExtension();
  await waitForBlockRules(ext);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function expectAccessible(page: Page, label: string): Promise<void> {
  expect(await seriousViolations(page), `${label}: axe`).toEqual([]);
  const walk = await walkWithKeyboard(page);
  expect(walk.reachedCount, `${label}: some control reached`).toBeGreaterThan(0);
  expect(walk.unreached, `${label}: unreachable by keyboard`).toEqual([]);
  expect(walk.noFocusStyle, `${label}: no visible focus`).toEqual([]);
}

describe('accessibility', () => {
  it('warning page, with its confirmation step', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url(LISTED, '/'));
    await page.getByTestId('interstitial').waitFor();
    await expectAccessible(page, 'warning page');
    await page.getByTestId('continue-anyway').click();
    await page.getByTestId('confirm-yes').waitFor();
    await expectAccessible(page, 'warning page confirmation');
    await page.close();
  });

  it('warning page that could not learn the address, and the "blocked" frame page', async () => {
    // What a static rule shows when the worker had not seen the visit (the first moments after install).
    const page = await ext.context.newPage();
    await page.goto(ext.extensionUrl('interstitial.html'));
    await page.getByTestId('interstitial').waitFor();
    expect(await page.locator('.lead').textContent()).toContain('this website');
    expect(await page.getByTestId('continue-anyway').count()).toBe(0);
    await expectAccessible(page, 'warning page without an address');
    await page.goto(ext.extensionUrl('blocked-frame.html'));
    await page.getByTestId('blocked-frame').waitFor();
    expect(await seriousViolations(page), 'blocked frame page: axe').toEqual([]);
    await page.close();
  });

  it('popup for a listed site and for a fake recovery service (with help for victims)', async () => {
    const listed = await ext.context.newPage();
    await listed.goto(server.url(LISTED, '/x'));
    const popup = await openPopupFor(ext, await tabIdOf(ext, listed));
    await popup.getByTestId('verdict').waitFor();
    await expectAccessible(popup, 'popup (listed)');

    const recovery = await ext.context.newPage();
    await recovery.goto(server.url(RECOVERY_HOST, '/'));
    const recoveryTab = await tabIdOf(ext, recovery);
    const recoveryPopup = await openPopupFor(ext, recoveryTab);
    await expect
      .poll(async () => {
        await recoveryPopup.reload();
        await recoveryPopup.getByTestId('verdict').waitFor();
        return recoveryPopup.getByTestId('victim-help').count();
      }, { timeout: 20_000 })
      .toBe(1);
    await expectAccessible(recoveryPopup, 'popup (recovery)');
    await recoveryPopup.getByTestId('trust-site').click();
    await recoveryPopup.getByTestId('trust-confirm').waitFor();
    await expectAccessible(recoveryPopup, 'popup (trust confirmation)');
    await Promise.all([popup.close(), recoveryPopup.close(), listed.close()]);

    // The in-page banner on the same page (built by the content script in a shadow root).
    await exposeBannerRoot(recovery);
    const walk = await walkWithKeyboard(recovery);
    expect(walk.unreached, 'banner: unreachable by keyboard').toEqual([]);
    expect(walk.noFocusStyle, 'banner: no visible focus').toEqual([]);
    // Its shadow root is closed to axe too: axe reads a faithful open copy.
    expect(await seriousViolations(recovery, await openCopyOfBanner(recovery)), 'banner: axe').toEqual([]);
    await recovery.close();
  });

  it('options page, with family mode off, then on and locked, and the PIN prompt', async () => {
    const options = await ext.context.newPage();
    await options.goto(ext.extensionUrl('options.html'));
    await options.getByTestId('family-section').waitFor();
    await expectAccessible(options, 'options');
    await options.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'page:familySetup', pin: '2580', guardian: { name: 'Sam Lee', phone: '+44 20 7946 0018' } }),
    );
    await options.reload();
    await options.getByTestId('family-unlock').click();
    await options.getByTestId('pin-prompt').waitFor();
    await expectAccessible(options, 'options (PIN prompt)');

    const page = await ext.context.newPage();
    await page.goto(server.url(LISTED, '/pin'));
    await page.getByTestId('guardian-callout').waitFor();
    await page.getByTestId('continue-anyway').click();
    await page.getByTestId('confirm-yes').click();
    await page.getByTestId('pin-prompt').waitFor();
    await expectAccessible(page, 'warning page (PIN prompt)');
    await Promise.all([page.close(), options.close()]);
  });
});
