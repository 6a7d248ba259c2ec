import { browser } from 'wxt/browser';
import { BANNER_CHUNK_KEY, type BannerChunk } from '@/components/lib/banner-chunk';

/**
 * A picture of the reported tab, taken only after the user ticked "include a picture". The browser
 * can only photograph the tab that is showing, and the report form is a tab of its own: so the
 * reported tab is brought to the front for a moment and the form is shown again right after. The
 * extension's own banner is hidden meanwhile: the picture shows the site as the site made it.
 */
const SETTLE_MS = 500;

export async function captureTab(tabId: number): Promise<string> {
  const tab = await browser.tabs.get(tabId);
  if (tab.windowId === undefined) throw new Error('the tab has no window');
  const [front] = await browser.tabs.query({ active: true, windowId: tab.windowId });
  const mustSwitch = front?.id !== undefined && front.id !== tabId;
  if (mustSwitch) {
    await browser.tabs.update(tabId, { active: true });
    await new Promise((done) => setTimeout(done, SETTLE_MS));
  }
  const bannerShown = await hideBanner(tabId, true);
  try {
    if (bannerShown) await new Promise((done) => setTimeout(done, REPAINT_MS));
    return await browser.tabs.captureVisibleTab(tab.windowId, { format: 'jpeg', quality: 70 });
  } finally {
    if (bannerShown) await hideBanner(tabId, false);
    if (mustSwitch) await browser.tabs.update(front!.id!, { active: true });
  }
}

/** Time for the page to repaint without the banner before the picture. */
const REPAINT_MS = 150;

/**
 * Hides or shows the banner of the tab's top frame, in the content scripts' world where the banner's code
 * lives (components/lib/banner-chunk.ts). True when there was a banner. A page the extension cannot run
 * in (none of its business) just has no banner to hide.
 */
async function hideBanner(tabId: number, hidden: boolean): Promise<boolean> {
  const [result] = await browser.scripting
    .executeScript({
      target: { tabId, frameIds: [0] },
      func: (key: string, hide: boolean) => {
        const chunk = (globalThis as Record<string, unknown>)[key] as BannerChunk | undefined;
        chunk?.hideForPicture(hide);
        return chunk !== undefined;
      },
      args: [BANNER_CHUNK_KEY, hidden],
    })
    .catch(() => []);
  return result?.result === true;
}
