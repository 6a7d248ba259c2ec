import type { Translate } from '@/rules/i18n';
import { lastError, reportStatus, type Report } from '@/rules/reports/schema';

const STATUS_KEYS = {
  saved: 'reportStatusSaved',
  queued: 'reportStatusQueued',
  sent: 'reportStatusSent',
  failed: 'reportStatusFailed',
} as const;

/** Where a report stands, in words, with the last problem when there is one. */
export function ReportStatusText({ t, report }: { t: Translate; report: Pick<Report, 'deliveries'> }) {
  const status = reportStatus(report);
  const problem = status === 'sent' ? null : lastError(report);
  return (
    <span class={`report-status report-status-${status}`} data-testid="report-status" data-status={status}>
      {t(STATUS_KEYS[status])}
      {problem && <span class="report-error"> {t('reportLastError', problem)}</span>}
    </span>
  );
}
