import { useEffect, useState } from 'preact/hooks';
import { PersonalLists } from '@/components/PersonalLists';
import { currentUnlockToken, forgetUnlock, isPinRequiredError } from '@/components/lib/family';
import { sendToBackground } from '@/components/lib/messaging';
import type { Translate } from '@/rules/i18n';
import type { PersonalListName, PersonalLists as Lists } from '@/rules/personal/records';

type ChangeAnswer = { ok: true; lists: Lists } | { ok: false; reason: 'not-a-site' | 'full'; lists: Lists };
type ImportAnswer = { ok: true; added: number; skipped: number; lists: Lists } | { ok: false; reason: 'invalid' | 'full' };

/** The options page's personal-lists section: wiring between PersonalLists and the background. */
export function PersonalListsSection({ t }: { t: Translate }) {
  const [lists, setLists] = useState<Lists | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void sendToBackground<ChangeAnswer>({ type: 'page:personalLists' }).then((answer) => setLists(answer.lists));
  }, []);

  const change = async (send: () => Promise<ChangeAnswer>): Promise<boolean> => {
    setBusy(true);
    try {
      const answer = await send();
      setLists(answer.lists);
      setStatus(answer.ok ? t('optionsSaved') : t(answer.reason === 'full' ? 'personalFull' : 'personalNotASite'));
      return answer.ok;
    } catch (error) {
      if (isPinRequiredError(error)) forgetUnlock();
      setStatus(t('errorGeneric'));
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

  const importLists = async (file: File) => {
    setBusy(true);
    try {
      const answer = await sendToBackground<ImportAnswer>({ type: 'page:importPersonal', json: await file.text(), unlockToken: currentUnlockToken() });
      if (answer.ok) {
        setLists(answer.lists);
        setStatus(t('personalImported', answer.added));
      } else setStatus(t(answer.reason === 'full' ? 'personalFull' : 'personalImportInvalid'));
    } catch (error) {
      // Family mode refuses an import without the PIN: that is no fault of the file.
      if (isPinRequiredError(error)) forgetUnlock();
      setStatus(t(isPinRequiredError(error) ? 'errorGeneric' : 'personalImportInvalid'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="options-section" aria-labelledby="personal-heading" data-testid="personal-section">
      <h2 id="personal-heading">{t('personalHeading')}</h2>
      <p>{t('personalIntro')}</p>
      {lists !== null && (
        <PersonalLists
          t={t}
          lists={lists}
          status={status}
          busy={busy}
          onAdd={(list: PersonalListName, host: string) =>
            change(() => sendToBackground<ChangeAnswer>({ type: 'page:addPersonal', list, host, unlockToken: currentUnlockToken() }))
          }
          onRemove={(host) => void change(() => sendToBackground<ChangeAnswer>({ type: 'page:removePersonal', host, unlockToken: currentUnlockToken() }))}
          onExport={() => void exportLists()}
          onImport={(file) => void importLists(file)}
        />
      )}
    </section>
  );
}
