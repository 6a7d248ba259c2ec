import type { Translate } from '@/rules/i18n';
import type { Evidence } from '@/rules/reports/schema';
import type { SignalTexts } from '@/rules/status';
import type { Signal } from '@/rules/verdict';

/** A sign in words a person understands; a listing's raw "host (list)" text stays under Details. */
function SignInWords({ t, signal, explanations }: { t: Translate; signal: Signal; explanations: SignalTexts }) {
  if (signal.family === 'blocklist') return <>{t('reportSignListed')}</>;
  return (
    <>
      {explanations[signal.id]}
      {signal.evidence && <q class="evidence">{signal.evidence}</q>}
    </>
  );
}

/** The evidence of a report, shown in full before it is saved and again in the history. */
export function ReportEvidence({ t, evidence, explanations, lang }: { t: Translate; evidence: Evidence; explanations: SignalTexts; lang: string }) {
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
          <>
            <ul>
              {evidence.signals.map((signal) => (
                <li key={signal.id} data-rule={signal.id}>
                  <SignInWords t={t} signal={signal} explanations={explanations} />
                </li>
              ))}
            </ul>
            {/* The rule names and raw text, as Netcraft and the exports receive them (not list items: one <li> is one sign). */}
            <details class="report-sign-details" data-testid="evidence-signal-details">
              <summary>{t('reportSignDetails')}</summary>
              {evidence.signals.map((signal) => (
                <p key={signal.id} class="report-breakable"><code>{signal.id}</code>{signal.evidence && `: ${signal.evidence}`}</p>
              ))}
            </details>
          </>
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
