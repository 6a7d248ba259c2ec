/// <reference types="chrome" />
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/**
 * Browser-test harness: the built extension in Debian's Chromium, and a local web server that
 * answers for any host name (Chromium maps every name to 127.0.0.1), so tests visit realistic
 * domains without any network.
 */
export const EXTENSION_DIR = resolve(import.meta.dirname, '../..', process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type Route = (req: IncomingMessage, res: ServerResponse, host: string) => void;

export interface SiteServer {
  port: number;
  /** Every request the server saw, as "host path". */
  requests: string[];
  /** Registers what a host serves; unknown hosts get a plain page. */
  route(host: string, handler: Route | string): void;
  url(host: string, path?: string): string;
  close(): Promise<void>;
}

export async function startSiteServer(): Promise<SiteServer> {
  const routes = new Map<string, Route>();
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    requests.push(`${host} ${req.url ?? ''}`);
    const route = routes.get(host);
    if (route) return route(req, res, host);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>${host}</title><h1 id="plain">Plain page on ${host}</h1>`);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    requests,
    route(host, handler) {
      routes.set(
        host,
        typeof handler === 'string'
          ? (_req, res) => {
              res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
              res.end(handler);
            }
          : handler,
      );
    },
    url: (host, path = '/') => `http://${host}:${port}${path}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

/** `extraArgs`: more Chromium switches for one test file (e.g. to accept a test https server's certificate). */
export async function launchWithExtension(extraArgs: readonly string[] = []): Promise<ExtensionBrowser> {
  const { context, userDataDir } = await launchChromium([`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...extraArgs]);
  return extensionBrowser(context, userDataDir);
}

/**
 * A browser without the extension, and a way to install it later, as a person does with tabs already open
 * (DevTools' Extensions.loadUnpacked, allowed by --enable-unsafe-extension-debugging).
 */
export async function launchThenInstall(): Promise<{ context: BrowserContext; install(): Promise<ExtensionBrowser>; close(): Promise<void> }> {
  const { context, userDataDir } = await launchChromium(['--enable-unsafe-extension-debugging']);
  return {
    context,
    close: () => closeBrowser(context, userDataDir),
    async install() {
      const cdp = await context.browser()!.newBrowserCDPSession();
      await cdp.send('Extensions.loadUnpacked', { path: EXTENSION_DIR });
      await cdp.detach();
      return extensionBrowser(context, userDataDir);
    },
  };
}

async function launchChromium(extraArgs: readonly string[]): Promise<{ context: BrowserContext; userDataDir: string }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'scam-sentinel-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--host-resolver-rules=MAP * 127.0.0.1',
      ...extraArgs,
    ],
  });
  return { context, userDataDir };
}

async function extensionBrowser(context: BrowserContext, userDataDir: string): Promise<ExtensionBrowser> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    close: () => closeBrowser(context, userDataDir),
  };
}

async function closeBrowser(context: BrowserContext, userDataDir: string): Promise<void> {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}

/**
 * Waits until the background has confirmed its block rules for the current lists (done at install
 * and after each list change). The bundled list's static rules need no wait: they are live at install.
 */
export async function waitForBlockRules(ext: ExtensionBrowser): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const confirmed = await ext.worker.evaluate(async () => (await chrome.storage.session.get('blockRulesConfirmed')).blockRulesConfirmed);
    if (confirmed === true) return;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error('block rules were not confirmed within 30 s');
}

/** The popup rendered as a page for a given tab (the popup reads ?tab=ID). */
export async function openPopupFor(ext: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.goto(ext.extensionUrl(`popup.html?tab=${tabId}`));
  return popup;
}

/** The browser's id for the tab showing `page` (found by its URL through the extension). */
export async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  const url = page.url();
  // Without the "tabs" permission some Chromium versions hide the extension's own pages from tab.url.
  if (url.startsWith(ext.extensionUrl(''))) return page.evaluate(async () => (await chrome.tabs.getCurrent())!.id!);
  return ext.worker.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t: chrome.tabs.Tab) => t.url === target);
    if (tab?.id) return tab.id;
    // A site withheld from the extension hides its tabs' addresses; the navigation API still gives them.
    for (const other of tabs) {
      const frame = await chrome.webNavigation.getFrame({ tabId: other.id!, frameId: 0 }).catch(() => null);
      if (frame?.url === target) return other.id!;
    }
    throw new Error(`no tab with ${target}`);
  }, url);
}

/**
 * Changes the extension's site access as a person does on chrome://extensions ("Allow this extension to read and
 * change all your data on websites you visit": on click, on all sites).
 */
export async function changeSiteAccess(ext: ExtensionBrowser, hostAccess: 'ON_CLICK' | 'ON_ALL_SITES'): Promise<void> {
  const settings = await ext.context.newPage();
  try {
    await settings.goto('chrome://extensions');
    await settings.evaluate(
      ({ extensionId, hostAccess }) =>
        (chrome as unknown as { developerPrivate: { updateExtensionConfiguration(update: object): Promise<void> } }).developerPrivate.updateExtensionConfiguration({
          extensionId,
          hostAccess,
        }),
      { extensionId: ext.extensionId, hostAccess },
    );
  } finally {
    await settings.close();
  }
}

/** The badge text of a tab. */
export async function badgeText(ext: ExtensionBrowser, tabId: number): Promise<string> {
  return ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Real entries of the bundled list (plain two-label names), for tests that need a listed site. */
export function bundledHosts(): string[] {
  return readFileSync(resolve(import.meta.dirname, '../../public/lists/bundled.txt'), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#') && /^[a-z0-9-]+\.[a-z]+$/.test(line));
}

/** Sends a raw message from an extension page, as any page of the extension could; returns the answer or the refusal. */
export async function sendFromPage(page: Page, message: object): Promise<{ ok: boolean; value: unknown }> {
  return page.evaluate(async (m) => {
    try {
      return { ok: true, value: await chrome.runtime.sendMessage(m) };
    } catch (error) {
      return { ok: false, value: String(error) };
    }
  }, message);
}

/** A tab's last page check as the worker saw it, recorded by recordPageChecks. */
export interface PageCheckRecord {
  /** The snapshot the content script sent (content:check), from the tab's top frame or from a frame inside it. */
  snapshot: unknown;
  /** The badge the worker set for the tab after it: '' for a page found ok, '?' or '!'. */
  badge: string;
}

/**
 * Starts recording, in the worker, every snapshot a content script sends (top frame or frame inside) and every
 * badge the worker sets: the content script's own extraction and the extension's verdict, 'ok' included.
 */
export async function recordPageChecks(ext: ExtensionBrowser): Promise<void> {
  await ext.worker.evaluate(() => {
    type Event = { snapshot: unknown; top: boolean } | { badge: string };
    const events: Record<number, Event[]> = {};
    const log = (tabId: number, event: Event) => (events[tabId] ??= []).push(event);
    (globalThis as unknown as { pageCheckEvents: typeof events }).pageCheckEvents = events;
    chrome.runtime.onMessage.addListener((message: { type?: string; snapshot?: unknown }, sender: chrome.runtime.MessageSender) => {
      if (message?.type === 'content:check' && sender.tab?.id !== undefined) log(sender.tab.id, { snapshot: message.snapshot, top: sender.frameId === 0 });
    });
    const setBadgeText = chrome.action.setBadgeText.bind(chrome.action);
    chrome.action.setBadgeText = ((details: chrome.action.BadgeTextDetails) => {
      if (details.tabId !== undefined) log(details.tabId, { badge: details.text ?? '' });
      return setBadgeText(details);
    }) as typeof chrome.action.setBadgeText;
  });
}

/**
 * The tab's last snapshot from its top frame (or, with `from: 'frame'`, from a frame inside it) and the first
 * badge set after it, or null while the worker has not answered it.
 */
export async function lastPageCheck(ext: ExtensionBrowser, tabId: number, from: 'top' | 'frame' = 'top'): Promise<PageCheckRecord | null> {
  return ext.worker.evaluate(
    ({ id, top }) => {
      type Event = { snapshot: unknown; top: boolean } | { badge: string };
      const events = (globalThis as unknown as { pageCheckEvents: Record<number, Event[]> }).pageCheckEvents[id] ?? [];
      let last = -1;
      events.forEach((event, index) => {
        if ('snapshot' in event && event.top === top) last = index;
      });
      const badge = events.slice(last + 1).find((event) => 'badge' in event);
      return last >= 0 && badge && 'badge' in badge ? { snapshot: (events[last] as { snapshot: unknown }).snapshot, badge: badge.badge } : null;
    },
    { id: tabId, top: from === 'top' },
  );
}

/** Changes the stored record of the feed at `url` (IndexedDB, as the background keeps it), e.g. as an administrator's policy would. */
export async function patchFeedRecord(ext: ExtensionBrowser, url: string, patch: Record<string, unknown>): Promise<void> {
  await ext.worker.evaluate(
    async ({ url, patch }) => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const open = indexedDB.open('scam-sentinel-feeds');
        open.onsuccess = () => done(open.result);
        open.onerror = () => fail(open.error);
      });
      const tx = db.transaction('feeds', 'readwrite');
      const feeds = tx.objectStore('feeds');
      const all = await new Promise<{ url: string }[]>((done) => {
        const request = feeds.getAll();
        request.onsuccess = () => done(request.result as { url: string }[]);
      });
      const feed = all.find((record) => record.url === url);
      if (feed === undefined) throw new Error(`no feed at ${url}`);
      feeds.put({ ...feed, ...patch });
      await new Promise((done) => (tx.oncomplete = done));
      db.close();
    },
    { url, patch },
  );
}

/** Switches the extension's language as a person would, in the settings page, and waits until it is saved. */
export async function setExtensionLanguage(ext: ExtensionBrowser, lang: string): Promise<void> {
  const options = await ext.context.newPage();
  await options.goto(ext.extensionUrl('options.html'));
  await options.getByTestId('setting-language').selectOption(lang);
  await expect.poll(() => options.locator('html').getAttribute('lang')).toBe(lang);
  await options.close();
}
