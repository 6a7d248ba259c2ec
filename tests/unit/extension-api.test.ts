import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import { extensionApi } from '../../components/lib/extension-api.ts';

/**
 * A `browser` namespace like Chromium's: each API is built when first read. Records what was read, property or
 * descriptor (reading a descriptor builds the API too).
 */
function lazyNamespace(): { browser: WxtBrowser; read: string[] } {
  const read: string[] = [];
  const apis: Record<string, object> = { runtime: { id: 'extension-id' }, storage: {}, tabs: {}, alarms: {}, scripting: {}, i18n: {} };
  const browser = new Proxy(apis, {
    get: (target, key) => (read.push(String(key)), target[key as string]),
    getOwnPropertyDescriptor: (target, key) => (read.push(String(key)), Reflect.getOwnPropertyDescriptor(target, key)),
  }) as unknown as WxtBrowser;
  return { browser, read };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('the extension API of the worker, the pages and the banner', () => {
  it('is the browser\'s own `browser` where it has one, as it is: no polyfill run, no other API built', () => {
    const { browser, read } = lazyNamespace();
    const polyfill = vi.fn<() => WxtBrowser>();
    expect(extensionApi({ browser }, polyfill)).toBe(browser);
    expect(polyfill).not.toHaveBeenCalled();
    expect(read).toEqual(['runtime']);
  });

  it('is webextension-polyfill\'s wrapping of `chrome` in a Chromium without `browser`: a listener\'s promise is its answer', async () => {
    // What a Chromium before 148 offers: `chrome` alone, whose onMessage listeners answer through sendResponse only.
    const listeners: ((message: unknown, sender: object, sendResponse: (answer: unknown) => void) => unknown)[] = [];
    const onMessage = { addListener: (listener: (typeof listeners)[number]) => listeners.push(listener), hasListener: () => false, removeListener: () => undefined };
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', { runtime: { id: 'extension-id', onMessage } });
    const { browser } = await import('../../components/lib/extension-api.ts');

    browser.runtime.onMessage.addListener(async (message: unknown) => ({ echo: message }));
    expect(listeners).toHaveLength(1);
    const sendResponse = vi.fn();
    // `true` keeps Chromium's channel open for the answer that follows.
    expect(listeners[0]!('ping', {}, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ echo: 'ping' }));
  });
});
