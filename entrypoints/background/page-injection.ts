import { browser } from 'wxt/browser';
import { isPageFrame } from '@/rules/page-frames';

/**
 * Chromium: the worker injects the page check's content script into a frame once the frame has loaded, instead
 * of declaring it in the manifest. Chromium runs a declared 'document_idle' script just before the page's load
 * event, and starting the script's world there made every page's load event later (bench:browser: +18 ms with an
 * empty script, +28 ms with ours). Injected after webNavigation.onCompleted, the script costs the load event
 * nothing. The worker already wakes for every navigation (the commit check, the badge), so this adds no wake.
 * - A frame that never finishes loading (a request held open, an endless stream), or whose load Chromium does not
 *   report (a top-level blob: document), is injected LOAD_WAIT_MS after its commit instead.
 * - Pages already open when the extension is installed or updated are injected at once: protection starts then,
 *   not at their next load.
 * Firefox keeps the declared script (entrypoints/scan.content).
 */
export const SCAN_SCRIPT = '/content-scripts/scan.js';
export const LOAD_WAIT_MS = 1_500;
/** Documents already injected; a document's events can come again (a page restored from the back/forward cache). */
const REMEMBERED_DOCUMENTS = 500;

/** What webNavigation tells of a frame, in its events and in getAllFrames. */
export interface FrameFacts {
  tabId: number;
  frameId: number;
  url: string;
  /** Chromium 106+: the frame's current document, so that a later page in the frame is never injected by mistake. */
  documentId?: string;
}

export function registerPageInjection(): void {
  const fallbacks = new Map<string, ReturnType<typeof setTimeout>>();
  const injected = new Set<string>();

  const inject = async (frame: FrameFacts, topUrl: () => Promise<string | null>) => {
    const key = documentKey(frame);
    clearTimeout(fallbacks.get(key));
    fallbacks.delete(key);
    if (injected.has(key) || !isPageFrame(frame.url, frame.frameId === 0 ? null : ((await topUrl()) ?? ''))) return;
    injected.add(key);
    if (injected.size > REMEMBERED_DOCUMENTS) injected.delete(injected.values().next().value!);
    const target = frame.documentId ? { tabId: frame.tabId, documentIds: [frame.documentId] } : { tabId: frame.tabId, frameIds: [frame.frameId] };
    // A frame can be gone, or be a page no extension may enter (an error page, the browser's own store): nothing to read.
    await browser.scripting.executeScript({ target, files: [SCAN_SCRIPT], injectImmediately: true }).catch(() => undefined);
  };
  const injectOnEvent = (frame: FrameFacts) => inject(frame, () => topFrameUrl(frame.tabId));

  browser.webNavigation.onCommitted.addListener((frame) => {
    const key = documentKey(frame);
    if (frame.tabId < 0 || injected.has(key) || fallbacks.has(key)) return;
    fallbacks.set(key, setTimeout(() => void injectOnEvent(frame), LOAD_WAIT_MS));
  });
  browser.webNavigation.onCompleted.addListener((frame) => {
    if (frame.tabId >= 0) void injectOnEvent(frame);
  });
  browser.runtime.onInstalled.addListener(async () => {
    for (const tab of await browser.tabs.query({})) {
      if (tab.id === undefined) continue;
      const frames = ((await browser.webNavigation.getAllFrames({ tabId: tab.id }).catch(() => null)) ?? []).map((frame) => ({ ...frame, tabId: tab.id! }));
      const top = frames.find((frame) => frame.frameId === 0)?.url ?? null;
      await Promise.all(frames.map((frame) => inject(frame, async () => top)));
    }
  });
}

function documentKey(frame: FrameFacts): string {
  return frame.documentId ?? `${frame.tabId}:${frame.frameId}:${frame.url}`;
}

async function topFrameUrl(tabId: number): Promise<string | null> {
  return (await browser.webNavigation.getFrame({ tabId, frameId: 0 }).catch(() => null))?.url ?? null;
}
