import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations, walkWithKeyboard } from './a11y-check';
import { bannerLevel, clickInBanner, exposeBannerRoot } from './banner';
import { bundledHosts, launchWithExtension, sendFromPage, openPopupFor, startSiteServer, tabIdOf, waitForBlockRules, type ExtensionBrowser, type SiteServer } from './harness';

/**
 * "This warning is a mistake" from the popup, the banner and the warning page: the form opens, saves a
 * false-positive report that the history shows with the site (and, for a listed site, the list to ask),
 * and nothing about the site's protection changes.
 */
const FLAGGED_HOST = 'quantum-profit-trade.example';
const FLAGGED_PAGE = `<!doctype html><title>Quantum Profit – AI crypto trading</title>
<h1>Guaranteed 300% profit every month</h1><p>Deposit USDT to TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE</p>`;
const LISTED = bundledHosts()[Math.floor(bundledHosts().length / 2)]!;
/** The real project pages of the bundled list's sections (scripts/build-bundled-list.ts, README credits). */
const BUNDLED_LIST_PAGES = ['https://github.com/polkadot-js/phishing', 'https://github.com/phantom/blocklist', 'https://github.com/409H/EtherAddressLookup'];
const POLL = { timeout: 20_000, interval: 100 };

let server: SiteServer;
let ext: ExtensionBrowser;
/** What the organisation endpoint (http://127.0.0.1:PORT/inbox) received. */
const received: { report: { kind: string; evidence: { host: string } } }[] = [];

function organisationInbox(req: IncomingMessage, res: ServerResponse): void {
  let data = '';
  req.on('data', (chunk) => (data += chunk));
  req.on('end', () => {
    received.push(JSON.parse(data) as (typeof received)[number]);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{}');
  });
}

beforeAll(async () => {
  server = await startSiteServer();
  server.route(FLAGGED_HOST, FLAGGED_PAGE);
  server.route('127.0.0.1', organisationInbox);
  ext = await launchWithExtension();
  await waitForBlockRules(ext);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** Saves the opened form with a note, and checks what it says about sending. */
async function saveMistake(form: Page, host: string): Promise<void> {
  await form.getByTestId('mistake-form').waitFor();
  expect(await form.getByTestId('mistake-site').textContent()).toContain(host);
  await form.getByTestId('mistake-notes').fill('I know the people who run it');
  await form.getByTestId('mistake-save').click();
  await form.getByTestId('report-saved').waitFor();
  // Netcraft is never offered for a false positive; the page says why.
  expect(await form.getByTestId('send-netcraft').count()).toBe(0);
  expect(await form.getByTestId('mistake-no-netcraft').textContent()).toContain('Netcraft');
}

/** The history row of the false-positive report about this site. */
async function historyRow(host: string): Promise<{ options: Page; text: string; listPages: string[] }> {
  const options = await ext.context.newPage();
  await options.goto(ext.extensionUrl('options.html'));
  const row = options.getByTestId('report-row').filter({ hasText: host });
  await expect.poll(() => row.count(), POLL).toBe(1);
  expect(await row.locator('[data-kind]').getAttribute('data-kind')).toBe('false-positive');
  const listPages = await row.getByTestId('mistake-list-page').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return { options, text: (await row.textContent()) ?? '', listPages };
}

describe('"This warning is a mistake"', () => {
  it('from the popup of a flagged page: saves a false-positive report, and the site is not blocked for it', async () => {
    const site = await ext.context.newPage();
    await site.goto(server.url(FLAGGED_HOST, '/'));
    expect(await bannerLevel(site)).not.toBeNull();
    const tabId = await tabIdOf(ext, site);
    const popup = await openPopupFor(ext, tabId);
    const [form] = await Promise.all([ext.context.waitForEvent('page'), popup.getByTestId('popup-mistake').click()]);
    expect(form.url()).toContain('mistake');
    await form.getByTestId('mistake-form').waitFor();
    // Flagged by the page check, on no list: the form says so instead of naming a list.
    expect(await form.getByTestId('mistake-lists').count()).toBe(0);
    expect(await seriousViolations(form)).toEqual([]);
    const walk = await walkWithKeyboard(form);
    expect(walk.unreached).toEqual([]);
    expect(walk.noFocusStyle).toEqual([]);
    await saveMistake(form, FLAGGED_HOST);
    expect(await form.getByTestId('report-saved').textContent()).not.toContain('blocked');

    const { options, text } = await historyRow(FLAGGED_HOST);
    expect(text).toContain('This warning is a mistake');
    expect(await seriousViolations(options, '[data-testid="reports-section"]')).toEqual([]);
    // The site did not join the user's blocked sites, and its warning stays.
    await site.reload();
    expect(await bannerLevel(site)).not.toBeNull();
    expect(server.requests.filter((request) => request.startsWith(FLAGGED_HOST)).length).toBeGreaterThanOrEqual(2);
    for (const page of [site, popup, form, options]) await page.close();
  });

  it('from the banner: the form opens about that tab', async () => {
    const site = await ext.context.newPage();
    await site.goto(server.url(FLAGGED_HOST, '/offer'));
    await exposeBannerRoot(site);
    await clickInBanner(site, 'banner-why');
    const [form] = await Promise.all([ext.context.waitForEvent('page'), clickInBanner(site, 'banner-mistake')]);
    expect(form.url()).toContain(`tab=${await tabIdOf(ext, site)}`);
    await form.getByTestId('mistake-form').waitFor();
    expect(await form.getByTestId('mistake-site').textContent()).toContain(FLAGGED_HOST);
    // The banner is still there: opening the form weakens nothing.
    expect(await bannerLevel(site)).not.toBeNull();
    for (const page of [site, form]) await page.close();
  });

  it('from the warning page of a listed site: names the list and its real page, and the site stays blocked', async () => {
    const warning = await ext.context.newPage();
    await warning.goto(server.url(LISTED, '/'));
    await expect.poll(() => warning.getByTestId('interstitial').getAttribute('data-listed'), POLL).toBe('true');
    const [form] = await Promise.all([ext.context.waitForEvent('page'), warning.getByTestId('warning-mistake').click()]);
    await form.getByTestId('mistake-lists').waitFor();
    const formPages = await form.getByTestId('mistake-list-page').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(formPages.length).toBeGreaterThan(0);
    for (const href of formPages) expect(BUNDLED_LIST_PAGES).toContain(href);
    expect(await seriousViolations(form)).toEqual([]);
    await saveMistake(form, LISTED);

    const { options, text, listPages } = await historyRow(LISTED);
    expect(listPages).toEqual(formPages);
    expect(text).toContain(LISTED);
    // Still blocked: a new visit gets the warning page, and the site itself was never reached.
    const again = await ext.context.newPage();
    await again.goto(server.url(LISTED, '/again'));
    await expect.poll(() => again.getByTestId('interstitial').getAttribute('data-listed'), POLL).toBe('true');
    expect(server.requests.filter((request) => request.startsWith(LISTED))).toEqual([]);
    for (const page of [warning, form, options, again]) await page.close();
  });

  it('goes to the organisation set up in the settings, and never to Netcraft', async () => {
    const settings = await ext.context.newPage();
    await settings.goto(ext.extensionUrl('options.html'));
    await settings.evaluate(
      (endpoint) => chrome.runtime.sendMessage({ type: 'page:setSettings', patch: { reportOrgName: 'Family inbox', reportOrgEndpoint: endpoint } }),
      `http://127.0.0.1:${server.port}/inbox`,
    );
    const site = await ext.context.newPage();
    await site.goto(server.url(FLAGGED_HOST, '/send'));
    expect(await bannerLevel(site)).not.toBeNull();
    const form = await ext.context.newPage();
    await form.goto(ext.extensionUrl(`report.html?tab=${await tabIdOf(ext, site)}&mistake`));
    await saveMistake(form, FLAGGED_HOST);
    await form.getByTestId('send-organisation').check();
    await form.getByTestId('send-report').click();
    await expect.poll(() => received.length, POLL).toBe(1);
    expect(received[0]!.report).toMatchObject({ kind: 'false-positive', evidence: { host: FLAGGED_HOST } });
    // The background refuses Netcraft for it even when asked directly, so the report went to the organisation only.
    const { reports } = (await sendFromPage(settings, { type: 'page:reportList' })).value as { reports: { id: string; kind: string; evidence: { host: string }; deliveries: object }[] };
    const sent = reports.find((report) => report.kind === 'false-positive' && Object.keys(report.deliveries).length > 0)!;
    expect(Object.keys(sent.deliveries)).toEqual(['organisation']);
    const refused = await sendFromPage(settings, { type: 'page:reportSend', id: sent.id, destinations: ['netcraft'], email: 'ann@mail.example', rememberEmail: false });
    expect(refused.ok).toBe(false);
    for (const page of [settings, site, form]) await page.close();
  });
});
