/// <reference types="chrome" />
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { median, type BenchMetric } from './metric.ts';
import { stopExtensionWorker } from './stop-worker.ts';

/**
 * `browser.wake_to_verdict_ms` and `browser.wake_to_page_verdict_ms`: in real Chromium, with the bundled list and the
 * 1M-name feed of bench/browser-sync.ts in place, the extension's service worker is stopped (CDP
 * ServiceWorker.stopAllWorkers; seen stopped, and still stopped half a second later: an event the worker had pending
 * restarts it at once, so it is let run and stopped again), then a tab opens a page; the visit wakes the worker. Each figure
 * runs from the new worker's start (its performance.timeOrigin, read once the verdict exists) until the verdict:
 * - a host the feed lists beyond the names its blocking rules carry (so only the woken worker can know it): until
 *   the browser requests the warning page for the tab (`browser.wake_to_redirect_ms`, DevTools'
 *   Network.requestWillBeSent on the tab, timed by the browser's clock: the worker's tabs.update has reached the
 *   browser and its navigation has started), and until the tab
 *   gets the warning page's address (`browser.wake_to_verdict_ms`, tabs.onUpdated: Chromium has committed the
 *   warning page, which takes it tens of milliseconds more);
 * - an unlisted host with a scam fixture page: until the worker stores the site's verdict (storage.session, what the
 *   popup and badge read), seen by a listener in an extension page opened before the stop. This one includes the
 *   page's load and the content script's wait for an idle moment, which run while the worker loads its lists.
 * Each figure is the median of WAKES such wakes (one wake's time moves by tens of milliseconds from one to the next).
 * The same wakes of a floor extension (bench/floor-extension.ts: a worker that does nothing but send the tab on, or
 * store a verdict as the page commits) give `browser.floor.*`: what Chromium itself takes, in the same minutes.
 * A worker that started before the visit (woken by something else) fails the run rather than give a figure.
 * Playwright stays attached to the worker as a debugger (as in the e2e tests); what that costs a start is inside.
 * (Measured once without it, through a bare DevTools connection that only talks to pages, the figures were the
 * same within the noise: the start is not slowed much by the debugger.)
 */
const TIMEOUT_MS = 30_000;
const WAKES = 5;
export const SCAM_HOST = 'wake-bench-recovery-desk.net';
const SCAM_PAGE = readFileSync(resolve(import.meta.dirname, '../../tests/fixtures/html/scam-recovery-en.html'));

export async function measureBrowserWake(context: BrowserContext, extensionOrigin: string, listedHost: string, prefix = 'browser'): Promise<BenchMetric[]> {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(req.headers.host?.startsWith(`${SCAM_HOST}:`) ? SCAM_PAGE : '<!doctype html><title>Plain</title><p>Plain page.</p>');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  // A page of the extension listens for the verdicts; opened before the worker is stopped, so whatever it
  // asks the worker at load is answered by the old worker.
  const listener = await context.newPage();
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  try {
    await listener.goto(`${extensionOrigin}/options.html`);
    await listener.waitForLoadState('load');
    await cdp.send('Network.enable');
    const redirect: number[] = [];
    const warned: number[] = [];
    const page: number[] = [];
    for (let wake = 0; wake < WAKES; wake++) {
      await listenForVerdicts(listener, extensionOrigin);
      const redirectStart = warningRequested(cdp, extensionOrigin);
      const listed = await wakeAndVisit(context, cdp, tab, extensionOrigin, `http://${listedHost}:${port}/`, async () => [
        await redirectStart,
        await listener.evaluate(() => (globalThis as { benchWarnedAt?: Promise<number> }).benchWarnedAt!),
      ]);
      redirect.push(listed[0]!);
      warned.push(listed[1]!);
      const [verdict] = await wakeAndVisit(context, cdp, tab, extensionOrigin, `http://${SCAM_HOST}:${port}/`, async () => [
        await listener.evaluate(() => (globalThis as { benchVerdictAt?: Promise<number> }).benchVerdictAt!),
      ]);
      page.push(verdict!);
    }
    return [
      { metric: `${prefix}.wake_to_redirect_ms`, value: median(redirect), unit: 'ms' },
      { metric: `${prefix}.wake_to_verdict_ms`, value: median(warned), unit: 'ms' },
      { metric: `${prefix}.wake_to_page_verdict_ms`, value: median(page), unit: 'ms' },
    ];
  } finally {
    await cdp.detach().catch(() => undefined);
    await tab.close();
    await listener.close();
    server.close();
  }
}

/**
 * Listens, in the extension's page, for this wake's two answers (a page's listeners do not wake the worker). The
 * site's stored verdict from the wake before is dropped first: storage only tells of a change.
 */
async function listenForVerdicts(listener: Page, extensionOrigin: string): Promise<void> {
  await listener.evaluate(async ([origin, key, timeout]) => {
    await chrome.storage.session.remove('siteVerdicts');
    // No named functions in here: the way the bench's code is handed to the page would not keep them.
    const listeners: [string, string, (resolve: (at: number) => void) => void][] = [
      // When the worker's tabs.update gives the tab the warning page's address.
      ['benchWarnedAt', 'warning page', (resolve) =>
        chrome.tabs.onUpdated.addListener((_tabId: number, change: { url?: string }) => {
          if (change.url?.startsWith(origin)) resolve(Date.now());
        })],
      ['benchVerdictAt', `verdict for ${key}`, (resolve) =>
        chrome.storage.onChanged.addListener((changes: Record<string, chrome.storage.StorageChange>, area: string) => {
          const verdicts = changes.siteVerdicts?.newValue as Record<string, unknown> | undefined;
          if (area === 'session' && verdicts?.[key] !== undefined) resolve(Date.now());
        })],
    ];
    for (const [name, what, listen] of listeners) {
      const answer = new Promise<number>((resolve, reject) => {
        listen(resolve);
        setTimeout(() => reject(new Error(`no ${what} within ${timeout} ms`)), timeout);
      });
      answer.catch(() => undefined); // the wake that does not wait for it must not log its time-out
      (globalThis as unknown as Record<string, Promise<number>>)[name] = answer;
    }
  }, [extensionOrigin, SCAM_HOST, TIMEOUT_MS] as const);
}

/**
 * When the browser first requests one of the extension's pages (the warning page) as the tab's document, by the
 * browser's own clock: an event's arrival in this process can come late on a busy machine.
 */
function warningRequested(cdp: CDPSession, extensionOrigin: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no request for the warning page within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
    const onRequest = ({ request, type, wallTime }: { request: { url: string }; type?: string; wallTime: number }) => {
      if (type !== 'Document' || !request.url.startsWith(extensionOrigin)) return;
      cdp.off('Network.requestWillBeSent', onRequest);
      clearTimeout(timer);
      resolve(wallTime * 1000);
    };
    cdp.on('Network.requestWillBeSent', onRequest);
  });
}

/** Stops the worker, opens `url` in `tab` and gives the times from the new worker's start to each of `verdictAt`. */
async function wakeAndVisit(
  context: BrowserContext,
  cdp: CDPSession,
  tab: Page,
  extensionOrigin: string,
  url: string,
  verdictAt: () => Promise<number[]>,
): Promise<number[]> {
  await stopExtensionWorker(cdp, extensionOrigin);
  const visitAt = Date.now();
  // The listed page never loads (the tab is sent on), so the navigation's own outcome is not awaited.
  void tab.goto(url).catch(() => undefined);
  const ends = await verdictAt();
  // Playwright keeps one handle for the extension's worker across a stop: it evaluates in the worker now running.
  const worker = context.serviceWorkers().find((candidate) => candidate.url().startsWith(extensionOrigin))!;
  const start = await worker.evaluate(() => performance.timeOrigin);
  if (start < visitAt) throw new Error(`the worker started ${visitAt - start} ms before the visit: something else woke it (${url})`);
  return ends.map((end) => end - start);
}
