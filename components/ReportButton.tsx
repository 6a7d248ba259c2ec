import { browser } from 'wxt/browser';
import type { Translate } from '@/rules/i18n';
import type { TabStatus } from '@/rules/status';

/**
 * The popup's "Report this site": opens the report form in its own tab, bigger and calmer than
 * the small popup, next to the reported tab.
 */
export function ReportButton({ t, status, tabId }: { t: Translate; status: TabStatus; tabId: number }) {
  if (status.kind === 'other' || status.url === null) return null;
  const open = async () => {
    const tab = await browser.tabs.get(tabId).catch(() => null);
    await browser.tabs.create({
      url: browser.runtime.getURL(`/report.html?tab=${tabId}` as '/report.html'),
      ...(tab ? { index: tab.index + 1, windowId: tab.windowId } : {}),
    });
    window.close();
  };
  return (
    <button type="button" data-testid="report-site" onClick={() => void open()}>
      {t('reportAction')}
    </button>
  );
}
