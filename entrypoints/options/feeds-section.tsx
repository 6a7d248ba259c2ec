import { useEffect, useState } from 'preact/hooks';
import { FamilyLockNotice } from '@/components/FamilyLockNotice';
import { FeedTable } from '@/components/FeedTable';
import { currentUnlockToken, unlockWithPin, useFamilyLock } from '@/components/lib/family';
import { sendToBackground } from '@/components/lib/messaging';
import type { AddFeedResult, BuiltInListFacts, FeedSummary } from '@/rules/feeds-config/feed-summary';
import { countKey, type Translate } from '@/rules/i18n';

const ADD_PROBLEM_KEYS = { 'not-a-url': 'feedsAddNotUrl', 'not-https': 'feedsAddNotHttps', credentials: 'feedsAddCredentials', duplicate: 'feedsAddDuplicate' } as const;

/** The options page's scam-list section: wiring between FeedTable and the background. */
export function FeedsSection({ t, lang }: { t: Translate; lang: string }) {
  const [feeds, setFeeds] = useState<FeedSummary[] | null>(null);
  const [builtIn, setBuiltIn] = useState<BuiltInListFacts | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const { locked, refused } = useFamilyLock(t);
  useEffect(() => {
    void sendToBackground<{ feeds: FeedSummary[]; builtIn: BuiltInListFacts | null }>({ type: 'page:feeds' }).then((answer) => {
      setFeeds(answer.feeds);
      setBuiltIn(answer.builtIn);
    });
  }, []);

  /** Runs one change; a family-mode refusal or failure becomes a plain status line. */
  const run = async (work: () => Promise<FeedSummary[] | null>, done: string | ((feeds: FeedSummary[]) => string) = '') => {
    setBusy(true);
    try {
      const next = await work();
      if (next !== null) {
        setFeeds(next);
        setStatus(typeof done === 'string' ? done : done(next));
      }
    } catch (error) {
      setStatus(refused(error));
    } finally {
      setBusy(false);
    }
  };

  const add = async (url: string): Promise<boolean> => {
    let added = false;
    await run(async () => {
      const result = await sendToBackground<AddFeedResult>({ type: 'page:addFeed', url, unlockToken: currentUnlockToken() });
      if (!result.ok) {
        setStatus(t(ADD_PROBLEM_KEYS[result.reason]));
        return null;
      }
      added = true;
      return result.feeds;
    }, t('feedsAdded'));
    return added;
  };

  /** "Checked" only when every list in use was; otherwise how many failed (each row says why). */
  const updatedText = (next: FeedSummary[]) => {
    const failed = next.filter((feed) => feed.enabled && feed.lastError !== null).length;
    return failed === 0 ? t('feedsUpdated') : t(countKey(lang, 'feedsUpdatedFailed', failed), failed);
  };

  return (
    <section class="options-section" aria-labelledby="feeds-heading" data-testid="feeds-section">
      <h2 id="feeds-heading">{t('feedsHeading')}</h2>
      <p>{t('feedsIntro')}</p>
      {locked && <FamilyLockNotice t={t} unlock={unlockWithPin} testId="feeds-family-locked" />}
      {feeds !== null && (
        <FeedTable
          t={t}
          lang={lang}
          feeds={feeds}
          builtIn={builtIn}
          status={status}
          busy={busy}
          locked={locked}
          onAdd={add}
          onRemove={(feed) =>
            void run(async () => (await sendToBackground<{ feeds: FeedSummary[] }>({ type: 'page:removeFeed', id: feed.id, unlockToken: currentUnlockToken() })).feeds)
          }
          onToggle={(feed, enabled) =>
            void run(async () => (await sendToBackground<{ feeds: FeedSummary[] }>({ type: 'page:setFeedEnabled', id: feed.id, enabled, unlockToken: currentUnlockToken() })).feeds)
          }
          onUpdate={() => {
            setStatus(t('feedsUpdating'));
            void run(async () => (await sendToBackground<{ feeds: FeedSummary[] }>({ type: 'page:updateFeeds', unlockToken: currentUnlockToken() })).feeds, updatedText);
          }}
        />
      )}
    </section>
  );
}
