import { useState } from 'preact/hooks';
import type { Translate } from '@/rules/i18n';
import type { ReportDraft, SavedReport } from '@/rules/reports/answers';
import { MAX_NOTES_CHARS, REPORT_KINDS, type ReportInput, type ReportKind } from '@/rules/reports/schema';
import { ReportEvidence } from './ReportEvidence';
import { REPORT_KIND_KEYS } from './lib/report-kinds';
import './report.css';

export interface ReportFormApi {
  draft(keepFullAddress: boolean): Promise<ReportDraft>;
  /** Takes the picture of the reported tab; called only when the user ticks the box. */
  screenshot(): Promise<string>;
  save(input: ReportInput): Promise<SavedReport>;
}

/**
 * Step one of reporting: what happened, and the evidence shown in full before anything is saved.
 * The picture is taken only when the user ticks the box, and shown before saving.
 */
export function ReportForm({ t, lang, initial, api, onSaved }: { t: Translate; lang: string; initial: ReportDraft; api: ReportFormApi; onSaved: (saved: SavedReport) => void }) {
  const [draft, setDraft] = useState(initial);
  const [kind, setKind] = useState<ReportKind | null>(null);
  const [lostMoney, setLostMoney] = useState(false);
  const [notes, setNotes] = useState('');
  // The box shows the user's choice at once; the picture follows when taken.
  const [wantsScreenshot, setWantsScreenshot] = useState(false);
  const [screenshot, setScreenshot] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const keepFullAddress = async (keep: boolean) => setDraft(await api.draft(keep));
  const toggleScreenshot = async (include: boolean) => {
    setProblem(null);
    setWantsScreenshot(include);
    if (!include) return setScreenshot(null);
    setBusy(true);
    try {
      setScreenshot(await api.screenshot());
    } catch {
      setWantsScreenshot(false);
      setProblem(t('reportScreenshotFailed'));
    } finally {
      setBusy(false);
    }
  };
  const save = async (event: Event) => {
    event.preventDefault();
    if (kind === null) return;
    setBusy(true);
    try {
      onSaved(await api.save({ kind, lostMoney, notes: notes.trim(), evidence: draft.evidence, ...(screenshot ? { screenshot } : {}) }));
    } catch {
      setProblem(t('errorGeneric'));
      setBusy(false);
    }
  };

  return (
    <form class="report-form" data-testid="report-form" onSubmit={(event) => void save(event)}>
      <fieldset>
        <legend>{t('reportKindLegend')}</legend>
        {REPORT_KINDS.map((value) => (
          <label key={value} class="report-choice">
            <input type="radio" name="kind" value={value} required checked={kind === value} data-testid={`report-kind-${value}`} onChange={() => setKind(value)} />
            {t(REPORT_KIND_KEYS[value])}
          </label>
        ))}
      </fieldset>
      <label class="report-choice">
        <input type="checkbox" data-testid="report-lost-money" checked={lostMoney} onChange={(event) => setLostMoney(event.currentTarget.checked)} />
        {t('reportLostMoney')}
      </label>
      <label class="report-field">
        {t('reportNotesLabel')}
        <textarea
          data-testid="report-notes"
          rows={4}
          maxLength={MAX_NOTES_CHARS}
          aria-describedby="report-notes-hint"
          value={notes}
          onInput={(event) => setNotes(event.currentTarget.value)}
        />
      </label>
      <p id="report-notes-hint" class="report-hint">{t('reportNotesHint')}</p>

      <section class="report-evidence-box" aria-labelledby="report-evidence-heading">
        <h2 id="report-evidence-heading">{t('reportEvidenceHeading')}</h2>
        <ReportEvidence t={t} evidence={draft.evidence} explanations={draft.explanations} lang={lang} />
        {draft.addressShortened && (
          <label class="report-choice">
            <input
              type="checkbox"
              data-testid="report-keep-full-address"
              checked={draft.evidence.keptQuery}
              onChange={(event) => void keepFullAddress(event.currentTarget.checked)}
            />
            {t('reportKeepFullAddress')}
          </label>
        )}
        {draft.canScreenshot && (
          <>
            <label class="report-choice">
              <input
                type="checkbox"
                data-testid="report-screenshot"
                checked={wantsScreenshot}
                disabled={busy}
                aria-describedby="report-screenshot-hint"
                onChange={(event) => void toggleScreenshot(event.currentTarget.checked)}
              />
              {t('reportScreenshotInclude')}
            </label>
            <p id="report-screenshot-hint" class="report-hint">{t('reportScreenshotHint')}</p>
            {screenshot && <img class="report-screenshot" data-testid="report-screenshot-preview" src={screenshot} alt={t('reportScreenshotAlt')} />}
          </>
        )}
      </section>
      {problem && <p class="notice" role="alert">{problem}</p>}
      <button type="submit" class="primary" data-testid="report-save" disabled={busy || kind === null}>{t('reportSave')}</button>
    </form>
  );
}
