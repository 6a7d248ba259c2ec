import { useState } from 'preact/hooks';
import type { Translate } from '@/rules/i18n';
import type { PersonalListName, PersonalLists as Lists } from '@/rules/personal/records';
import './personal-lists.css';

export interface PersonalListsProps {
  t: Translate;
  lists: Lists;
  status: string;
  busy: boolean;
  onAdd: (list: PersonalListName, site: string) => Promise<boolean>;
  onRemove: (site: string) => void;
  onExport: () => void;
  onImport: (file: File) => void;
}

/** The user's blocked and trusted sites, with add, remove, save to a file and load from a file. */
export function PersonalLists({ t, lists, status, busy, onAdd, onRemove, onExport, onImport }: PersonalListsProps) {
  const [site, setSite] = useState('');
  const add = async (list: PersonalListName) => {
    if (site.trim() !== '' && (await onAdd(list, site.trim()))) setSite('');
  };
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
              <button type="button" class="link" disabled={busy} aria-label={t('personalRemoveLabel', host)} onClick={() => onRemove(host)}>
                {t('personalRemove')}
              </button>
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
        <button type="submit" data-testid="personal-block" disabled={busy}>{t('personalBlock')}</button>
        <button type="button" data-testid="personal-trust" disabled={busy} onClick={() => void add('trusted')}>{t('personalTrust')}</button>
      </form>
      <p class="status-line" role="status" data-testid="personal-status">{status}</p>
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
            disabled={busy}
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
