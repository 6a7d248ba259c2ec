import type { WxtBrowser } from 'wxt/browser';

/**
 * The extension API of the worker, the extension pages and the banner: `wxt/browser` resolves here in their builds
 * (scripts/wxt-browser.ts). Firefox, and Chromium from 148, have a `browser` namespace whose functions return
 * promises and whose runtime.onMessage listeners answer by returning a promise (the worker's router does): that
 * object as it is, which is also what webextension-polyfill gives there. An older Chromium has only `chrome`, and
 * gets the polyfill's wrapping of it; only there is the polyfill's code run. Imported as a module, it had cost every
 * start of the worker 4-5 ms even where it wraps nothing: the bundle's CommonJS import copied the object it exports,
 * and reading a property of Chromium's `browser` for the first time builds that API's bindings, all fourteen of them.
 */
export function extensionApi(scope: { browser?: WxtBrowser }, polyfill: () => WxtBrowser): WxtBrowser {
  return scope.browser?.runtime?.id ? scope.browser : polyfill();
}

// `require`, not `import`: the bundler turns it into a call of the bundled module, made only when reached.
export const browser = extensionApi(globalThis as unknown as { browser?: WxtBrowser }, () => require('webextension-polyfill') as WxtBrowser);
