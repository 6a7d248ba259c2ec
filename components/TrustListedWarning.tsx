import type { Translate } from '@/rules/i18n';
import { plainListNames } from './lib/list-names';
import './family.css';

interface TrustListedWarningProps {
  t: Translate;
  host: string;
  /** The names of the scam lists that list the site. */
  lists: string[];
  busy: boolean;
  /** "Trust it anyway": the only way a listed site becomes trusted. */
  onConfirm: () => void;
  /** "Keep it blocked". */
  onKeep: () => void;
}

/**
 * Shown before a site a scam list names is trusted: which lists name it, and that this is exactly
 * what scammers talk their victims into. Keeping it blocked is the first, highlighted choice.
 */
export function TrustListedWarning({ t, host, lists, busy, onConfirm, onKeep }: TrustListedWarningProps) {
  const id = `trust-listed-${host.replace(/[^a-z0-9]/g, '-')}`;
  return (
    <section class="trust-listed" role="alert" aria-labelledby={`${id}-heading`} data-testid="trust-listed-warning" data-host={host}>
      <h3 id={`${id}-heading`}>{t('trustListedHeading', host)}</h3>
      <p>{t('trustListedLists', plainListNames(t, lists))}</p>
      <p class="trust-listed-scammers">{t('trustListedScammers')}</p>
      <div class="actions">
        <button type="button" class="primary" disabled={busy} onClick={onKeep} data-testid="trust-listed-keep">{t('trustListedKeep')}</button>
        <button type="button" disabled={busy} onClick={onConfirm} data-testid="trust-listed-confirm">{t('trustListedConfirm')}</button>
      </div>
    </section>
  );
}
