import type { Translate } from '@/rules/i18n';
import type { Evidence } from '@/rules/reports/schema';

/** The evidence of a report, shown in full before it is saved and again in the history. */
export function ReportEvidence({ t, evidence, lang }: { t: Translate; evidence: Evidence; lang: string }) {
  const none = <span class="report-none">{t('reportEvidenceNone')}</span>;
  return (
    <dl class="report-evidence" data-testid="report-evidence">
      <dt>{t('reportEvidenceUrl')}</dt>
      <dd data-testid="evidence-url" class="report-breakable">{evidence.url}</dd>
      <dt>{t('reportEvidenceTitle')}</dt>
      <dd data-testid="evidence-title">{evidence.pageTitle || none}</dd>
      <dt>{t('reportEvidenceSignals')}</dt>
      <dd data-testid="evidence-signals">
        {evidence.signals.length === 0 ? none : (
          <ul>
            {evidence.signals.map((signal) => (
              <li key={signal.id} data-rule={signal.id}>
                {signal.id}
                {signal.evidence && <q class="evidence">{signal.evidence}</q>}
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt>{t('reportEvidenceAddresses')}</dt>
      <dd data-testid="evidence-addresses">
        {evidence.addresses.length === 0 ? none : (
          <ul>
            {evidence.addresses.map((entry) => (
              <li key={entry.address} class="report-breakable">{`${entry.chain}: ${entry.address}`}</li>
            ))}
          </ul>
        )}
      </dd>
      <dt>{t('reportEvidenceTime')}</dt>
      <dd data-testid="evidence-time">
        <time dateTime={evidence.capturedAt}>{new Date(evidence.capturedAt).toLocaleString(lang)}</time>
      </dd>
      <dt>{t('reportEvidenceVersion')}</dt>
      <dd data-testid="evidence-version">{evidence.extensionVersion}</dd>
    </dl>
  );
}
