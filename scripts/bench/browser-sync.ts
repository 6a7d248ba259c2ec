/// <reference types="chrome" />
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext } from 'playwright-core';
import type { BenchMetric } from './metric.ts';

/**
 * `browser.sync_1m_until_rules_ms`: what a person waits, in real Chromium, from pressing "Update now" on a
 * subscribed 1M-name feed (served on 127.0.0.1) until the browser's blocking rules hold its names and the worker
 * has confirmed them (`blockRulesConfirmed` in storage.session, protection.ts). Download, parse, gate, compile,
 * store and the rule install are all inside it; `blocklist.sync_1m_ms` in `npm run bench` is the Node-side part.
 * The worker is not polled (a poll costs the worker time, and reading 100,000 names back from the browser takes it
 * longer than installing them): a listener in the worker notes each confirmation, and the first one after which the
 * browser's first rule holds the feed's first name gives the figure (its time is the confirmation's, not the check's).
 */
const NAMES = 1_000_000;

/** The feed's names, one per index; the last ones lie beyond what the feed's blocking rules carry. */
export const benchFeedName = (i: number) => `bench-${i.toString(36)}-listed-broker.com`;
export const BENCH_FEED_NAMES = NAMES;
const TIMEOUT_MS = 120_000;

export async function measureBrowserSync(context: BrowserContext, extensionOrigin: string): Promise<BenchMetric> {
  const names = Array.from({ length: NAMES }, (_, i) => benchFeedName(i));
  // Encoded once: the time a server takes to produce the list is not the extension's.
  const body = Buffer.from(`${names.join('\n')}\n`);
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/plain', 'content-length': body.length }).end(body));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.txt`;
  const worker = context.serviceWorkers().find((candidate) => candidate.url().startsWith(extensionOrigin))!;
  const options = await context.newPage();
  try {
    await options.goto(`${extensionOrigin}/options.html`);
    await options.getByTestId('feed-url').fill(feedUrl);
    await options.getByTestId('feed-add').click();
    await options.locator(`[data-testid="feed-row"][data-feed-url="${feedUrl}"]`).waitFor();
    // Before the sync starts, the rules of the lists as they were are confirmed (and hold none of these names).
    // Listening before the click (the evaluation ends once the listener is set); read after it.
    await worker.evaluate(([name, timeout]) => {
      (globalThis as { benchConfirmedAt?: Promise<number> }).benchConfirmedAt = new Promise<number>((resolve, reject) => {
        // Inline and never removed (the browser closes after the figure): a named function would not survive the
        // way the bench's code is handed to the worker.
        chrome.storage.onChanged.addListener((changes: Record<string, chrome.storage.StorageChange>, area: string) => {
          if (area !== 'session' || changes.blockRulesConfirmed?.newValue !== true) return;
          const at = Date.now();
          void chrome.declarativeNetRequest.getDynamicRules({ ruleIds: [1] }).then((rules) => {
            if (rules.some((rule) => rule.condition.requestDomains?.includes(name))) resolve(at);
          }, reject);
        });
        setTimeout(() => reject(new Error(`the 1M-name feed's rules were not in place within ${timeout} ms`)), timeout);
      });
    }, [names[0]!, TIMEOUT_MS] as const);
    const started = Date.now();
    await options.getByTestId('feed-update').click();
    const confirmedAt = await worker.evaluate(() => (globalThis as { benchConfirmedAt?: Promise<number> }).benchConfirmedAt!);
    return { metric: 'browser.sync_1m_until_rules_ms', value: confirmedAt - started, unit: 'ms' };
  } finally {
    await options.close();
    server.close();
  }
}
