import { useState } from 'preact/hooks';
import type { Translate } from '@/rules/i18n';
import type { ReportDraft } from '@/rules/reports/answers';
import { destinationsFor, isFalsePositive, reportStatus, type Destination, type Report } from '@/rules/reports/schema';
import { ReportStatusText } from './ReportStatusText';

export interface ReportSendApi {
  send(id: string, destinations: Destination[], email: string | undefined, rememberEmail: boolean): Promise<Report>;
  retry(id: string): Promise<Report>;
}

/**
 * Step two: the saved report can be sent, only if the user wants, to Netcraft (with their email)
 * and to the organisation set up in the settings. The status stays visible, with "Try again".
 */
export function ReportSend({ t, initial, draft, api }: { t: Translate; initial: Report; draft: ReportDraft; api: ReportSendApi }) {
  const [report, setReport] = useState(initial);
  const [toNetcraft, setToNetcraft] = useState(false);
  const [toOrganisation, setToOrganisation] = useState(false);
  const [email, setEmail] = useState(draft.rememberedEmail ?? '');
  const [remember, setRemember] = useState(draft.rememberedEmail !== null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const act = async (work: () => Promise<Report>) => {
    setBusy(true);
    setProblem(null);
    try {
      setReport(await work());
    } catch {
      setProblem(t('errorGeneric'));
    } finally {
      setBusy(false);
    }
  };
  const send = (event: Event) => {
    event.preventDefault();
    const destinations: Destination[] = [...(toNetcraft ? (['netcraft'] as const) : []), ...(toOrganisation ? (['organisation'] as const) : [])];
    if (destinations.length === 0) return setProblem(t('reportSendNothingChosen'));
    if (toNetcraft && !email.trim()) return setProblem(t('reportEmailNeeded'));
    void act(() => api.send(report.id, destinations, toNetcraft ? email.trim() : undefined, remember));
  };
  const status = reportStatus(report);
  const offersNetcraft = destinationsFor(report).includes('netcraft');
  // A false positive goes only to the organisation: with none set up there is nothing to send.
  if (!offersNetcraft && !draft.organisation.configured) return <p class="report-send" data-testid="mistake-no-netcraft">{t('mistakeNoNetcraft')}</p>;

  return (
    <form class="report-send" data-testid="report-send" onSubmit={send}>
      <h2>{isFalsePositive(report) ? t('mistakeSendHeading') : t('reportSendHeading')}</h2>
      {offersNetcraft ? (
        <label class="report-choice">
          <input type="checkbox" data-testid="send-netcraft" checked={toNetcraft} onChange={(event) => setToNetcraft(event.currentTarget.checked)} />
          {t('reportSendNetcraft')}
        </label>
      ) : (
        <p data-testid="mistake-no-netcraft">{t('mistakeNoNetcraft')}</p>
      )}
      {toNetcraft && (
        <div class="report-indent">
          <label class="report-field">
            {t('reportEmailLabel')}
            <input type="email" autoComplete="email" required data-testid="send-email" value={email} onInput={(event) => setEmail(event.currentTarget.value)} />
          </label>
          <label class="report-choice">
            <input type="checkbox" data-testid="send-remember-email" checked={remember} onChange={(event) => setRemember(event.currentTarget.checked)} />
            {t('reportRememberEmail')}
          </label>
        </div>
      )}
      {draft.organisation.configured && (
        <label class="report-choice">
          <input type="checkbox" data-testid="send-organisation" checked={toOrganisation} onChange={(event) => setToOrganisation(event.currentTarget.checked)} />
          {t('reportSendOrganisation', draft.organisation.name || '—')}
        </label>
      )}
      {problem && <p class="notice" role="alert">{problem}</p>}
      <div class="report-actions">
        <button type="submit" class="primary" data-testid="send-report" disabled={busy}>{busy ? t('reportSending') : t('reportSendButton')}</button>
        {(status === 'queued' || status === 'failed') && (
          <button type="button" data-testid="report-retry" disabled={busy} onClick={() => void act(() => api.retry(report.id))}>{t('reportTryAgain')}</button>
        )}
      </div>
      <p role="status" aria-live="polite"><ReportStatusText t={t} report={report} /></p>
    </form>
  );
}
