import { render } from 'preact';
import { browser } from 'wxt/browser';
import { VerdictCard } from '@/components/VerdictCard';
import { loadLocalisation } from '@/components/lib/i18n';
import { sendToBackground } from '@/components/lib/messaging';
import type { Settings } from '@/rules/settings';
import type { TabStatus } from '@/rules/status';
import { reasonsFor } from './reasons';
import '@/components/theme.css';
import './popup.css';

/**
 * The toolbar popup: the status of the tab it was opened on. A test can open it as a normal page
 * with "?tab=ID" to look at a given tab.
 */
async function main(): Promise<void> {
  const root = document.getElementById('app')!;
  const { settings } = await sendToBackground<{ settings: Settings }>({ type: 'page:getSettings' });
  const { lang, t } = await loadLocalisation(settings.language);
  document.documentElement.lang = lang;
  try {
    const tabId = await targetTabId();
    const status = await sendToBackground<TabStatus>({ type: 'page:tabStatus', tabId });
    render(
      <main class="popup">
        <h1>{t('extName')}</h1>
        <VerdictCard t={t} status={status} reasons={reasonsFor(status, lang)} />
        <footer>
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>{t('openSettings')}</button>
        </footer>
      </main>,
      root,
    );
  } catch (error) {
    console.error('[scam-sentinel] popup:', error);
    render(<p role="alert">{t('errorGeneric')}</p>, root);
  }
}

async function targetTabId(): Promise<number> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('no active tab');
  return tab.id;
}

void main();
