import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exposeBannerRoot } from './banner';
import { launchWithExtension, openPopupFor, startSiteServer, tabIdOf, waitForBlockRules, type ExtensionBrowser, type SiteServer, setExtensionLanguage } from './harness';

/**
 * No English left in it, fr, de, es: each screen is rendered in English and in the other language, and no line
 * of the extension's own text may be the same in both. What the page itself said (quotes, title, addresses, the
 * site's name) is the page's, not ours, and is left out of the comparison.
 */
const RECOVERY_HOST = 'chainback-recovery-experts.net';
const fixture = readFileSync(resolve(import.meta.dirname, '../fixtures/html/scam-recovery-en.html'), 'utf8');
const bundled = readFileSync(resolve(import.meta.dirname, '../../public/lists/bundled.txt'), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#') && /^[a-z0-9-]+\.[a-z]+$/.test(line));
const LISTED = bundled[Math.floor(bundled.length / 3)]!;
const LANGS = ['it', 'fr', 'de', 'es'] as const;
/** The page's own words and names on our screens, and the official names of the agencies to report to. */
const PAGE_OWNED = '[data-testid="help-contact"] a, q, .verdict-host, [data-testid^="evidence-"]:not([data-testid="evidence-signals"]), details, [data-testid="feed-facts"], .feed-url, select, option';
/** Words that are the same in every language. */
const SAME_EVERYWHERE = /^(Scam Sentinel|Netcraft|OK|Email|E-mail|PIN|Name|Protection|×|\?|!|✓|https:\/\/|.{0,3})$/i;

let server: SiteServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startSiteServer();
  server.route(RECOVERY_HOST, fixture);
  ext = await launchWithExtension();
  await waitForBlockRules(ext);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** The screen's own lines of text. */
function linesOf(page: Page): Promise<string[]> {
  return page.evaluate((owned) => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    for (const element of copy.querySelectorAll(owned)) element.remove();
    document.body.append(copy);
    copy.style.cssText = 'position:absolute;left:0;top:0;width:800px';
    const text = copy.innerText;
    copy.remove();
    return text.split('\n').map((line) => line.trim()).filter(Boolean);
  }, PAGE_OWNED);
}

/** Every screen of a flagged page and a listed site, by name: its lines of text. */
async function screens(): Promise<Record<string, string[]>> {
  const site = await ext.context.newPage();
  await site.goto(server.url(RECOVERY_HOST, '/'));
  await exposeBannerRoot(site);
  const banner = await site.evaluate(() => ((window as unknown as { __bannerRoot: ShadowRoot }).__bannerRoot.querySelector('[data-testid="banner"]') as HTMLElement).innerText);
  const tabId = await tabIdOf(ext, site);

  const popup = await openPopupFor(ext, tabId);
  await popup.getByTestId('reasons-more').click();
  const form = await ext.context.newPage();
  await form.goto(ext.extensionUrl(`report.html?tab=${tabId}`));
  await form.getByTestId('evidence-signals').waitFor();
  const warning = await ext.context.newPage();
  await warning.goto(server.url(LISTED, '/'));
  await warning.getByTestId('interstitial').waitFor();
  const mistake = await ext.context.newPage();
  await mistake.goto(ext.extensionUrl(`report.html?tab=${await tabIdOf(ext, warning)}&mistake`));
  await mistake.getByTestId('mistake-lists').waitFor();
  const options = await ext.context.newPage();
  await options.goto(ext.extensionUrl('options.html'));
  await options.getByTestId('feeds-section').waitFor();

  const result = {
    banner: banner.split('\n').map((line) => line.trim()).filter(Boolean),
    popup: await linesOf(popup),
    report: await linesOf(form),
    warning: await linesOf(warning),
    mistake: await linesOf(mistake),
    options: await linesOf(options),
  };
  for (const page of [site, popup, form, warning, mistake, options]) await page.close();
  return result;
}

describe('no English left in other languages', () => {
  it('every screen of a flagged page and a listed site, in it, fr, de and es', async () => {
    await setExtensionLanguage(ext, 'en');
    const english = await screens();
    expect(english.popup?.length ?? 0).toBeGreaterThan(3);
    const leftovers: Record<string, string[]> = {};
    for (const lang of LANGS) {
      await setExtensionLanguage(ext, lang);
      const other = await screens();
      for (const [screen, lines] of Object.entries(other)) {
        const same = lines.filter((line) => english[screen]!.includes(line) && !SAME_EVERYWHERE.test(line) && /[a-z]{3}/i.test(line));
        if (same.length > 0) leftovers[`${lang} ${screen}`] = same;
      }
    }
    expect(leftovers).toEqual({});
  });
});
