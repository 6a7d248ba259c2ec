/**
 * `npm run screenshots`: pictures of the popup (ok, listed site, flagged page), the warning page, the
 * in-page banner, the report form with the page's signs, the "This warning is a mistake" form of a listed site and the options page, in English and Italian, taken from the built extension in Chromium.
 * Build first (`npm run build`, or `WXT_OUT_DIR=… npx wxt build` with the same WXT_OUT_DIR here).
 * Writes tests/screenshots/<lang>-<screen>.png; the README links them.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, openPopupFor, startSiteServer, tabIdOf, waitForBlockRules } from '../tests/e2e/harness.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'tests/screenshots');
const LANGS = ['en', 'it'] as const;

const LISTED = readFileSync(resolve(ROOT, 'public/lists/bundled.txt'), 'utf8')
  .split('\n')
  .find((line) => /^[a-z0-9-]+\.[a-z]+$/.test(line))!;
const RECOVERY_HOST = 'www.funds-back-recovery.example';
const SAFE_HOST = 'www.village-bakery.example';
const RECOVERY_PAGE = `<!doctype html><html lang="en"><head><title>Recover lost crypto</title>
<style>body{font-family:Georgia,serif;margin:0;padding:6rem 3rem;background:#f4f1ea}h1{color:#0a3d62}</style></head>
<body><h1>Get your lost crypto back</h1><p>Lost money to a scam broker? Our ethical hackers and blockchain forensic experts
recover your funds. We work in partnership with Interpol and the FBI. We have recovered over $40 million for 3,000 clients.
Pay the recovery fee today and we recover stolen bitcoin within 48 hours.</p></body></html>`;

async function shoot(page: Page, name: string): Promise<void> {
  const path = resolve(OUT, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  console.log(`wrote ${path}`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startSiteServer();
  server.route(RECOVERY_HOST, RECOVERY_PAGE);
  server.route(SAFE_HOST, '<!doctype html><title>Village bakery</title><h1>Fresh bread every morning</h1>');
  const ext = await launchWithExtension();
  try {
    await waitForBlockRules(ext);
    const options = await ext.context.newPage();
    await options.setViewportSize({ width: 1000, height: 900 });
    await options.goto(ext.extensionUrl('options.html'));
    for (const lang of LANGS) {
      await options.evaluate((language) => chrome.runtime.sendMessage({ type: 'page:setSettings', patch: { language } }), lang);
      await options.reload();
      await options.getByTestId('family-section').waitFor();
      await shoot(options, `${lang}-options`);

      const warning = await ext.context.newPage();
      await warning.setViewportSize({ width: 1000, height: 800 });
      await warning.goto(server.url(LISTED, '/'));
      await warning.getByTestId('interstitial').waitFor();
      await shoot(warning, `${lang}-warning`);

      const mistake = await ext.context.newPage();
      await mistake.setViewportSize({ width: 1000, height: 800 });
      await mistake.goto(ext.extensionUrl(`report.html?tab=${await tabIdOf(ext, warning)}&mistake`));
      await mistake.getByTestId('mistake-lists').waitFor();
      await shoot(mistake, `${lang}-mistake`);
      await mistake.close();

      const recovery = await ext.context.newPage();
      await recovery.setViewportSize({ width: 1000, height: 700 });
      await recovery.goto(server.url(RECOVERY_HOST, '/'));
      await recovery.locator('scam-sentinel-banner').waitFor({ state: 'attached', timeout: 20_000 });
      await recovery.waitForTimeout(300);
      await recovery.screenshot({ path: resolve(OUT, `${lang}-banner.png`) });
      console.log(`wrote ${resolve(OUT, `${lang}-banner.png`)}`);

      const report = await ext.context.newPage();
      await report.setViewportSize({ width: 1000, height: 900 });
      await report.goto(ext.extensionUrl(`report.html?tab=${await tabIdOf(ext, recovery)}`));
      await report.getByTestId('evidence-signals').locator('li').first().waitFor();
      await shoot(report, `${lang}-report`);
      await report.close();

      const safe = await ext.context.newPage();
      await safe.goto(server.url(SAFE_HOST, '/'));
      for (const [name, tab] of [['popup-ok', safe], ['popup-danger', warning], ['popup-recovery', recovery]] as const) {
        const popup = await openPopupFor(ext, await tabIdOf(ext, tab));
        await popup.setViewportSize({ width: 360, height: 600 });
        await popup.getByTestId('verdict').waitFor();
        await shoot(popup, `${lang}-${name}`);
        await popup.close();
      }
      await Promise.all([warning.close(), recovery.close(), safe.close()]);
    }
  } finally {
    await ext.close();
    await server.close();
  }
}

await main();
