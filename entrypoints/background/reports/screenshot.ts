import { browser } from 'wxt/browser';

/**
 * A picture of the reported tab, taken only after the user ticked "include a picture". The browser
 * can only photograph the tab that is showing, and the report form is a tab of its own: so the
 * reported tab is brought to the front for a moment and the form is shown again right after.
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
  try {
    return await browser.tabs.captureVisibleTab(tab.windowId, { format: 'jpeg', quality: 70 });
  } finally {
    if (mustSwitch) await browser.tabs.update(front!.id!, { active: true });
  }
}
