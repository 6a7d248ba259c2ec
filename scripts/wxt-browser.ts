/**
 * What `wxt/browser` is in each build of the extension.
 * - The content script runs in every tab, so it carries no webextension-polyfill: the page check only sends a
 *   message and listens for one, which Chromium's `chrome.runtime` (promises in MV3) and Firefox's `browser.runtime`
 *   both do natively. It gets WXT's own `browser`: `globalThis.browser` where it exists, else `globalThis.chrome`.
 *   That saves every page the polyfill's code (about 10 KiB to parse).
 * - The worker, the extension pages and the banner get components/lib/extension-api.ts: the browser's own `browser`
 *   where it has one, the polyfill's wrapping of `chrome` in an older Chromium.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** WXT's build input for an isolated-world content script (wxt/dist/core/builders/vite/index.mjs). */
const CONTENT_SCRIPT_INPUT = 'virtual:wxt-content-script-isolated-world-entrypoint?';
export const EXTENSION_API = resolve(import.meta.dirname, '../components/lib/extension-api.ts');

export function wxtBrowser(): Plugin {
  const plainBrowser = createRequire(import.meta.url).resolve('@wxt-dev/browser');
  let contentScript = false;
  return {
    name: 'scam-sentinel:wxt-browser',
    enforce: 'pre',
    options(options) {
      contentScript = JSON.stringify(options.input ?? '').includes(CONTENT_SCRIPT_INPUT);
    },
    resolveId(source) {
      if (source !== 'wxt/browser') return null;
      return contentScript ? plainBrowser : EXTENSION_API;
    },
  };
}
