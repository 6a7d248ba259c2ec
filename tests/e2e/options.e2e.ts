import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledHosts, launchWithExtension, startSiteServer, waitForBlockRules, type ExtensionBrowser, type SiteServer } from './harness';

const english = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

let ext: ExtensionBrowser;
let server: SiteServer;

beforeAll(async () => {
  server = await startSiteServer();
  ext = await launchWithExtension();
  await waitForBlockRules(ext);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('options page', () => {
  it('repairs damaged saved settings and tells the user', async () => {
    await ext.worker.evaluate(() => chrome.storage.local.set({ settings: { version: 1, blocklistEnabled: 'maybe', language: 'xx' } }));
    const page = await ext.context.newPage();
    await page.goto(ext.extensionUrl('options.html'));
    await expect.poll(() => page.getByTestId('settings-repaired').isVisible()).toBe(true);
    expect(await page.getByTestId('setting-blocklist').isChecked()).toBe(true);
    const stored = await ext.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
    expect(stored).toMatchObject({ blocklistEnabled: true, language: 'auto' });
    await page.close();
  });

  it("turning the blocklist off asks first, then turns the bundled list's rules off; on again restores them", async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.extensionUrl('options.html'));
    const toggle = page.getByTestId('setting-blocklist');
    const rulesets = () => ext.worker.evaluate(() => chrome.declarativeNetRequest.getEnabledRulesets());
    const stored = () => ext.worker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { blocklistEnabled?: boolean } | undefined)?.blocklistEnabled);

    // The question, with the safe answer focused: the switch stays on until the person answers.
    await toggle.click();
    const question = page.getByTestId('switch-off-confirm');
    expect(await question.textContent()).toContain(english.switchOffBlocklist!.message);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('switch-off-no');
    expect(await toggle.isChecked()).toBe(true);
    await page.keyboard.press('Enter');
    await question.waitFor({ state: 'detached' });
    expect(await toggle.isChecked()).toBe(true);
    expect(await stored()).not.toBe(false);
    expect(await rulesets()).toEqual(['bundled']);

    await toggle.click();
    await page.getByTestId('switch-off-yes').click();
    await expect.poll(rulesets).toEqual([]);
    expect(await toggle.isChecked()).toBe(false);
    await toggle.check();
    await expect.poll(rulesets).toEqual(['bundled']);
    await page.close();
  });
});

describe('warning page opened with no page to go back to', () => {
  it('"Go back to safety" opens a new tab and closes the warning', async () => {
    // A tab whose very first page is the warning (opened from another program): nothing to go back to.
    const url = ext.extensionUrl(`interstitial.html#https://${bundledHosts()[0]}/`);
    const opened = ext.context.waitForEvent('page', (p) => p.url().startsWith(url.split('#')[0]!));
    await ext.worker.evaluate((target) => chrome.tabs.create({ url: target }), url);
    const page = await opened;
    const newTab = ext.context.waitForEvent('page', (p) => !p.url().includes('interstitial.html'));
    await page.getByTestId('go-back').click();
    await newTab;
    await expect.poll(() => page.isClosed()).toBe(true);
  });
});
