import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './a11y-check';
import { bundledHosts, launchWithExtension, openPopupFor, startSiteServer, tabIdOf, waitForBlockRules, type ExtensionBrowser, type SiteServer } from './harness';

/**
 * Trust never silently overrides a scam list (issue 10, holes 6 and 7): trusting a listed site from
 * the options page, from a file or by sync from another browser shows a warning and changes
 * nothing until the user confirms it in this browser (with the PIN in family mode); the popup
 * never offers trust on a listed page.
 */
// Some top-level domains (.dev, .app…) are https-only in Chromium; the test server speaks http.
const listed = bundledHosts().filter((host) => /\.(com|net|org)$/.test(host));
const pick = (fraction: number): string => listed[Math.floor(listed.length * fraction)]!;
const [FROM_OPTIONS, FROM_FILE, FROM_SYNC, IN_POPUP, IN_FAMILY] = [pick(0.1), pick(0.2), pick(0.3), pick(0.4), pick(0.5)];
const PIN = '593017';
/** An unlisted scam page that the page check calls dangerous. */
const SCAM_PAGE_HOST = 'www.aurea-capital-trading.com';
const scamPage = readFileSync(resolve(import.meta.dirname, '../fixtures/html/scam-broker-it.html'), 'utf8');

let server: SiteServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startSiteServer();
  server.route(SCAM_PAGE_HOST, scamPage);
  ext = await launchWithExtension();
  await waitForBlockRules(ext);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** Whether the site opens (rather than the warning page), in a fresh tab. */
async function opens(host: string): Promise<boolean> {
  const page = await ext.context.newPage();
  try {
    await page.goto(server.url(host, '/'));
    await page.waitForLoadState();
    return new URL(page.url()).hostname === host && (await page.locator('#plain').count()) === 1;
  } finally {
    await page.close();
  }
}

async function openOptions(): Promise<Page> {
  const options = await ext.context.newPage();
  await options.goto(ext.extensionUrl('options.html'));
  await options.getByTestId('personal-section').waitFor();
  return options;
}

/** What another of the user's browsers writes to storage.sync when it trusts `host`. */
async function trustFromAnotherBrowser(host: string, device: string): Promise<void> {
  await ext.worker.evaluate(
    async ({ host, device }) => {
      const now = Math.floor(Date.now() / 1000);
      await chrome.storage.sync.set({
        [`personal:${device}`]: { v: 1, gen: 'g1', chunks: 1, updatedAt: now },
        [`personal:${device}:0`]: `g1|${host},t,${now.toString(36)}`,
      });
    },
    { host, device },
  );
}

async function expectWarningFor(options: Page, host: string) {
  const warning = options.locator(`[data-testid="trust-listed-warning"][data-host="${host}"]`);
  await warning.waitFor();
  const text = (await warning.textContent()) ?? '';
  expect(text).toContain(host);
  expect(text).toMatch(/These lists name it as a scam: \S/);
  expect(text).toContain('Scammers often phone their victims and ask them to do exactly this');
  return warning;
}

describe('trusting a site a scam list names', () => {
  it('from "Your own lists": a warning names the lists; nothing changes until "Trust it anyway"', async () => {
    expect(await opens(FROM_OPTIONS)).toBe(false);
    const options = await openOptions();
    await options.getByTestId('personal-site').fill(FROM_OPTIONS);
    await options.getByTestId('personal-trust').click();
    // First the question every trust gets, with "Cancel" focused; then, for a listed site, the lists that name it.
    await expect.poll(() => options.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('trust-no');
    await options.getByTestId('trust-yes').click();
    const warning = await expectWarningFor(options, FROM_OPTIONS);
    expect(await seriousViolations(options)).toEqual([]);
    expect(await options.getByTestId('personal-trusted').count()).toBe(0);
    expect(await opens(FROM_OPTIONS)).toBe(false);

    await warning.getByTestId('trust-listed-confirm').click();
    await options.getByTestId('personal-trusted').getByText(FROM_OPTIONS).waitFor();
    await expect.poll(() => opens(FROM_OPTIONS), { timeout: 15_000 }).toBe(true);
    await options.close();

    // The popup says what is true: trusted although a list names it, so not stopped.
    const page = await ext.context.newPage();
    await page.goto(server.url(FROM_OPTIONS, '/'));
    const popup = await openPopupFor(ext, await tabIdOf(ext, page));
    await expect.poll(() => popup.getByTestId('verdict').getAttribute('data-level')).toBe('trusted');
    const said = (await popup.getByTestId('verdict').textContent()) ?? '';
    expect(said).toContain('even though a scam list names it');
    expect(said).not.toContain('still be warned');
    await Promise.all([popup.close(), page.close()]);
  });

  it('from a lists file: the site waits, blocked, until confirmed here', async () => {
    const options = await openOptions();
    const file = JSON.stringify({ format: 'scam-sentinel-personal-lists', version: 1, blocked: [], trusted: [FROM_FILE] });
    await options.getByTestId('personal-import').setInputFiles({ name: 'lists.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    // First the question any file that trusts sites gets, naming them; nothing changed yet.
    const question = options.getByTestId('import-trust-confirm');
    expect(await question.textContent()).toContain(FROM_FILE);
    expect(await options.locator('[data-testid="personal-row"]', { hasText: FROM_FILE }).count()).toBe(0);
    await options.getByTestId('import-trust-yes').click();
    const warning = await expectWarningFor(options, FROM_FILE);
    expect(await opens(FROM_FILE)).toBe(false);
    await warning.getByTestId('trust-listed-confirm').click();
    await expect.poll(() => options.getByTestId('trust-listed-warning').count()).toBe(0);
    await expect.poll(() => opens(FROM_FILE), { timeout: 15_000 }).toBe(true);
    await options.close();
  });

  it('synced from another browser: the site waits, blocked, until confirmed in this one', async () => {
    await trustFromAnotherBrowser(FROM_SYNC, 'otherpc');
    const options = await openOptions();
    const warning = await expectWarningFor(options, FROM_SYNC);
    expect(await opens(FROM_SYNC)).toBe(false);
    await warning.getByTestId('trust-listed-confirm').click();
    await expect.poll(() => opens(FROM_SYNC), { timeout: 15_000 }).toBe(true);
    await options.close();
  });

  it('the popup offers no "I trust this site" on a listed page, not even after "Continue anyway"', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url(IN_POPUP, '/'));
    await page.getByTestId('interstitial').waitFor();
    let popup = await openPopupFor(ext, await tabIdOf(ext, page));
    await expect.poll(() => popup.getByTestId('verdict').getAttribute('data-level')).toBe('danger');
    expect(await popup.getByTestId('trust-site').count()).toBe(0);
    await popup.close();

    await page.getByTestId('continue-anyway').click();
    await page.getByTestId('confirm-yes').click();
    await page.waitForURL((url) => url.hostname === IN_POPUP);
    popup = await openPopupFor(ext, await tabIdOf(ext, page));
    await popup.getByTestId('open-settings').waitFor();
    expect(await popup.getByTestId('trust-site').count()).toBe(0);
    // The background refuses it too, whatever page asks.
    const refused = await popup.evaluate(
      (url) => chrome.runtime.sendMessage({ type: 'page:trustSite', url }).then(() => 'trusted', (error: unknown) => String(error)),
      server.url(IN_POPUP, '/'),
    );
    expect(refused).toContain('trust-listed-site');
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('the popup on a page the page check calls dangerous', () => {
  it('offers no "I trust this site"', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url(SCAM_PAGE_HOST, '/'));
    const popup = await openPopupFor(ext, await tabIdOf(ext, page));
    await expect.poll(() => popup.getByTestId('verdict').getAttribute('data-level'), { timeout: 15_000 }).toBe('danger');
    await popup.getByTestId('open-settings').waitFor();
    expect(await popup.getByTestId('trust-site').count()).toBe(0);
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('family mode', () => {
  it('synced trust of a listed site waits for the PIN on this browser, asked for in place', async () => {
    const options = await openOptions();
    await options.getByTestId('family-name').fill('Ada Bianchi');
    await options.getByTestId('family-phone').fill('+39 333 765 4321');
    await options.getByTestId('family-pin').fill(PIN);
    await options.getByTestId('family-pin-repeat').fill(PIN);
    await options.getByTestId('family-save').click();
    await options.getByTestId('family-lock').click();

    await trustFromAnotherBrowser(IN_FAMILY, 'tablet');
    await options.reload();
    const warning = await expectWarningFor(options, IN_FAMILY);
    expect(await warning.getByTestId('trust-listed-confirm').isDisabled()).toBe(true);
    expect(await options.getByTestId('personal-trust').isDisabled()).toBe(true);
    expect(await options.getByTestId('feed-add').isDisabled()).toBe(true);
    expect(await options.getByTestId('report-org-save').isDisabled()).toBe(true);
    const skipped = await options.evaluate((host) =>
      chrome.runtime.sendMessage({ type: 'page:confirmTrust', host }).then(() => 'confirmed', (error: unknown) => String(error)), IN_FAMILY);
    expect(skipped).toContain('family-pin-required');
    expect(await opens(IN_FAMILY)).toBe(false);

    await options.getByTestId('personal-family-locked-unlock').click();
    await options.getByTestId('personal-family-locked').getByTestId('pin-input').fill(PIN);
    await options.getByTestId('personal-family-locked').getByTestId('pin-submit').click();
    await expect.poll(() => warning.getByTestId('trust-listed-confirm').isDisabled()).toBe(false);
    expect(await options.getByTestId('feed-add').isDisabled()).toBe(false);
    await warning.getByTestId('trust-listed-confirm').click();
    await expect.poll(() => opens(IN_FAMILY), { timeout: 15_000 }).toBe(true);
    await options.close();
  });
});
