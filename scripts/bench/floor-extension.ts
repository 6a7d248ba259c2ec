import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * The floor for the wake figures (bench/browser-wake.ts): an extension whose whole worker sends a tab that opens
 * `listedHost` to its warning page and stores a verdict when `scamHost` commits, with nothing to load or look up.
 * Woken the same way in the same minutes, it shows what Chromium itself takes to start a worker and hand it the
 * navigation, so the extension's own share of a wake is the difference. Written to a temporary folder; returns it.
 */
export function writeFloorExtension(listedHost: string, scamHost: string): string {
  return writeWakeFloor('Wake floor', redirectingWorker(listedHost), scamHost);
}

/** The floor's worker: sends a tab that opens `listedHost` to the warning page, and does nothing else. */
function redirectingWorker(listedHost: string): string {
  return `
chrome.webNavigation.onBeforeNavigate.addListener(({ tabId, frameId, url }) => {
  if (frameId === 0 && new URL(url).hostname === ${JSON.stringify(listedHost)}) chrome.tabs.update(tabId, { url: chrome.runtime.getURL('warning.html') });
});
`;
}

/** Where a carrying floor keeps the code it never runs (writeCarryingFloor). */
type CarriedCodePlace = 'in-script' | 'stored-at-install';

/**
 * The floor for what a worker's code costs at a wake, run or not: as writeFloorExtension, carrying `code` (a built
 * worker) that never runs. 'in-script': inside the worker's own script, in a function never called. 'stored-at-install':
 * in a script of its own that the worker imports only in its install event (Chromium keeps such a script with the
 * worker, so a later start could import it when it needs it; this floor never does).
 */
export function writeCarryingFloor(listedHost: string, scamHost: string, code: string, place: CarriedCodePlace): string {
  const carried = `function neverCalled() {\n${code}\n}\n`;
  const floor = redirectingWorker(listedHost);
  if (place === 'in-script') return writeWakeFloor('Wake floor, carrying code in its script', floor + carried, scamHost);
  const storesAtInstall = `self.addEventListener('install', () => importScripts('carried.js'));\n`;
  return writeWakeFloor('Wake floor, carrying code stored at install', floor + storesAtInstall, scamHost, { 'carried.js': carried });
}

/** A wake floor whose worker is `worker` and stores a verdict as `scamHost`'s page commits; returns its folder. */
function writeWakeFloor(name: string, worker: string, scamHost: string, files: Record<string, string> = {}): string {
  const storesVerdict = `
chrome.webNavigation.onCommitted.addListener(({ frameId, url }) => {
  if (frameId === 0 && new URL(url).hostname === ${JSON.stringify(scamHost)}) chrome.storage.session.set({ siteVerdicts: { ${JSON.stringify(scamHost)}: 'floor' } });
});
`;
  const page = `<!doctype html><title>${name}</title>`;
  return writeExtension(
    { name, permissions: ['webNavigation', 'storage'], host_permissions: ['<all_urls>'], options_page: 'options.html' },
    { 'background.js': worker + storesVerdict, 'options.html': page, 'warning.html': page, ...files },
  );
}

/**
 * The floor for a worker that keeps its names in its own storage, as ours keeps a feed's names beyond its blocking
 * rules: as writeFloorExtension, but the worker opens an IndexedDB database at its first line and, before it sends
 * the tab on, reads the one record a lookup of the host needs (one 1/256 part of a 1M-name table at 7 bytes a name,
 * as our stored feeds are cut). It fills the database once, at its first start; `self.floorFilled` resolves then.
 * The difference to writeFloorExtension is what Chromium takes to give a woken worker one stored record.
 */
export function writeStoredNamesFloor(listedHost: string, scamHost: string): string {
  const worker = `
const PARTS = 256;
const PART_BYTES = Math.ceil((1_000_000 * 7) / PARTS);
const db = new Promise((resolve, reject) => {
  const open = indexedDB.open('floor', 1);
  open.onupgradeneeded = () => open.result.createObjectStore('parts');
  open.onsuccess = () => resolve(open.result);
  open.onerror = () => reject(open.error);
});
const request = (store, mode, ask) => db.then((d) => new Promise((resolve, reject) => {
  const asked = ask(d.transaction(store, mode).objectStore(store));
  asked.onsuccess = () => resolve(asked.result);
  asked.onerror = () => reject(asked.error);
}));
self.floorFilled = request('parts', 'readonly', (parts) => parts.count()).then(async (count) => {
  for (let part = count; part < PARTS; part++) {
    const bytes = new Uint8Array(PART_BYTES);
    for (let at = 0; at < PART_BYTES; at += 65536) crypto.getRandomValues(bytes.subarray(at, at + 65536));
    await request('parts', 'readwrite', (parts) => parts.put(bytes.buffer, part));
  }
});
const partOf = (host) => { let hash = 0x811c9dc5; for (let i = 0; i < host.length; i++) hash = Math.imul(hash ^ host.charCodeAt(i), 0x01000193); return (hash >>> 0) % PARTS; };
chrome.webNavigation.onBeforeNavigate.addListener(async ({ tabId, frameId, url }) => {
  if (frameId !== 0) return;
  const host = new URL(url).hostname;
  const part = await request('parts', 'readonly', (parts) => parts.get(partOf(host)));
  if (part && host === ${JSON.stringify(listedHost)}) chrome.tabs.update(tabId, { url: chrome.runtime.getURL('warning.html') });
});
`;
  return writeWakeFloor('Wake floor, stored names', worker, scamHost);
}

/**
 * The floor for the page figures (bench-browser.ts): an extension that does nothing but hold one static blocking
 * rule for a name no page uses, with the same blocking permission and host access as Scam Sentinel. Chromium sends
 * every request of every page past an extension that has blocking rules, whatever they match, so this is what any
 * extension that blocks sites with the browser's own rules (as ours does before its worker is awake) adds to a
 * page's load; the extension's own share is the difference.
 */
export function writeBlockingRulesFloor(): string {
  const rule = { id: 1, priority: 1, action: { type: 'block' }, condition: { requestDomains: ['listed.invalid'], resourceTypes: ['main_frame'] } };
  return writeExtension(
    {
      name: 'Blocking rules floor',
      permissions: ['declarativeNetRequestWithHostAccess'],
      host_permissions: ['<all_urls>'],
      declarative_net_request: { rule_resources: [{ id: 'floor', enabled: true, path: 'rules/floor.json' }] },
    },
    // The bench waits for an extension's worker before it starts; this one's does nothing.
    { 'background.js': '', 'rules/floor.json': JSON.stringify([rule]) },
  );
}

/** A Manifest V3 extension with a worker (background.js, among `files`) in a temporary folder; returns the folder. */
function writeExtension(manifest: Record<string, unknown>, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'scam-sentinel-floor-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, version: '1', background: { service_worker: 'background.js' }, ...manifest }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
