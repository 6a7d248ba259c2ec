import { useState } from 'preact/hooks';
import type { Translate } from '@/rules/i18n';
import type { PersonalListName, PersonalLists as Lists } from '@/rules/personal/records';
import type { PendingTrust } from '@/rules/personal/trust-review';
import { ConfirmStep } from './ConfirmStep';
import { TrustListedWarning } from './TrustListedWarning';
import './personal-lists.css';

interface PersonalListsProps {
  t: Translate;
  lists: Lists;
  /** Trusted sites a scam list names, waiting for a confirmation in this browser. */
  pending: PendingTrust[];
  /** The site the user just asked to trust, which a scam list names: warn before anything changes. */
  listedWarning: PendingTrust | null;
  status: string;
  busy: boolean;
  /** Family mode is on and this page is not unlocked: every change waits for the PIN. */
  locked: boolean;
  onAdd: (list: PersonalListName, site: string) => Promise<boolean>;
  onRemove: (site: string) => void;
  /** "Trust it anyway" after the warning (for a new site or a pending one). */
  onConfirmListed: (warning: PendingTrust, pending: boolean) => void;
  onDismissWarning: () => void;
  onExport: () => void;
  onImport: (file: File) => void;
}

/** The user's blocked and trusted sites, with add, remove, save to a file and load from a file. */
export function PersonalLists(props: PersonalListsProps) {
  const { t, lists, pending, listedWarning, status, busy, locked, onAdd, onRemove, onConfirmListed, onDismissWarning, onExport, onImport } = props;
  const [site, setSite] = useState('');
  // Trusting a site or unblocking one weakens protection: each waits for an answer to a question first.
  const [asking, setAsking] = useState<{ kind: 'trust' | 'unblock'; host: string } | null>(null);
  const add = async (list: PersonalListName, host = site.trim()) => {
    if (host !== '' && (await onAdd(list, host))) setSite('');
  };
  const question = (kind: 'trust' | 'unblock', host: string, onYes: () => void) => (
    <ConfirmStep
      testId={kind}
      heading={t(kind === 'trust' ? 'trustConfirmHeading' : 'unblockHeading', host)}
      text={t(kind === 'trust' ? 'trustConfirmText' : 'unblockText')}
      yes={t(kind === 'trust' ? 'trustConfirmYes' : 'unblockYes')}
      no={t(kind === 'trust' ? 'trustConfirmNo' : 'unblockNo')}
      onYes={() => {
        setAsking(null);
        onYes();
      }}
      onNo={() => setAsking(null)}
    />
  );
  const frozen = busy || locked;
  const section = (list: PersonalListName, heading: string) => (
    <section class="personal-list" aria-labelledby={`personal-${list}`}>
      <h3 id={`personal-${list}`}>{heading}</h3>
      {lists[list].length === 0 ? (
        <p class="personal-empty">{t('personalEmpty')}</p>
      ) : (
        <ul data-testid={`personal-${list}`}>
          {lists[list].map((host) => (
            <li key={host} data-testid="personal-row" data-list={list}>
              <span>{host}</span>
              <button
                type="button"
                class="link"
                disabled={frozen}
                aria-label={t('personalRemoveLabel', host)}
                onClick={() => (list === 'blocked' ? setAsking({ kind: 'unblock', host }) : onRemove(host))}
              >
                {t('personalRemove')}
              </button>
              {asking?.kind === 'unblock' && asking.host === host && list === 'blocked' && question('unblock', host, () => onRemove(host))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
  return (
    <div class="personal-lists">
      <form class="personal-add" onSubmit={(e) => { e.preventDefault(); void add('blocked'); }}>
        <label class="field">
          {t('personalSiteLabel')}
          <input type="text" inputMode="url" data-testid="personal-site" value={site} onInput={(e) => setSite(e.currentTarget.value)} />
        </label>
        <button type="submit" data-testid="personal-block" disabled={frozen}>{t('personalBlock')}</button>
        <button type="button" data-testid="personal-trust" disabled={frozen} onClick={() => site.trim() !== '' && setAsking({ kind: 'trust', host: site.trim() })}>
          {t('personalTrust')}
        </button>
      </form>
      {asking?.kind === 'trust' && question('trust', asking.host, () => void add('trusted', asking.host))}
      <p class="status-line" role="status" data-testid="personal-status">{status}</p>
      {listedWarning && (
        <TrustListedWarning
          t={t}
          host={listedWarning.host}
          lists={listedWarning.lists}
          busy={frozen}
          onConfirm={() => onConfirmListed(listedWarning, false)}
          onKeep={onDismissWarning}
        />
      )}
      {pending.length > 0 && (
        <section class="personal-pending" aria-labelledby="personal-pending" data-testid="personal-pending">
          <h3 id="personal-pending">{t('trustPendingHeading')}</h3>
          <p>{t('trustPendingIntro')}</p>
          {pending.map((entry) => (
            <TrustListedWarning
              key={entry.host}
              t={t}
              host={entry.host}
              lists={entry.lists}
              busy={frozen}
              onConfirm={() => onConfirmListed(entry, true)}
              onKeep={() => onRemove(entry.host)}
            />
          ))}
        </section>
      )}
      {section('blocked', t('personalBlockedHeading'))}
      {section('trusted', t('personalTrustedHeading'))}
      <div class="personal-file">
        <button type="button" data-testid="personal-export" onClick={onExport}>{t('personalExport')}</button>
        <label class="file-button">
          {t('personalImport')}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="personal-import"
            disabled={frozen}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) onImport(file);
              e.currentTarget.value = '';
            }}
          />
        </label>
      </div>
    </div>
  );
}
