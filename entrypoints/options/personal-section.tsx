import { useEffect, useState } from 'preact/hooks';
import { ConfirmStep } from '@/components/ConfirmStep';
import { FamilyLockNotice } from '@/components/FamilyLockNotice';
import { PersonalLists } from '@/components/PersonalLists';
import { currentUnlockToken, unlockWithPin, useFamilyLock } from '@/components/lib/family';
import { sendToBackground } from '@/components/lib/messaging';
import { countKey, type Translate } from '@/rules/i18n';
import type { ImportAnswer, PersonalAnswer, PersonalView } from '@/rules/personal/answers';
import type { PersonalListName } from '@/rules/personal/records';
import type { PendingTrust } from '@/rules/personal/trust-review';

/** The options page's personal-lists section: wiring between PersonalLists and the background. */
export function PersonalListsSection({ t }: { t: Translate }) {
  const [view, setView] = useState<PersonalView | null>(null);
  const [listedWarning, setListedWarning] = useState<PendingTrust | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const { locked, refused } = useFamilyLock(t);
  useEffect(() => {
    void sendToBackground<PersonalAnswer>({ type: 'page:personalLists' }).then(setView);
  }, []);

  const change = async (send: () => Promise<PersonalAnswer>): Promise<boolean> => {
    setBusy(true);
    try {
      const answer = await send();
      setView({ lists: answer.lists, pending: answer.pending });
      if (!answer.ok && answer.reason === 'listed') {
        setListedWarning({ host: answer.host, lists: answer.listedBy });
        setStatus('');
        return false;
      }
      setListedWarning(null);
      setStatus(answer.ok ? t('optionsSaved') : t(answer.reason === 'full' ? 'personalFull' : 'personalNotASite'));
      return answer.ok;
    } catch (error) {
      setStatus(refused(error));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const exportLists = async () => {
    const { json } = await sendToBackground<{ json: string }>({ type: 'page:exportPersonal' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    link.download = 'scam-sentinel-my-lists.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };

  // A file that would trust sites: its text, and those sites, until the person answers the question.
  const [importAsk, setImportAsk] = useState<{ json: string; hosts: string[] } | null>(null);
  const importLists = async (json: string, trustConfirmed = false) => {
    setBusy(true);
    setImportAsk(null);
    try {
      const answer = await sendToBackground<ImportAnswer>({ type: 'page:importPersonal', json, trustConfirmed, unlockToken: currentUnlockToken() });
      if (answer.ok) {
        setView({ lists: answer.lists, pending: answer.pending });
        setStatus(t(countKey(document.documentElement.lang || 'en', 'personalImported', answer.added), answer.added));
      } else if (answer.reason === 'trust') {
        setImportAsk({ json, hosts: answer.hosts });
        setStatus('');
      } else setStatus(t(answer.reason === 'full' ? 'personalFull' : 'personalImportInvalid'));
    } catch (error) {
      setStatus(refused(error, 'personalImportInvalid'));
    } finally {
      setBusy(false);
    }
  };

  const confirmListed = (warning: PendingTrust, pending: boolean) =>
    void change(() =>
      sendToBackground<PersonalAnswer>(
        pending
          ? { type: 'page:confirmTrust', host: warning.host, unlockToken: currentUnlockToken() }
          : { type: 'page:addPersonal', list: 'trusted', host: warning.host, confirmListed: true, unlockToken: currentUnlockToken() },
      ),
    );

  return (
    <section class="options-section" aria-labelledby="personal-heading" data-testid="personal-section">
      <h2 id="personal-heading">{t('personalHeading')}</h2>
      <p>{t('personalIntro')}</p>
      {locked && <FamilyLockNotice t={t} unlock={unlockWithPin} testId="personal-family-locked" />}
      {view !== null && (
        <PersonalLists
          t={t}
          lists={view.lists}
          pending={view.pending}
          listedWarning={listedWarning}
          status={status}
          busy={busy}
          locked={locked}
          onAdd={(list: PersonalListName, host: string) =>
            change(() => sendToBackground<PersonalAnswer>({ type: 'page:addPersonal', list, host, unlockToken: currentUnlockToken() }))
          }
          onRemove={(host) => void change(() => sendToBackground<PersonalAnswer>({ type: 'page:removePersonal', host, unlockToken: currentUnlockToken() }))}
          onConfirmListed={confirmListed}
          onDismissWarning={() => setListedWarning(null)}
          onExport={() => void exportLists()}
          onImport={(file) => void file.text().then((json) => importLists(json))}
        />
      )}
      {importAsk && (
        <ConfirmStep
          testId="import-trust"
          heading={t('importTrustHeading')}
          text={t('importTrustText', namesOf(importAsk.hosts, t))}
          yes={t('importTrustYes')}
          no={t('trustConfirmNo')}
          onYes={() => void importLists(importAsk.json, true)}
          onNo={() => setImportAsk(null)}
        />
      )}
    </section>
  );
}

/** The sites a file would trust, the first few by name (a long list would hide the question). */
const NAMED_SITES = 5;
function namesOf(hosts: readonly string[], t: Translate): string {
  const named = hosts.slice(0, NAMED_SITES).join(', ');
  return hosts.length > NAMED_SITES ? t('importTrustMore', named, hosts.length - NAMED_SITES) : named;
}
