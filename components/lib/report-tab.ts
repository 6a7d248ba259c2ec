import { browser } from 'wxt/browser';

/**
 * Opens the report page about a tab, in a tab of its own next to it (bigger and calmer than the popup):
 * the scam report form, or with `mistake` the "This warning is a mistake" form.
 */
export async function openReportTab(tabId: number, mistake: boolean): Promise<void> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  await browser.tabs.create({
    url: browser.runtime.getURL(`/report.html?tab=${tabId}${mistake ? '&mistake' : ''}` as '/report.html'),
    ...(tab ? { index: tab.index + 1, windowId: tab.windowId } : {}),
  });
}
