import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { EXTENSION_API, wxtBrowser } from '../../scripts/wxt-browser.ts';

const plainBrowser = createRequire(import.meta.url).resolve('@wxt-dev/browser');

/** What the plugin resolves `source` to in a build whose input is `input` (the hooks as Vite calls them). */
function resolvedIn(input: string, source: string): unknown {
  const plugin = wxtBrowser();
  (plugin.options as (options: { input: string }) => void).call({}, { input });
  return (plugin.resolveId as (source: string) => unknown).call({}, source);
}

describe('wxt/browser in each build', () => {
  it('is the browser\'s own extension API in the content script, without webextension-polyfill', () => {
    expect(resolvedIn('virtual:wxt-content-script-isolated-world-entrypoint?/x/entrypoints/scan.content/index.ts', 'wxt/browser')).toBe(plainBrowser);
  });

  it('is the API that falls back to the polyfill only without a `browser` namespace in the worker, the pages and the banner', () => {
    expect(resolvedIn('virtual:wxt-background-entrypoint?/x/entrypoints/background/index.ts', 'wxt/browser')).toBe(EXTENSION_API);
    expect(resolvedIn('virtual:wxt-unlisted-script-entrypoint?/x/entrypoints/banner/index.ts', 'wxt/browser')).toBe(EXTENSION_API);
    expect(resolvedIn('/x/entrypoints/popup/index.html', 'wxt/browser')).toBe(EXTENSION_API);
  });

  it('leaves other imports alone', () => {
    expect(resolvedIn('virtual:wxt-content-script-isolated-world-entrypoint?/x/entrypoints/scan.content/index.ts', 'preact')).toBeNull();
    expect(resolvedIn('virtual:wxt-background-entrypoint?/x/entrypoints/background/index.ts', 'webextension-polyfill')).toBeNull();
  });
});
