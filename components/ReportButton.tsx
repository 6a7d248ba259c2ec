import type { Translate } from '@/rules/i18n';
import type { TabStatus } from '@/rules/status';
import { openReportTab } from './lib/report-tab';

/**
 * The popup's "Report this site" (or, with `mistake`, "This warning is a mistake"): opens the form
 * in its own tab, next to the reported tab.
 */
export function ReportButton({ t, status, tabId, mistake = false }: { t: Translate; status: TabStatus; tabId: number; mistake?: boolean }) {
  if (status.kind === 'other' || status.url === null) return null;
  const open = async () => {
    await openReportTab(tabId, mistake);
    window.close();
  };
  return (
    <button type="button" data-testid={mistake ? 'popup-mistake' : 'report-site'} onClick={() => void open()}>
      {t(mistake ? 'mistakeAction' : 'reportAction')}
    </button>
  );
}
