import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openPopupFor, startSiteServer, tabIdOf, waitForBlockRules, type ExtensionBrowser, type SiteServer } from './harness';

/** The user picks Italian in the options page; the popup and the warning page follow. */
const locales = resolve(import.meta.dirname, '../../public/_locales');
const text = (lang: string) => JSON.parse(readFileSync(resolve(locales, lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
const en = text('en');
const it_ = text('it');
const bundled = readFileSync(resolve(import.meta.dirname, '../../public/lists/bundled.txt'), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#') && /^[a-z0-9-]+\.[a-z]+$/.test(line));
const LISTED = bundled[Math.floor((bundled.length * 2) / 3)]!;

let server: SiteServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startSiteServer();
  ext = await launchWithExtension();
  await waitForBlockRules(ext);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('choosing the language', () => {
  it('switches the options page, the popup and the warning page to Italian', async () => {
    const warning = await ext.context.newPage();
    await warning.goto(server.url(LISTED, '/'));
    await warning.getByTestId('interstitial').waitFor();
    expect(await warning.locator('h1').textContent()).toBe(en.warningHeading!.message);

    const options = await ext.context.newPage();
    await options.goto(ext.extensionUrl('options.html'));
    await options.getByTestId('setting-language').selectOption('it');
    await expect.poll(() => options.locator('h1').textContent()).toBe(it_.optionsTitle!.message);
    expect(await options.locator('html').getAttribute('lang')).toBe('it');
    expect(await options.getByTestId('family-section').locator('h2').textContent()).toBe(it_.familyHeading!.message);

    await warning.reload();
    await warning.getByTestId('interstitial').waitFor();
    expect(await warning.locator('html').getAttribute('lang')).toBe('it');
    expect(await warning.locator('h1').textContent()).toBe(it_.warningHeading!.message);
    expect(await warning.getByTestId('continue-anyway').textContent()).toBe(it_.continueAnyway!.message);

    const popup = await openPopupFor(ext, await tabIdOf(ext, warning));
    await expect.poll(() => popup.getByTestId('verdict').getAttribute('data-level')).toBe('danger');
    expect(await popup.locator('html').getAttribute('lang')).toBe('it');
    expect(await popup.getByTestId('verdict').textContent()).toContain(it_.popupDanger!.message);
    expect(await popup.getByTestId('open-settings').textContent()).toBe(it_.openSettings!.message);

    // And back to English.
    await options.getByTestId('setting-language').selectOption('en');
    await expect.poll(() => options.locator('h1').textContent()).toBe(en.optionsTitle!.message);
    await popup.reload();
    await expect.poll(() => popup.getByTestId('open-settings').textContent()).toBe(en.openSettings!.message);
    await Promise.all([popup.close(), options.close(), warning.close()]);
  });
});
