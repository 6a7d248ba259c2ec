import type { Translate } from '@/rules/i18n';
import type { TabStatus } from '@/rules/status';
import { ReasonList, type Reason } from './ReasonList';
import './verdict-card.css';

export interface VerdictCardProps {
  t: Translate;
  status: TabStatus;
  reasons: Reason[];
}

function headline(t: Translate, status: TabStatus): string {
  if (status.kind === 'other') return t('popupNotWeb');
  if (status.level === 'danger') return status.listing ? t('popupDanger') : t('popupDangerPage');
  if (status.level === 'warning') return t('popupWarning');
  return t('popupOk');
}

/** The current tab's verdict in one plain sentence, with the reasons behind it. */
export function VerdictCard({ t, status, reasons }: VerdictCardProps) {
  return (
    <section class={`verdict verdict-${status.level}`} data-testid="verdict" data-level={status.level} aria-live="polite">
      <p class="verdict-headline">
        <span class="verdict-icon" aria-hidden="true">{status.level === 'ok' ? '✓' : '!'}</span>
        {headline(t, status)}
      </p>
      {status.host && <p class="verdict-host">{status.host}</p>}
      {status.listing && <p>{t('popupListedBy', status.listing.source)}</p>}
      {status.allowedForSession && <p>{t('popupAllowedForSession')}</p>}
      {reasons.length > 0 && <ReasonList heading={t('popupReasons')} reasons={reasons} />}
    </section>
  );
}
