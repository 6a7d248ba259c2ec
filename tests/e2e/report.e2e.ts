import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations, walkWithKeyboard } from './a11y-check';
import { launchWithExtension, openPopupFor, startSiteServer, tabIdOf, type ExtensionBrowser, type SiteServer } from './harness';

/**
 * The report flow in Chromium, against real HTTP endpoints on 127.0.0.1: the organisation endpoint
 * is configured as http://127.0.0.1:PORT (allowed for this computer only), and the browser's request
 * to Netcraft's fixed https address is handed to the same local server by Playwright, so nothing
 * leaves the machine and the extension carries no test-only address.
 */
const SCAM_HOST = 'quantum-profit-trade.example';
const SCAM_PAGE = `<!doctype html><title>Quantum Profit – AI crypto trading</title>
<h1>Guaranteed 300% profit every month</h1><p>Deposit USDT to TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE</p>`;

interface Received {
  path: string;
  host: string;
  body: Record<string, unknown>;
}

/** Generous waits: the machine may be busy with other browser tests. */
const POLL = { timeout: 20_000, interval: 100 };

let server: SiteServer;
let ext: ExtensionBrowser;
const received: Received[] = [];
/** What the organisation endpoint answers next. */
let organisationAnswer = 500;

function collect(status: () => number) {
  return (req: IncomingMessage, res: ServerResponse, host: string) => {
    let data = '';
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => {
      received.push({ path: req.url ?? '', host, body: JSON.parse(data) as Record<string, unknown> });
      res.writeHead(status(), { 'content-type': 'application/json' });
      res.end(host === 'report.netcraft.com' ? '{"message":"Successfully reported","uuid":"test-uuid"}' : '{}');
    });
  };
}

beforeAll(async () => {
  server = await startSiteServer();
  server.route(SCAM_HOST, SCAM_PAGE);
  server.route('report.netcraft.com', collect(() => 200));
  server.route('127.0.0.1', collect(() => organisationAnswer));
  ext = await launchWithExtension();
  // Netcraft's real address, answered by the local server (the extension's own fetch, routed by Playwright).
  await ext.context.route('https://report.netcraft.com/**', async (route) => {
    const url = new URL(route.request().url());
    const response = await route.fetch({
      url: `http://127.0.0.1:${server.port}${url.pathname}`,
      headers: { ...route.request().headers(), host: `report.netcraft.com:${server.port}` },
    });
    await route.fulfill({ response });
  });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/**
 * A busy background, made certain (as on a slow machine just after install, or a worker waking with a large
 * list): in this page, the answer to every message sent after the first paint is held until the person first
 * types. What the page shows in its fields must not wait for any of them.
 */
function holdLateAnswersUntilTyping(): void {
  const send = chrome.runtime.sendMessage.bind(chrome.runtime) as (message: unknown) => Promise<unknown>;
  let typed = () => {};
  const typing = new Promise<void>((resolve) => (typed = resolve));
  document.addEventListener('input', () => typed(), { once: true });
  (chrome.runtime as { sendMessage: unknown }).sendMessage = (message: unknown) => {
    const painted = document.getElementById('app')?.hasChildNodes() === true;
    const answer = send(message);
    return painted ? answer.then(async (value) => (await typing, value)) : answer;
  };
}

async function openOptions({ slowBackground = false } = {}): Promise<Page> {
  const options = await ext.context.newPage();
  if (slowBackground) await options.addInitScript(holdLateAnswersUntilTyping);
  await options.goto(ext.extensionUrl('options.html'));
  await options.getByTestId('reports-section').waitFor();
  return options;
}

describe('reporting a scam site', () => {
  it('sets up the organisation that receives reports in the options page, typed before the background has answered', async () => {
    const options = await openOptions({ slowBackground: true });
    await options.getByTestId('report-org-endpoint').fill('http://reports.example.org/inbox');
    await options.getByTestId('report-org-save').click();
    // The answers that came after the typing did not wipe it.
    expect(await options.getByTestId('report-org-endpoint').inputValue()).toBe('http://reports.example.org/inbox');
    await expect.poll(() => options.getByTestId('report-org-form').getByRole('alert').textContent(), POLL).toContain('https://');
    await options.getByTestId('report-org-name').fill('Family inbox');
    await options.getByTestId('report-org-endpoint').fill(`http://127.0.0.1:${server.port}/inbox`);
    await options.getByTestId('report-org-save').click();
    await expect.poll(() => ext.worker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { reportOrgEndpoint?: string } | undefined)?.reportOrgEndpoint), POLL).toBe(
      `http://127.0.0.1:${server.port}/inbox`,
    );
    await options.getByTestId('report-history-empty').waitFor();
    await options.close();
  });

  it('opens from the popup, shows the evidence, saves, sends, retries and lists the report as sent', async () => {
    const site = await ext.context.newPage();
    await site.goto(server.url(SCAM_HOST, '/deposit/client/48213/ann.rossi?email=ann%40mail.it#step2'));
    const tabId = await tabIdOf(ext, site);
    // Wait until the page check has run: it hands the page's title and crypto addresses over.
    const check = await openPopupFor(ext, tabId);
    await expect.poll(async () => (await check.reload(), check.getByTestId('verdict').getAttribute('data-checked')), POLL).toBe('true');
    await check.close();

    const popup = await openPopupFor(ext, tabId);
    const [form] = await Promise.all([ext.context.waitForEvent('page'), popup.getByTestId('report-site').click()]);
    await form.waitForURL((url) => url.pathname === '/report.html');
    expect(new URL(form.url()).searchParams.get('tab')).toBe(String(tabId));

    // The evidence is shown before anything is saved; the client number, the name and the query (they name the
    // victim) are cut off.
    const strippedUrl = `http://${SCAM_HOST}:${server.port}/deposit/client/`;
    await expect.poll(() => form.getByTestId('evidence-url').textContent(), POLL).toBe(strippedUrl);
    expect(await form.getByTestId('evidence-title').textContent()).toBe('Quantum Profit – AI crypto trading');
    expect(await form.getByTestId('evidence-version').textContent()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(await form.getByTestId('evidence-addresses').textContent()).toContain('TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE');
    // Nothing can be saved before the user says what kind of scam it is.
    expect(await form.getByTestId('report-save').isDisabled()).toBe(true);
    await form.getByTestId('report-keep-full-address').check();
    await expect.poll(() => form.getByTestId('evidence-url').textContent(), POLL).toBe(`${strippedUrl}48213/ann.rossi?email=ann%40mail.it#step2`);
    await form.getByTestId('report-keep-full-address').uncheck();
    await expect.poll(() => form.getByTestId('evidence-url').textContent(), POLL).toBe(strippedUrl);
    expect(await seriousViolations(form)).toEqual([]);
    const walk = await walkWithKeyboard(form);
    // Tab stops once in a group of radio buttons (arrow keys move inside it), as browsers do.
    expect(walk.unreached.every((control) => /report-kind-(?!fake-trading)/.test(control))).toBe(true);
    expect(walk.noFocusStyle).toEqual([]);
    await form.getByTestId('report-kind-fake-trading').focus();
    await form.keyboard.press('ArrowDown');
    expect(await form.getByTestId('report-kind-fake-recovery').isChecked()).toBe(true);

    // A picture only on request, previewed before saving.
    expect(await form.getByTestId('report-screenshot-preview').count()).toBe(0);
    await form.getByTestId('report-screenshot').check();
    await expect.poll(() => form.getByTestId('report-screenshot-preview').getAttribute('src'), POLL).toMatch(/^data:image\/jpeg;base64,/);

    await form.getByTestId('report-kind-fake-trading').check();
    await form.getByTestId('report-lost-money').check();
    await form.getByTestId('report-notes').fill('A man called Mark told me to install AnyDesk.');
    expect(received).toEqual([]);
    await form.getByTestId('report-save').click();
    await form.getByTestId('report-saved').waitFor();
    expect(received).toEqual([]);
    // The reported site joins the user's blocked list.
    expect(await form.getByTestId('report-saved').textContent()).toContain('blocked');

    // Send to both; the organisation endpoint is down (HTTP 500) the first time.
    await form.getByTestId('send-netcraft').check();
    await form.getByTestId('send-email').fill('ann@example.org');
    await form.getByTestId('send-organisation').check();
    expect(await seriousViolations(form)).toEqual([]);
    await form.getByTestId('send-report').click();
    const status = form.getByTestId('report-status');
    await expect.poll(() => status.getAttribute('data-status'), POLL).toBe('queued');
    expect(await status.textContent()).toContain('HTTP 500');

    const netcraft = received.filter((request) => request.host === 'report.netcraft.com');
    expect(netcraft).toHaveLength(1);
    expect(netcraft[0]!.path).toBe('/api/v3/report/urls');
    expect(netcraft[0]!.body).toMatchObject({ email: 'ann@example.org', urls: [{ url: strippedUrl }] });
    expect(netcraft[0]!.body.reason).toContain('fake trading');
    expect(netcraft[0]!.body.reason).toContain('lost money');
    expect(netcraft[0]!.body.reason).toContain('AnyDesk');
    const organisation = () => received.filter((request) => request.host === '127.0.0.1');
    expect(organisation()).toHaveLength(1);
    expect(organisation()[0]!.body).toMatchObject({
      format: 'scam-sentinel-report',
      version: 1,
      report: { kind: 'fake-trading', lostMoney: true, evidence: { url: strippedUrl, host: SCAM_HOST, pageTitle: 'Quantum Profit – AI crypto trading' } },
    });
    expect((organisation()[0]!.body.report as { screenshot?: string }).screenshot).toMatch(/^data:image\/jpeg;base64,/);
    expect(JSON.stringify(organisation()[0]!.body)).not.toContain('ann@example.org');
    // The retry is scheduled with an alarm, so it happens even if the page is closed.
    expect(await ext.worker.evaluate(async () => (await chrome.alarms.get('scam-sentinel-report-retry'))?.name ?? null)).toBe('scam-sentinel-report-retry');

    // The endpoint is back: "Try again" sends to the organisation only (Netcraft already has it).
    organisationAnswer = 200;
    await form.getByTestId('report-retry').click();
    await expect.poll(() => status.getAttribute('data-status'), POLL).toBe('sent');
    expect(organisation()).toHaveLength(2);
    expect(received.filter((request) => request.host === 'report.netcraft.com')).toHaveLength(1);
    expect(await ext.worker.evaluate(async () => (await chrome.alarms.get('scam-sentinel-report-retry')) ?? null)).toBeNull();

    const options = await openOptions();
    const row = options.getByTestId('report-row');
    await expect.poll(() => row.count(), POLL).toBe(1);
    expect(await row.getAttribute('data-status')).toBe('sent');
    expect(await row.textContent()).toContain(SCAM_HOST);
    await row.getByRole('button', { name: /details/i }).click();
    await expect.poll(() => options.getByTestId('report-details').textContent(), POLL).toContain('AnyDesk');
    expect(await seriousViolations(options, '[data-testid="reports-section"]')).toEqual([]);
    await options.close();
    await form.close();
    await popup.close().catch(() => undefined);

    // Reported, so blocked: opening the site again shows the warning page instead.
    await expect
      .poll(async () => {
        await site.goto(server.url(SCAM_HOST, '/again'));
        return site.url();
      }, { timeout: 20_000 })
      .toContain(`${ext.extensionId}/interstitial.html#`);
    await site.close();
  });

  it('reports from the warning page; a refused report is failed; the history exports and deletes', async () => {
    organisationAnswer = 400;
    const site = await ext.context.newPage();
    await site.goto(server.url(SCAM_HOST, '/withdraw'));
    await site.getByTestId('interstitial').waitFor();
    const tabId = await tabIdOf(ext, site);
    const form = await ext.context.newPage();
    await form.goto(ext.extensionUrl(`report.html?tab=${tabId}`));
    // The blocked address is reported, not our warning page; no picture of our own page is offered.
    await expect.poll(() => form.getByTestId('evidence-url').textContent(), POLL).toBe(`http://${SCAM_HOST}:${server.port}/withdraw`);
    expect(await form.getByTestId('report-screenshot').count()).toBe(0);
    await form.getByTestId('report-kind-fake-recovery').check();
    await form.getByTestId('report-save').click();
    await form.getByTestId('send-organisation').check();
    await form.getByTestId('send-report').click();
    await expect.poll(() => form.getByTestId('report-status').getAttribute('data-status'), POLL).toBe('failed');
    expect(await form.getByTestId('report-status').textContent()).toContain('HTTP 400');

    const options = await openOptions();
    await expect.poll(() => options.getByTestId('report-row').count(), POLL).toBe(2);
    expect(await options.getByTestId('report-row').first().getAttribute('data-status')).toBe('failed');

    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('report-export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^scam-sentinel-reports-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await download.createReadStream().then(async (stream) => {
      let text = '';
      for await (const chunk of stream) text += chunk;
      return text;
    });
    expect(csv.split('\r\n')[0]).toContain('id,created_at,status,kind');
    expect(csv).toContain('fake-recovery');
    expect(csv).not.toContain('ann@example.org');

    options.on('dialog', (dialog) => void dialog.accept());
    await options.getByTestId('report-row').first().getByTestId('report-row-delete').click();
    await expect.poll(() => options.getByTestId('report-row').count(), POLL).toBe(1);
    expect(await options.getByTestId('report-row').first().getAttribute('data-status')).toBe('sent');
    await options.close();
    await form.close();
    await site.close();
  });
});
