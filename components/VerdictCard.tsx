import type { Translate } from '@/rules/i18n';
import { SCAM_KIND_KEYS, scamKindOf } from '@/rules/scam-kind';
import type { TabStatus } from '@/rules/status';
import { plainListNames } from './lib/list-names';
import { ReasonList, type Reason } from './ReasonList';
import './verdict-card.css';

interface VerdictCardProps {
  t: Translate;
  status: TabStatus;
  reasons: Reason[];
  /**
   * The user trusts this site. It silences the page checks only: a listed site (bundled list or
   * signed feed) still shows its danger.
   */
  trusted?: boolean;
  /** The scam lists that name a trusted site (the user confirmed trusting it in the options page). */
  trustedListedBy?: string[];
  /** Show this many reasons at first, with "More" for the rest (the popup shows the two strongest). */
  reasonLimit?: number;
}

/** The same marks as the toolbar badge (entrypoints/background/badge.ts): "!" danger, "?" warning, grey "!" unchecked. */
const ICONS: Record<ReturnType<typeof displayLevel>, string> = { danger: '!', warning: '?', ok: '✓', trusted: '✓', unchecked: '!' };

/**
 * What the card shows: "trusted" replaces a page-check verdict, never a listing; "unchecked" is a site the
 * browser no longer lets the extension read, where no verdict is no all-clear.
 */
function displayLevel(status: TabStatus, trusted: boolean): TabStatus['level'] | 'trusted' | 'unchecked' {
  if (trusted && status.listing === null && status.kind === 'web') return 'trusted';
  return status.level === 'ok' && status.kind === 'web' && !status.siteAccess ? 'unchecked' : status.level;
}

function headline(t: Translate, status: TabStatus, level: ReturnType<typeof displayLevel>, trustedListedBy: string[]): string {
  if (status.kind === 'other') return t('popupNotWeb');
  if (level === 'unchecked') return t('popupNotChecked');
  if (level === 'trusted') return trustedListedBy.length > 0 ? t('popupTrustedListed', plainListNames(t, trustedListedBy)) : t('popupTrusted');
  if (status.level === 'danger' && status.listing) return t('popupDanger');
  // A page-check verdict names the kind of scam its signs point to, as the banner's title does.
  const kind = scamKindOf(status.verdict?.signals ?? []);
  if (kind && status.level !== 'ok') return t(status.level === 'danger' ? 'bannerKindDangerTitle' : 'bannerKindWarningTitle', t(SCAM_KIND_KEYS[kind]));
  if (status.level === 'danger') return t('popupDangerPage');
  if (status.level === 'warning') return t('popupWarning');
  return status.pageChecked ? t('popupOkChecked') : t('popupOk');
}

/** The current tab's verdict in one plain sentence, with the reasons behind it. */
export function VerdictCard({ t, status, reasons, trusted = false, trustedListedBy = [], reasonLimit }: VerdictCardProps) {
  const level = displayLevel(status, trusted);
  return (
    <section class={`verdict verdict-${level}`} data-testid="verdict" data-level={level} data-checked={status.pageChecked} aria-live="polite">
      <p class="verdict-headline">
        <span class="verdict-icon" aria-hidden="true" data-testid="verdict-icon">{ICONS[level]}</span>
        {headline(t, status, level, trustedListedBy)}
      </p>
      {status.host && <p class="verdict-host">{status.host}</p>}
      {status.listing && <p>{t('popupListedBy', plainListNames(t, status.listing.source))}</p>}
      {status.allowedForSession && <p>{t('popupAllowedForSession')}</p>}
      {reasons.length > 0 && level !== 'trusted' && <ReasonList heading={t('popupReasons')} reasons={reasons} limit={reasonLimit} moreLabel={t('popupMoreReasons')} />}
    </section>
  );
}
