import { render } from 'preact';
import { GuardianCallout } from '@/components/GuardianCallout';
import { loadLocalisation } from '@/components/lib/i18n';
import { sendToBackground } from '@/components/lib/messaging';
import type { FamilyStatus } from '@/rules/family/answers';
import type { Settings } from '@/rules/settings';
import './guardian-call.css';

/**
 * "Before you send any money, call NAME at PHONE", framed inside the in-page banner. It is an extension
 * page so that the web page around it cannot read the guardian's name and number (another origin).
 * It posts nothing to the page around it: whatever it posted, the page's scripts could read.
 */
async function main(): Promise<void> {
  const [{ settings }, family] = await Promise.all([
    sendToBackground<{ settings: Settings }>({ type: 'page:getSettings' }),
    sendToBackground<FamilyStatus>({ type: 'page:familyStatus' }),
  ]);
  const { lang, t } = await loadLocalisation(settings.language);
  document.documentElement.lang = lang;
  render(<GuardianCallout t={t} guardian={family.guardian} />, document.getElementById('app')!);
}

void main();
