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
  const worker = `
chrome.webNavigation.onBeforeNavigate.addListener(({ tabId, frameId, url }) => {
  if (frameId === 0 && new URL(url).hostname === ${JSON.stringify(listedHost)}) chrome.tabs.update(tabId, { url: chrome.runtime.getURL('warning.html') });
});
chrome.webNavigation.onCommitted.addListener(({ frameId, url }) => {
  if (frameId === 0 && new URL(url).hostname === ${JSON.stringify(scamHost)}) chrome.storage.session.set({ siteVerdicts: { ${JSON.stringify(scamHost)}: 'floor' } });
});
`;
  const page = '<!doctype html><title>Wake floor</title>';
  return writeExtension(
    { name: 'Wake floor', permissions: ['webNavigation', 'storage'], host_permissions: ['<all_urls>'], options_page: 'options.html' },
    { 'background.js': worker, 'options.html': page, 'warning.html': page },
  );
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
