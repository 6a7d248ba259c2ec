import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { Translate } from '@/rules/i18n';
import type { ExplainedReport, ReportSummary } from '@/rules/reports/answers';
import { listContacts } from '@/rules/reports/list-contacts';
import { isFalsePositive, reportStatus, type Report } from '@/rules/reports/schema';
import type { SignalTexts } from '@/rules/status';
import { ListContacts } from './ListContacts';
import { ReportEvidence } from './ReportEvidence';
import { ReportStatusText } from './ReportStatusText';
import { REPORT_KIND_KEYS } from './lib/report-kinds';
import './report.css';

interface ReportHistoryProps {
  t: Translate;
  lang: string;
  reports: ReportSummary[];
  /** The full report (with its picture) and its signals' explanations, for "Show details". */
  load(id: string): Promise<ExplainedReport>;
  onRetry(id: string): void;
  onDelete(id: string): void;
  /** Family mode is on and this page is not unlocked: deleting waits for the PIN. */
  deleteLocked?: boolean;
  onExport(format: 'json' | 'csv'): void;
}

/** The reports kept on this computer: view, send again, delete, export. */
export function ReportHistory({ t, lang, reports, load, onRetry, onDelete, onExport, deleteLocked = false }: ReportHistoryProps) {
  const [open, setOpen] = useState<{ report: Report; explanations: SignalTexts } | null>(null);
  const toggle = async (id: string) => {
    if (open?.report.id === id) return setOpen(null);
    const { report, explanations } = await load(id);
    setOpen(report ? { report, explanations } : null);
  };
  const remove = (id: string) => {
    if (window.confirm(t('reportDeleteConfirm'))) onDelete(id);
  };
  return (
    <div class="report-history">
      <div class="report-actions">
        <button type="button" data-testid="report-export-json" disabled={reports.length === 0} onClick={() => onExport('json')}>{t('reportExportJson')}</button>
        <button type="button" data-testid="report-export-csv" disabled={reports.length === 0} onClick={() => onExport('csv')}>{t('reportExportCsv')}</button>
      </div>
      {reports.length === 0 ? (
        <p data-testid="report-history-empty">{t('reportHistoryEmpty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('reportEvidenceTime')}</th>
              <th scope="col">{t('reportEvidenceUrl')}</th>
              <th scope="col">{t('reportKindColumn')}</th>
              <th scope="col">{t('reportStatusColumn')}</th>
              <th scope="col"><span class="visually-hidden">{t('reportActionsColumn')}</span></th>
            </tr>
          </thead>
          <tbody>
            {reports.map((report) => {
              const status = reportStatus(report);
              const expanded = open?.report.id === report.id;
              return (
                <Fragment key={report.id}>
                  <tr data-testid="report-row" data-report-id={report.id} data-status={status}>
                    <td><time dateTime={report.createdAt}>{new Date(report.createdAt).toLocaleString(lang)}</time></td>
                    <td class="report-breakable">{report.evidence.host}</td>
                    <td data-kind={report.kind}>
                      {t(REPORT_KIND_KEYS[report.kind])}
                      {report.lostMoney && <><br />{t('reportLostMoney')}</>}
                      {isFalsePositive(report) && <ListContacts t={t} lists={listContacts(report.evidence.signals)} />}
                    </td>
                    <td><ReportStatusText t={t} report={report} /></td>
                    <td class="report-row-actions">
                      <button type="button" aria-expanded={expanded} onClick={() => void toggle(report.id)}>{expanded ? t('reportHide') : t('reportView')}</button>
                      {(status === 'queued' || status === 'failed') && (
                        <button type="button" data-testid="report-row-retry" onClick={() => onRetry(report.id)}>{t('reportTryAgain')}</button>
                      )}
                      <button type="button" data-testid="report-row-delete" disabled={deleteLocked} onClick={() => remove(report.id)}>{t('reportDelete')}</button>
                    </td>
                  </tr>
                  {expanded && open && (
                    <tr data-testid="report-details">
                      <td colSpan={5}>
                        <ReportEvidence t={t} evidence={open.report.evidence} explanations={open.explanations} lang={lang} />
                        {open.report.notes && <p>{open.report.notes}</p>}
                        {open.report.screenshot && <img class="report-screenshot" src={open.report.screenshot} alt={t('reportScreenshotAlt')} />}
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
