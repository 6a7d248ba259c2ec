import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The floor for the wake figures (bench/browser-wake.ts): an extension whose whole worker sends a tab that opens
 * `listedHost` to its warning page and stores a verdict when `scamHost` commits, with nothing to load or look up.
 * Woken the same way in the same minutes, it shows what Chromium itself takes to start a worker and hand it the
 * navigation, so the extension's own share of a wake is the difference. Written to a temporary folder; returns it.
 */
export function writeFloorExtension(listedHost: string, scamHost: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'scam-sentinel-floor-'));
  const manifest = {
    manifest_version: 3,
    name: 'Wake floor',
    version: '1',
    permissions: ['webNavigation', 'storage'],
    host_permissions: ['<all_urls>'],
    background: { service_worker: 'background.js' },
    options_page: 'options.html',
  };
  const worker = `
chrome.webNavigation.onBeforeNavigate.addListener(({ tabId, frameId, url }) => {
  if (frameId === 0 && new URL(url).hostname === ${JSON.stringify(listedHost)}) chrome.tabs.update(tabId, { url: chrome.runtime.getURL('warning.html') });
});
chrome.webNavigation.onCommitted.addListener(({ frameId, url }) => {
  if (frameId === 0 && new URL(url).hostname === ${JSON.stringify(scamHost)}) chrome.storage.session.set({ siteVerdicts: { ${JSON.stringify(scamHost)}: 'floor' } });
});
`;
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'background.js'), worker);
  for (const page of ['options.html', 'warning.html']) writeFileSync(join(dir, page), '<!doctype html><title>Wake floor</title>');
  return dir;
}
