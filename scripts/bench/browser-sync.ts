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
 */
const NAMES = 1_000_000;
const POLL_MS = 50;
const TIMEOUT_MS = 120_000;

export async function measureBrowserSync(context: BrowserContext, extensionOrigin: string): Promise<BenchMetric> {
  const names = Array.from({ length: NAMES }, (_, i) => `bench-${i.toString(36)}-listed-broker.com`);
  const body = `${names.join('\n')}\n`;
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(body));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.txt`;
  const worker = context.serviceWorkers().find((candidate) => candidate.url().startsWith(extensionOrigin))!;
  const options = await context.newPage();
  try {
    await options.goto(`${extensionOrigin}/options.html`);
    await options.getByTestId('feed-url').fill(feedUrl);
    await options.getByTestId('feed-add').click();
    await options.locator(`[data-testid="feed-row"][data-feed-url="${feedUrl}"]`).waitFor();
    const started = performance.now();
    await options.getByTestId('feed-update').click();
    const deadline = started + TIMEOUT_MS;
    while (performance.now() < deadline) {
      const inPlace = await worker.evaluate(async (name) => {
        const confirmed = (await chrome.storage.session.get('blockRulesConfirmed')).blockRulesConfirmed === true;
        const rules = await chrome.declarativeNetRequest.getDynamicRules();
        return confirmed && rules.some((rule) => rule.condition.requestDomains?.includes(name));
      }, names[0]!);
      if (inPlace) return { metric: 'browser.sync_1m_until_rules_ms', value: performance.now() - started, unit: 'ms' };
      await new Promise((done) => setTimeout(done, POLL_MS));
    }
    throw new Error(`the 1M-name feed's rules were not in place within ${TIMEOUT_MS} ms`);
  } finally {
    await options.close();
    server.close();
  }
}
