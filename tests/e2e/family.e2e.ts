import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boxInBanner, countInBanner, exposeBannerRoot } from './banner';
import { launchWithExtension, openPopupFor, sendFromPage, startSiteServer, tabIdOf, waitForBlockRules, type ExtensionBrowser, type SiteServer } from './harness';

/** Family mode end to end: the guardian sets a PIN in the options page; the background enforces it. */
const bundled = readFileSync(resolve(import.meta.dirname, '../../public/lists/bundled.txt'), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#') && /^[a-z0-9-]+\.[a-z]+$/.test(line));
const LISTED = bundled[Math.floor(bundled.length / 3)]!;
const FRIENDLY = 'www.example-knitting-circle.org';
const SCAM = 'www.aurea-capital-trading.com';
const scamPage = readFileSync(resolve(import.meta.dirname, '../fixtures/html/scam-broker-it.html'), 'utf8');
const english = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
const PIN = '482916';
const GUARDIAN = { name: 'Giulia Rossi', phone: '+39 333 123 4567' };

let server: SiteServer;
let ext: ExtensionBrowser;
let options: Page;

const send = sendFromPage;

beforeAll(async () => {
  server = await startSiteServer();
  server.route(LISTED, `<!doctype html><title>Listed</title><h1 id="listed">${LISTED}</h1>`);
  // A strict policy of the page's own must not keep the guardian's line out of the banner.
  server.route(SCAM, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'self'; frame-src 'none'" });
    res.end(scamPage);
  });
  ext = await launchWithExtension();
  await waitForBlockRules(ext);
  options = await ext.context.newPage();
  await options.goto(ext.extensionUrl('options.html'));
  await options.getByTestId('family-section').waitFor();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('family mode', () => {
  it('a guardian sets it up with a name, a phone number and a PIN (bad input is explained)', async () => {
    await options.getByTestId('family-name').fill(GUARDIAN.name);
    await options.getByTestId('family-phone').fill('call me');
    await options.getByTestId('family-pin').fill('12');
    await options.getByTestId('family-pin-repeat').fill('12');
    await options.getByTestId('family-save').click();
    await options.getByTestId('family-error-phone').waitFor();
    await options.getByTestId('family-error-pin').waitFor();
    expect(await options.getByTestId('family-section').getAttribute('data-enabled')).toBe('false');

    await options.getByTestId('family-phone').fill(GUARDIAN.phone);
    await options.getByTestId('family-pin').fill(PIN);
    await options.getByTestId('family-pin-repeat').fill(PIN);
    await options.getByTestId('family-save').click();
    await expect.poll(() => options.getByTestId('family-section').getAttribute('data-enabled')).toBe('true');
    expect(await options.getByTestId('family-status').textContent()).toContain(GUARDIAN.name);
    // Only a hash is stored.
    const stored = await ext.worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get('family')));
    expect(stored).not.toContain(PIN);
    expect(stored).toContain('PBKDF2');
  });

  it('once locked, settings cannot change without the PIN: the page is disabled and the background refuses', async () => {
    await options.getByTestId('family-lock').click();
    await options.getByTestId('settings-family-locked').waitFor();
    expect(await options.getByTestId('setting-heuristics').isDisabled()).toBe(true);
    const refused = await send(options, { type: 'page:setSettings', patch: { heuristicsEnabled: false } });
    expect(refused).toEqual({ ok: false, value: expect.stringContaining('family-pin-required') });
    const forged = await send(options, { type: 'page:setSettings', patch: { heuristicsEnabled: false }, unlockToken: 'A'.repeat(43) });
    expect(forged.ok).toBe(false);
    const settings = await ext.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as { heuristicsEnabled: boolean });
    expect(settings.heuristicsEnabled).toBe(true);

    // The right PIN unlocks the page, and the change goes through.
    await options.getByTestId('family-unlock').click();
    await options.getByTestId('pin-input').fill(PIN);
    await options.getByTestId('pin-submit').click();
    await options.getByTestId('family-unlocked').waitFor();
    await options.getByTestId('setting-large-text').check();
    const largeText = () => ext.worker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { largeText: boolean }).largeText);
    await expect.poll(largeText).toBe(true);

    // Locked again elsewhere while this page still holds its unlock: the refused change is said in words.
    expect((await send(options, { type: 'page:familyLock' })).ok).toBe(true);
    await options.getByTestId('setting-large-text').click();
    expect(await options.getByTestId('settings-refused').textContent()).toBe(english.familyPinRefused!.message);
    await options.getByTestId('settings-family-locked').waitFor();
    expect(await options.getByTestId('setting-large-text').isChecked()).toBe(true);
    expect(await largeText()).toBe(true);
  });

  it('a locked settings page opened afresh shows its controls locked from its first paint, not a moment later', async () => {
    const fresh = await ext.context.newPage();
    // Notes whether each control could be used when it first appeared, before any later answer could change it.
    await fresh.addInitScript(() => {
      const firstSeen: Record<string, boolean> = {};
      (globalThis as unknown as { firstSeenDisabled: typeof firstSeen }).firstSeenDisabled = firstSeen;
      new MutationObserver(() => {
        for (const id of ['setting-heuristics', 'report-org-save']) {
          // ':disabled' also counts a disabled fieldset around the control.
          const control = document.querySelector(`[data-testid="${id}"]`);
          if (control && !(id in firstSeen)) firstSeen[id] = control.matches(':disabled');
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await fresh.goto(ext.extensionUrl('options.html'));
    await fresh.getByTestId('reports-section').waitFor();
    expect(await fresh.evaluate(() => (globalThis as unknown as { firstSeenDisabled: Record<string, boolean> }).firstSeenDisabled)).toEqual({
      'setting-heuristics': true,
      'report-org-save': true,
    });
    await fresh.close();
  });

  it('"Continue anyway" needs the PIN: a wrong one is refused, the right one opens the site', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url(LISTED, '/'));
    await page.getByTestId('interstitial').waitFor();
    const callout = await page.getByTestId('guardian-callout').textContent();
    expect(callout).toContain(GUARDIAN.name);
    expect(callout).toContain(GUARDIAN.phone);

    await page.getByTestId('continue-anyway').click();
    await page.getByTestId('confirm-yes').click();
    await page.getByTestId('pin-prompt').waitFor();
    await page.getByTestId('pin-input').fill('000000');
    await page.getByTestId('pin-submit').click();
    await expect.poll(() => page.getByTestId('pin-message').textContent()).toMatch(/not right/);
    expect(page.url()).toContain('/interstitial.html#');
    expect(server.requests.filter((r) => r.startsWith(LISTED))).toEqual([]);

    // Skipping the dialog does not help: the background refuses without a token.
    const refused = await send(page, { type: 'page:continueAnyway', url: server.url(LISTED, '/') });
    expect(refused).toEqual({ ok: false, value: expect.stringContaining('family-pin-required') });

    await page.getByTestId('pin-input').fill(PIN);
    await page.getByTestId('pin-submit').click();
    await page.waitForURL((url) => url.hostname === LISTED);
    await page.locator('#listed').waitFor();
    await page.close();
  });

  it('the popup of a listed site says whom to call; trusting a site needs the PIN', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url(FRIENDLY, '/'));
    const tabId = await tabIdOf(ext, page);
    const popup = await openPopupFor(ext, tabId);
    await popup.getByTestId('trust-site').click();
    await popup.getByTestId('trust-yes').click();
    await popup.getByTestId('pin-input').fill(PIN);
    await popup.getByTestId('pin-submit').click();
    await popup.getByTestId('trust-done').waitFor();
    await popup.reload();
    await expect.poll(() => popup.getByTestId('verdict').getAttribute('data-level')).toBe('trusted');
    await popup.close();

    // A listed site stays dangerous even if the user trusts it, and the popup names the guardian.
    const listedTab = await ext.context.newPage();
    await listedTab.goto(server.url(LISTED, '/again'));
    const listedPopup = await openPopupFor(ext, await tabIdOf(ext, listedTab));
    await expect.poll(() => listedPopup.getByTestId('verdict').getAttribute('data-level')).toBe('danger');
    expect(await listedPopup.getByTestId('guardian-callout').textContent()).toContain(GUARDIAN.phone);
    await Promise.all([listedPopup.close(), listedTab.close(), page.close()]);
  });

  it('the banner on a scam page names the guardian in a frame the page itself cannot read', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url(SCAM, '/'));
    await exposeBannerRoot(page);
    await expect.poll(() => countInBanner(page, 'banner-guardian')).toBe(1);
    await expect.poll(() => page.frames().some((f) => f.url().includes('/guardian-call.html'))).toBe(true);
    const callout = page.frames().find((f) => f.url().includes('/guardian-call.html'))!.getByTestId('guardian-callout');
    await expect.poll(() => callout.textContent()).toContain(GUARDIAN.phone);
    expect(await callout.textContent()).toContain(GUARDIAN.name);
    // The frame has a fixed size that holds the text.
    const height = (await boxInBanner(page, 'banner-guardian')).height;
    expect(height).toBeGreaterThan(20);
    expect(height).toBeLessThan(200);

    // The page's own scripts get no handle on the banner (a closed shadow root), let alone the name or the number.
    const seenByPage = await page.evaluate(() => {
      const host = document.querySelector('scam-sentinel-banner');
      let frameText: string | null = null;
      try {
        frameText = [...document.querySelectorAll('iframe')].map((f) => f.contentDocument?.body?.textContent ?? '').join('') || null;
      } catch {
        frameText = null;
      }
      return { host: host !== null, openRoot: host?.shadowRoot != null, banner: host?.textContent ?? '', frameText, whole: document.documentElement.outerHTML };
    });
    expect(seenByPage.host).toBe(true);
    expect(seenByPage.openRoot).toBe(false);
    expect(seenByPage.frameText).toBeNull();
    for (const secret of [GUARDIAN.name, GUARDIAN.phone]) {
      expect(seenByPage.banner).not.toContain(secret);
      expect(seenByPage.whole).not.toContain(secret);
    }
    await page.close();
  });

  it('after five wrong PINs even the right one is refused for a while, and the lock-out is stored', async () => {
    const results: unknown[] = [];
    for (let i = 0; i < 5; i++) results.push((await send(options, { type: 'page:familyUnlock', pin: '1111' })).value);
    expect(results.at(-1)).toMatchObject({ ok: false, reason: 'wrong', attemptsLeft: 0 });
    const right = await send(options, { type: 'page:familyUnlock', pin: PIN });
    expect(right.value).toMatchObject({ ok: false, reason: 'locked' });
    const stored = await ext.worker.evaluate(async () => (await chrome.storage.local.get('familyAttempts')).familyAttempts as { failures: number });
    expect(stored.failures).toBe(5);
  });
});
