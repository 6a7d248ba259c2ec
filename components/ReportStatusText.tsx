import type { Translate } from '@/rules/i18n';
import { sendProblemOf } from '@/rules/reports/error-words';
import { lastError, reportStatus, type Report } from '@/rules/reports/schema';

/** The last sending problem in words (the raw error stays in the report and its exports). */
function problemInWords(t: Translate, error: string): string {
  const problem = sendProblemOf(error);
  if (problem.kind === 'http') return t('reportErrorHttp', problem.status);
  return t(problem.kind === 'network' ? 'reportErrorNetwork' : 'reportErrorOther');
}

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
      {problem && <span class="report-error"> {t('reportLastError', problemInWords(t, problem))}</span>}
    </span>
  );
}
