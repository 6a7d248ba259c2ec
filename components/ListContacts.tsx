import type { Translate } from '@/rules/i18n';
import type { ListContact } from '@/rules/reports/list-contacts';
import { plainListName } from './lib/list-names';

/** The lists that name a site, in plain words, each with the page where its makers take corrections. */
export function ListContacts({ t, lists }: { t: Translate; lists: readonly ListContact[] }) {
  return (
    <ul class="list-contacts" data-testid="mistake-lists">
      {lists.map((list) => (
        <li key={list.name} data-testid="mistake-list">
          <strong>{plainListName(t, list.name)}</strong>
          {': '}
          {list.homepage ? (
            <a href={list.homepage} target="_blank" rel="noopener noreferrer" data-testid="mistake-list-page">
              {t('mistakeListPage')} ({list.homepage.replace(/^https:\/\//, '')})
            </a>
          ) : (
            t('mistakeNoListPage')
          )}
        </li>
      ))}
    </ul>
  );
}
