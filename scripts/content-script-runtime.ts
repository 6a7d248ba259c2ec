/**
 * The content script runs in every tab, so it carries no webextension-polyfill: the page check only sends
 * a message and listens for one, which Chromium's `chrome.runtime` (promises in MV3) and Firefox's
 * `browser.runtime` both do natively. In the content script's build, `wxt/browser` (aliased to the polyfill
 * for the rest of the extension by @wxt-dev/webextension-polyfill, wxt.config.ts) resolves to WXT's own
 * `browser`: `globalThis.browser` where it exists, else `globalThis.chrome`. That saves every page the
 * polyfill's code (about 10 KiB to parse) and its wrapping of the API in proxies.
 */
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const POLYFILL = '@wxt-dev/webextension-polyfill/browser';
/** WXT's build input for an isolated-world content script (wxt/dist/core/builders/vite/index.mjs). */
const CONTENT_SCRIPT_INPUT = 'virtual:wxt-content-script-isolated-world-entrypoint?';

export function contentScriptRuntime(): Plugin {
  const plainBrowser = createRequire(import.meta.url).resolve('@wxt-dev/browser');
  let contentScript = false;
  return {
    name: 'scam-sentinel:content-script-runtime',
    enforce: 'pre',
    options(options) {
      contentScript = JSON.stringify(options.input ?? '').includes(CONTENT_SCRIPT_INPUT);
    },
    resolveId(source) {
      return contentScript && source === POLYFILL ? plainBrowser : null;
    },
  };
}
