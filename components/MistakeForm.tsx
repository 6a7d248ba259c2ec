import { useState } from 'preact/hooks';
import type { Translate } from '@/rules/i18n';
import type { ReportDraft, SavedReport } from '@/rules/reports/answers';
import { listContacts } from '@/rules/reports/list-contacts';
import { FALSE_POSITIVE, MAX_NOTES_CHARS, type ReportInput } from '@/rules/reports/schema';
import { ListContacts } from './ListContacts';
import './report.css';

/**
 * "This warning is a mistake": a short form that saves a false-positive report. It says which lists
 * to ask for a correction; it neither opens, trusts nor unblocks the site.
 */
export function MistakeForm({ t, initial, save, onSaved }: { t: Translate; initial: ReportDraft; save: (input: ReportInput) => Promise<SavedReport>; onSaved: (saved: SavedReport) => void }) {
  const [notes, setNotes] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const lists = listContacts(initial.evidence.signals);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    try {
      onSaved(await save({ kind: FALSE_POSITIVE, lostMoney: false, notes: notes.trim(), evidence: initial.evidence }));
    } catch {
      setProblem(t('errorGeneric'));
      setBusy(false);
    }
  };
  return (
    <form class="report-form" data-testid="mistake-form" onSubmit={(event) => void submit(event)}>
      <p class="report-breakable" data-testid="mistake-site">{t('mistakeSite', initial.evidence.host)}</p>
      {lists.length > 0 ? (
        <>
          <p>{t('mistakeListed')}</p>
          <ListContacts t={t} lists={lists} />
        </>
      ) : (
        <p>{t('mistakePageCheck')}</p>
      )}
      <label class="report-field">
        {t('mistakeNotesLabel')}
        <textarea data-testid="mistake-notes" rows={4} maxLength={MAX_NOTES_CHARS} value={notes} onInput={(event) => setNotes(event.currentTarget.value)} />
      </label>
      {problem && <p class="notice" role="alert">{problem}</p>}
      <button type="submit" class="primary" data-testid="mistake-save" disabled={busy}>{t('mistakeSave')}</button>
    </form>
  );
}
