import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { contentScriptRuntime } from '../../scripts/content-script-runtime.ts';

const POLYFILL = '@wxt-dev/webextension-polyfill/browser';
const plainBrowser = createRequire(import.meta.url).resolve('@wxt-dev/browser');

/** What the plugin resolves `source` to in a build whose input is `input` (the hooks as Vite calls them). */
function resolvedIn(input: string, source: string): unknown {
  const plugin = contentScriptRuntime();
  (plugin.options as (options: { input: string }) => void).call({}, { input });
  return (plugin.resolveId as (source: string) => unknown).call({}, source);
}

describe('the content script build', () => {
  it('gets the browser\'s own extension API instead of webextension-polyfill', () => {
    expect(resolvedIn('virtual:wxt-content-script-isolated-world-entrypoint?/x/entrypoints/scan.content/index.ts', POLYFILL)).toBe(plainBrowser);
  });

  it('leaves the polyfill to the worker, the extension pages and the banner, and other imports alone', () => {
    expect(resolvedIn('virtual:wxt-background-entrypoint?/x/entrypoints/background/index.ts', POLYFILL)).toBeNull();
    expect(resolvedIn('virtual:wxt-unlisted-script-entrypoint?/x/entrypoints/banner/index.ts', POLYFILL)).toBeNull();
    expect(resolvedIn('virtual:wxt-content-script-isolated-world-entrypoint?/x/entrypoints/scan.content/index.ts', 'preact')).toBeNull();
  });
});
