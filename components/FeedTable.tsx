import { useState } from 'preact/hooks';
import { countKey, type Translate } from '@/rules/i18n';
import { hasPlainListName, plainListName } from './lib/list-names';
import type { BuiltInListFacts, FeedSummary } from '@/rules/feeds-config/feed-summary';
import { ConfirmStep } from './ConfirmStep';
import './feed-table.css';

interface FeedTableProps {
  t: Translate;
  lang: string;
  feeds: FeedSummary[];
  /** The list that comes with the extension: always on, shown first (null: it could not be read). */
  builtIn?: BuiltInListFacts | null;
  /** Plain-words status line ("Updating…", an error while adding), announced to screen readers. */
  status: string;
  busy: boolean;
  /** Family mode is on and this page is not unlocked: every change waits for the PIN. */
  locked: boolean;
  onAdd: (url: string) => Promise<boolean>;
  onRemove: (feed: FeedSummary) => void;
  onToggle: (feed: FeedSummary, enabled: boolean) => void;
  onUpdate: () => void;
}

/** Error codes with a translated sentence (the codes a sync records: entrypoints/background/feeds/sync.ts). */
const ERROR_KEYS: Record<string, string> = {
  network: 'feedsErrorNetwork', timeout: 'feedsErrorTimeout', http: 'feedsErrorHttp', 'too-large': 'feedsErrorTooLarge',
  'too-many-entries': 'feedsErrorTooMany', truncated: 'feedsErrorTruncated', empty: 'feedsErrorEmpty', html: 'feedsErrorHtml',
  unrecognised: 'feedsErrorUnrecognised', malformed: 'feedsErrorMalformed', shrunk: 'feedsErrorShrunk',
  'bad-signature': 'feedsErrorSignature', 'unknown-key': 'feedsErrorSignature', 'malformed-signature': 'feedsErrorSignature',
  rollback: 'feedsErrorRollback', 'version-reused': 'feedsErrorVersionReused', 'signature-required': 'feedsErrorSignatureRequired',
  'insecure-redirect': 'feedsErrorInsecureRedirect', expired: 'feedsErrorExpired', storage: 'feedsErrorStorage',
};

/** The subscribed scam lists: one row each, with add, switch, remove and "Update now". */
export function FeedTable({ t, lang, feeds, builtIn = null, status, busy, locked, onAdd, onRemove, onToggle, onUpdate }: FeedTableProps) {
  const frozen = busy || locked;
  const [url, setUrl] = useState('');
  // Switching a list off or removing it waits for an answer to a question that says what is lost.
  const [asking, setAsking] = useState<{ id: string; action: 'off' | 'remove' } | null>(null);
  // A known list by what it holds, in the user's language; one the user added by its own name (its address follows).
  const nameOf = (feed: FeedSummary) => (hasPlainListName(feed.name) ? plainListName(t, feed.name) : feed.name);
  const when = (ms: number) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
  const day = (ms: number) => new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(ms);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (url.trim() !== '' && (await onAdd(url.trim()))) setUrl('');
  };
  return (
    <div class="feed-table">
      <ul class="feed-list">
        {builtIn && (
          <li class="feed-row" data-testid="builtin-list">
            <span class="feed-name">{t('feedsBuiltInName')}</span>
            <span class="feed-facts" data-testid="builtin-facts">
              {[
                t(countKey(lang, 'feedsEntries', builtIn.names), builtIn.names.toLocaleString(lang)),
                t('feedsBuiltInAlways'),
                // The day in the list's own header: when its sites were gathered, not when this copy was built.
                ...(builtIn.madeOn ? [t('feedsBuiltInDate', day(Date.parse(`${builtIn.madeOn}T12:00:00Z`)))] : []),
              ].join(' · ')}
            </span>
          </li>
        )}
        {feeds.map((feed) => (
          <li key={feed.id} class="feed-row" data-testid="feed-row" data-feed-url={feed.url} data-enabled={String(feed.enabled)}>
            <label class="feed-toggle">
              {/* The administrator's feeds stay on: the user can neither switch them off nor remove them. */}
              <input
                type="checkbox"
                checked={feed.enabled}
                disabled={frozen || feed.origin === 'managed'}
                aria-describedby={feed.origin === 'managed' ? `managed-${feed.id}` : undefined}
                onChange={(e) => {
                  if (e.currentTarget.checked) return onToggle(feed, true);
                  e.currentTarget.checked = true; // stays on until the question below is answered
                  setAsking({ id: feed.id, action: 'off' });
                }}
              />
              <span class="feed-name">{nameOf(feed)}</span>
            </label>
            <span class="feed-url">{feed.url}</span>
            <span class="feed-facts" data-testid="feed-facts">
              {feed.entries === null && feed.lastSuccessAt === null && feed.lastError
                ? // Never downloaded because every try failed: the error line below says why.
                  t('feedsDownloadFailed')
                : [
                    feed.entries !== null
                      ? t(countKey(lang, 'feedsEntries', feed.entries), feed.entries.toLocaleString(lang))
                      : t(feed.expiry?.state === 'dropped' ? 'feedsNoneInUse' : 'feedsNotYet'),
                    feed.lastSuccessAt === null ? t('feedsNeverUpdated') : t('feedsLastSuccess', when(feed.lastSuccessAt)),
                  ].join(' · ')}
            </span>
            {feed.skipped !== null && feed.skipped > 0 && (
              <span class="feed-facts" data-testid="feed-skipped">
                {t(countKey(lang, 'feedsSkipped', feed.skipped), feed.skipped.toLocaleString(lang))}
              </span>
            )}
            {feed.expiry && (
              <span class="feed-error" data-testid="feed-expiry" data-state={feed.expiry.state}>
                {feed.expiry.state === 'grace'
                  ? t('feedsExpiredGrace', day(feed.expiry.expiredAt), day(feed.expiry.dropAt))
                  : t('feedsExpiredDropped', day(feed.expiry.expiredAt))}
              </span>
            )}
            {feed.lastError && (
              <span class="feed-error" data-testid="feed-error" data-code={feed.lastError.code}>
                {t('feedsLastError', t(ERROR_KEYS[feed.lastError.code] ?? 'feedsErrorOther'))}
              </span>
            )}
            {feed.origin === 'managed' ? (
              <span class="locked-note" id={`managed-${feed.id}`} data-testid="feed-managed">{t('feedsManaged')}</span>
            ) : (
              <button type="button" class="link feed-remove" disabled={frozen} aria-label={t('feedsRemoveLabel', nameOf(feed))} onClick={() => setAsking({ id: feed.id, action: 'remove' })}>
                {t('feedsRemove')}
              </button>
            )}
            {asking?.id === feed.id && (
              <ConfirmStep
                testId="feed-off"
                heading={t(asking.action === 'remove' ? 'feedRemoveHeading' : 'feedOffHeading', nameOf(feed))}
                text={t('feedOffText')}
                yes={t(asking.action === 'remove' ? 'feedRemoveYes' : 'feedOffYes')}
                no={t('feedKeep')}
                onYes={() => {
                  setAsking(null);
                  if (asking.action === 'remove') onRemove(feed);
                  else onToggle(feed, false);
                }}
                onNo={() => setAsking(null)}
              />
            )}
          </li>
        ))}
      </ul>
      <form class="feed-add" onSubmit={(e) => void submit(e)}>
        <label class="field">
          {t('feedsUrlLabel')}
          <input type="url" inputMode="url" data-testid="feed-url" value={url} placeholder="https://" onInput={(e) => setUrl(e.currentTarget.value)} />
        </label>
        <button type="submit" data-testid="feed-add" disabled={frozen}>{t('feedsAdd')}</button>
      </form>
      <p>
        <button type="button" class="primary" data-testid="feed-update" disabled={frozen} onClick={onUpdate}>{t('feedsUpdateNow')}</button>
      </p>
      <p class="status-line" role="status" data-testid="feed-status">{status}</p>
    </div>
  );
}
