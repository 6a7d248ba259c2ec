import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LOAD_WAIT_MS, registerPageInjection, SCAN_SCRIPT, type FrameFacts } from '../../../entrypoints/background/page-injection';

/** Chromium: the worker injects the page check into each page frame once it has loaded (not at the page's load event). */
type Listener = (frame: FrameFacts) => void;
const TOP: FrameFacts = { tabId: 7, frameId: 0, url: 'https://www.broker-example.com/', documentId: 'doc-top' };

function fakeEvent() {
  const listeners: Listener[] = [];
  return { addListener: (listener: Listener) => listeners.push(listener), fire: (frame: FrameFacts) => listeners.forEach((listener) => listener(frame)) };
}

let onCommitted: ReturnType<typeof fakeEvent>;
let onCompleted: ReturnType<typeof fakeEvent>;
let frames: FrameFacts[];
let executeScript: Mock<(options: { target: { documentIds?: string[]; frameIds?: number[] } }) => Promise<unknown[]>>;

/** The documents the script was injected into, in order. */
const injectedDocuments = () => executeScript.mock.calls.map(([options]) => (options.target.documentIds ?? options.target.frameIds)?.[0]);
/** Lets the worker's awaited lookups (the top frame's address) finish. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  onCommitted = fakeEvent();
  onCompleted = fakeEvent();
  frames = [TOP];
  executeScript = vi.fn(async () => []);
  Object.assign(fakeBrowser, {
    webNavigation: {
      onCommitted,
      onCompleted,
      getFrame: async ({ frameId }: { frameId: number }) => frames.find((frame) => frame.frameId === frameId) ?? null,
      getAllFrames: async ({ tabId }: { tabId: number }) => frames.filter((frame) => frame.tabId === tabId),
    },
  });
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(executeScript as never);
  registerPageInjection();
});
afterEach(() => vi.useRealTimers());

describe('registerPageInjection', () => {
  it('injects the page check once the top frame has loaded, into that very document, at once', async () => {
    onCommitted.fire(TOP);
    await settle();
    expect(executeScript).not.toHaveBeenCalled();
    onCompleted.fire(TOP);
    await settle();
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, documentIds: ['doc-top'] }, files: [SCAN_SCRIPT], injectImmediately: true });
    // The fallback for pages that never finish loading does not inject a second time.
    await vi.advanceTimersByTimeAsync(LOAD_WAIT_MS * 2);
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it("reads the page's own frames (same origin, srcdoc) but not other sites' frames", async () => {
    const own = { tabId: 7, frameId: 3, url: 'https://www.broker-example.com/form', documentId: 'doc-own' };
    const srcdoc = { tabId: 7, frameId: 4, url: 'about:srcdoc', documentId: 'doc-srcdoc' };
    const advert = { tabId: 7, frameId: 5, url: 'https://ads.example.net/slot', documentId: 'doc-ad' };
    frames.push(own, srcdoc, advert);
    for (const frame of frames) onCompleted.fire(frame);
    await settle();
    expect(injectedDocuments().sort()).toEqual(['doc-own', 'doc-srcdoc', 'doc-top']);
  });

  it('injects a page that never finishes loading (or whose load is not reported) LOAD_WAIT_MS after its commit, once', async () => {
    const blob = { tabId: 7, frameId: 0, url: 'blob:https://www.broker-example.com/5c1d', documentId: 'doc-blob' };
    onCommitted.fire(blob);
    await vi.advanceTimersByTimeAsync(LOAD_WAIT_MS - 1);
    expect(executeScript).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(injectedDocuments()).toEqual(['doc-blob']);
    onCompleted.fire(blob);
    await settle();
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('does not inject a document twice when its events come again (a page back from the back/forward cache)', async () => {
    onCompleted.fire(TOP);
    await settle();
    onCommitted.fire(TOP);
    onCompleted.fire(TOP);
    await vi.advanceTimersByTimeAsync(LOAD_WAIT_MS * 2);
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('leaves pages that are not web pages (the new-tab page, an error page) and background tabs of other kinds', async () => {
    onCompleted.fire({ tabId: 7, frameId: 0, url: 'chrome://newtab/', documentId: 'doc-newtab' });
    onCompleted.fire({ tabId: -1, frameId: 0, url: 'https://www.broker-example.com/', documentId: 'doc-no-tab' });
    await vi.advanceTimersByTimeAsync(LOAD_WAIT_MS * 2);
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('protects the pages already open when the extension is installed, and survives a tab that cannot be entered', async () => {
    frames.push({ tabId: 7, frameId: 2, url: 'https://ads.example.net/slot', documentId: 'doc-ad' }, { tabId: 9, frameId: 0, url: 'https://shop.example.org/', documentId: 'doc-shop' });
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 }, { id: 9 }] as never);
    executeScript.mockImplementationOnce(async () => {
      throw new Error('Cannot access contents of the page.');
    });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await settle();
    expect(injectedDocuments().sort()).toEqual(['doc-shop', 'doc-top']);
  });
});
