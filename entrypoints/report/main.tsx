import { render } from 'preact';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { MistakeForm } from '@/components/MistakeForm';
import { ReportForm, type ReportFormApi } from '@/components/ReportForm';
import { ReportSend, type ReportSendApi } from '@/components/ReportSend';
import { startUnlessFramed } from '@/components/lib/framed';
import { loadLocalisation } from '@/components/lib/i18n';
import { sendToBackground } from '@/components/lib/messaging';
import type { Translate } from '@/rules/i18n';
import type { ReportDraft, SavedReport } from '@/rules/reports/answers';
import type { Report } from '@/rules/reports/schema';
import type { Settings } from '@/rules/settings';
import '@/components/theme.css';

/**
 * The report form, in a tab of its own: report.html?tab=ID (opened by the popup's "Report this site"),
 * or with "&mistake" the "This warning is a mistake" form (popup, banner, warning page).
 * Step one saves the report on this computer; step two sends it, only if the user wants.
 */
function ReportApp({ t, lang, tabId, initial, mistake }: { t: Translate; lang: string; tabId: number; initial: ReportDraft; mistake: boolean }) {
  const [saved, setSaved] = useState<SavedReport | null>(null);
  const formApi: ReportFormApi = {
    draft: (keepFullAddress) => sendToBackground<ReportDraft>({ type: 'page:reportDraft', tabId, keepFullAddress }),
    screenshot: async () => (await sendToBackground<{ screenshot: string }>({ type: 'page:reportScreenshot', tabId })).screenshot,
    save: (report) => sendToBackground<SavedReport>({ type: 'page:reportSave', report }),
  };
  const sendApi: ReportSendApi = {
    send: (id, destinations, email, rememberEmail) =>
      sendToBackground<Report>({ type: 'page:reportSend', id, destinations, rememberEmail, ...(email ? { email } : {}) }),
    retry: (id) => sendToBackground<Report>({ type: 'page:reportRetry', id }),
  };
  return (
    <main class="report-page">
      <h1>{t(pageTitleKey(mistake))}</h1>
      {saved === null ? (
        mistake ? (
          <>
            <p>{t('mistakeIntro')}</p>
            <MistakeForm t={t} initial={initial} save={formApi.save} onSaved={setSaved} />
          </>
        ) : (
          <>
            <p>{t('reportIntro')}</p>
            <ReportForm t={t} lang={lang} initial={initial} api={formApi} onSaved={setSaved} />
          </>
        )
      ) : (
        <>
          <p class="notice notice-ok" role="status" data-testid="report-saved">
            {mistake ? t('mistakeSaved') : t('reportSaved')} {saved.blocked && t('reportSiteBlocked')}
          </p>
          <ReportSend t={t} initial={saved.report} draft={initial} api={sendApi} />
        </>
      )}
      <p>
        <button type="button" class="link" data-testid="report-see-all" onClick={() => void browser.runtime.openOptionsPage()}>{t('reportSeeAll')}</button>
      </p>
    </main>
  );
}

const pageTitleKey = (mistake: boolean) => (mistake ? 'mistakePageTitle' : 'reportPageTitle');

async function main(): Promise<void> {
  const root = document.getElementById('app')!;
  const { settings } = await sendToBackground<{ settings: Settings }>({ type: 'page:getSettings' });
  const { lang, t } = await loadLocalisation(settings.language);
  document.documentElement.lang = lang;
  const query = new URLSearchParams(location.search);
  const mistake = query.has('mistake');
  document.title = t(pageTitleKey(mistake));
  const tabId = Number(query.get('tab'));
  try {
    if (!Number.isInteger(tabId) || tabId < 0) throw new Error('no tab to report');
    const draft = await sendToBackground<ReportDraft>({ type: 'page:reportDraft', tabId, keepFullAddress: false });
    render(<ReportApp t={t} lang={lang} tabId={tabId} initial={draft} mistake={mistake} />, root);
  } catch (error) {
    console.error('[scam-sentinel] report:', error);
    render(<main class="report-page"><h1>{t(pageTitleKey(mistake))}</h1><p role="alert">{t('reportNotWeb')}</p></main>, root);
  }
}

startUnlessFramed(main);
