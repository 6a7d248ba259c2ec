import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '@/rules/i18n';
import type { ExplainedReport, ReportExport, ReportSummary } from '@/rules/reports/answers';
import { endpointProblem } from '@/rules/reports/endpoint';
import { FamilyLockNotice } from './FamilyLockNotice';
import { currentUnlockToken, unlockWithPin, useFamilyLock } from './lib/family';
import { sendToBackground } from './lib/messaging';
import { ReportHistory } from './ReportHistory';

/** The report organisation as saved when the page opened. */
interface SavedOrganisation {
  name: string;
  endpoint: string;
}

/**
 * The options page's "Your reports" section: the organisation that can receive reports, and the
 * history. It loads and saves its own reports; the organisation's fields start from the settings the
 * page loaded before its first paint, never from an answer that could arrive after the person started
 * typing and wipe what they typed.
 */
export function ReportsSection({ t, lang, organisation }: { t: Translate; lang: string; organisation: SavedOrganisation }) {
  // Unknown until the background answers: "no reports yet" only once that is known.
  const [reports, setReports] = useState<ReportSummary[] | null>(null);
  const [orgName, setOrgName] = useState(organisation.name);
  const [orgEndpoint, setOrgEndpoint] = useState(organisation.endpoint);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  // Family mode: the organisation and deleting reports wait for the PIN, asked for right here.
  const { locked, refused } = useFamilyLock(t);

  const refresh = async () => setReports((await sendToBackground<{ reports: ReportSummary[] }>({ type: 'page:reportList' })).reports);
  useEffect(() => void refresh(), []);

  const saveOrganisation = async (event: Event) => {
    event.preventDefault();
    const endpoint = orgEndpoint.trim();
    if (endpoint !== '' && endpointProblem(endpoint) !== null) return setMessage({ text: t('reportOrgInvalid'), error: true });
    try {
      // Family mode: a guardian's PIN unlock is needed, as for every other setting.
      await sendToBackground({ type: 'page:setSettings', patch: { reportOrgEndpoint: endpoint, reportOrgName: orgName.trim() }, unlockToken: currentUnlockToken() });
      setMessage({ text: t('reportOrgSaved'), error: false });
    } catch (error) {
      setMessage({ text: refused(error), error: true });
    }
  };
  const download = async (format: 'json' | 'csv') => {
    const file = await sendToBackground<ReportExport>({ type: 'page:reportExport', format });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
    link.download = file.fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };

  return (
    <section class="report-section" aria-labelledby="reports-heading" data-testid="reports-section">
      <h2 id="reports-heading">{t('reportHistoryHeading')}</h2>
      {locked && <FamilyLockNotice t={t} unlock={unlockWithPin} testId="reports-family-locked" />}
      {reports !== null && (
        <ReportHistory
          t={t}
          lang={lang}
          reports={reports}
          load={(id) => sendToBackground<ExplainedReport>({ type: 'page:reportGet', id })}
          onRetry={(id) => void sendToBackground({ type: 'page:reportRetry', id }).finally(() => void refresh())}
          onDelete={(id) =>
            void sendToBackground({ type: 'page:reportDelete', id, unlockToken: currentUnlockToken() }).then(refresh, (error: unknown) =>
              setMessage({ text: refused(error), error: true }),
            )
          }
          deleteLocked={locked}
          onExport={(format) => void download(format)}
        />
      )}
      <form class="report-form" data-testid="report-org-form" onSubmit={(event) => void saveOrganisation(event)}>
        <fieldset>
          <legend>{t('reportOrgHeading')}</legend>
          <p class="report-hint">{t('reportOrgHint')}</p>
          <label class="report-field">
            {t('reportOrgName')}
            <input type="text" maxLength={100} data-testid="report-org-name" value={orgName} onInput={(event) => setOrgName(event.currentTarget.value)} />
          </label>
          <label class="report-field">
            {t('reportOrgEndpoint')}
            <input type="url" maxLength={2048} data-testid="report-org-endpoint" value={orgEndpoint} onInput={(event) => setOrgEndpoint(event.currentTarget.value)} />
          </label>
          <div class="report-actions">
            <button type="submit" data-testid="report-org-save" disabled={locked}>{t('reportOrgSave')}</button>
          </div>
          {message && <p role={message.error ? 'alert' : 'status'} class={message.error ? 'report-error' : 'status-line'}>{message.text}</p>}
        </fieldset>
      </form>
    </section>
  );
}
