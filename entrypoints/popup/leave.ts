import { browser } from 'wxt/browser';

/**
 * The popup's "Leave this site": the tab goes back to where the user came from, or to an empty page
 * when the site was opened directly (no page before it), and the popup closes.
 */
export async function leaveTab(tabId: number): Promise<void> {
  try {
    await browser.tabs.goBack(tabId);
  } catch {
    await browser.tabs.update(tabId, { url: 'about:blank' });
  }
  window.close();
}
