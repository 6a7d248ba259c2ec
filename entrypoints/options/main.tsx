import { render } from 'preact';
import { useState } from 'preact/hooks';
import { SettingsForm } from '@/components/SettingsForm';
import { PrivateWindowsNotice, SiteAccessNotice } from '@/components/BrowserSettingNotices';
import { allowedInPrivateWindows, mayReadAllSites } from '@/components/lib/browser-settings';
import { currentUnlockToken, refreshFamilyStatus, unlockWithPin, useFamilyLock, useFamilyState } from '@/components/lib/family';
import { FamilySection } from './family-section';
import { FeedsSection } from './feeds-section';
import { PersonalListsSection } from './personal-section';
import { ReportsSection } from '@/components/ReportsSection';
import { startUnlessFramed } from '@/components/lib/framed';
import { loadLocalisation, type Localisation } from '@/components/lib/i18n';
import { sendToBackground } from '@/components/lib/messaging';
import type { Settings, SettingsPatch } from '@/rules/settings';
import '@/components/theme.css';
import './options.css';

interface Loaded {
  settings: Settings;
  problems: string[];
}

/** What the browser's own settings allow the extension, as the page opened. */
interface BrowserSettings {
  readsAllSites: boolean;
  inPrivateWindows: boolean;
}

function OptionsApp({ initial, localisation, browserSettings }: { initial: Loaded; localisation: Localisation; browserSettings: BrowserSettings }) {
  const [settings, setSettings] = useState(initial.settings);
  const [siteAccess, setSiteAccess] = useState(browserSettings.readsAllSites);
  const [{ t }, setLocalisation] = useState(localisation);
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState('');
  const family = useFamilyState();
  const { locked, refused } = useFamilyLock(t);
  const change = async (patch: SettingsPatch) => {
    // Family mode: the background refuses changes without the token from the family PIN.
    const result = await sendToBackground<{ settings: Settings }>({ type: 'page:setSettings', patch, unlockToken: currentUnlockToken() }).then(
      (answer) => {
        setProblem('');
        return answer;
      },
      (error: unknown) => {
        setProblem(refused(error));
        return { settings };
      },
    );
    setSettings(result.settings);
    setSaved(result.settings !== settings);
    document.documentElement.classList.toggle('large-text', result.settings.largeText);
    if (patch.language !== undefined) {
      const next = await loadLocalisation(result.settings.language);
      document.documentElement.lang = next.lang;
      setLocalisation(next);
    }
  };
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {!siteAccess && <SiteAccessNotice t={t} restored={() => setSiteAccess(true)} />}
      {!browserSettings.inPrivateWindows && <PrivateWindowsNotice t={t} />}
      {initial.problems.length > 0 && (
        <p class="notice" role="alert" data-testid="settings-repaired">{t('optionsRepaired')}</p>
      )}
      <SettingsForm
        t={t}
        settings={settings}
        onChange={(patch) => void change(patch)}
        locks={{ family: locked, managed: family.status?.lockedSettings ?? [] }}
        unlock={unlockWithPin}
      />
      {problem && (
        <p class="notice" role="alert" data-testid="settings-refused">{problem}</p>
      )}
      <p class="status-line" role="status">{saved ? t('optionsSaved') : ''}</p>
      <FeedsSection t={t} lang={document.documentElement.lang} />
      <PersonalListsSection t={t} />
      <FamilySection t={t} />
      <ReportsSection t={t} lang={document.documentElement.lang} organisation={{ name: initial.settings.reportOrgName, endpoint: initial.settings.reportOrgEndpoint }} />
    </main>
  );
}

async function main(): Promise<void> {
  // Everything that decides what the first paint shows (the saved values in its fields, and whether family
  // mode locks them) is known before it: an answer that came later could wipe what the person had begun to
  // type, or lock a control they were about to use.
  const [initial, readsAllSites, inPrivateWindows] = await Promise.all([
    sendToBackground<Loaded>({ type: 'page:getSettings' }),
    mayReadAllSites(),
    allowedInPrivateWindows(),
    refreshFamilyStatus(),
  ]);
  const localisation = await loadLocalisation(initial.settings.language);
  document.documentElement.lang = localisation.lang;
  document.documentElement.classList.toggle('large-text', initial.settings.largeText);
  document.title = localisation.t('optionsTitle');
  render(<OptionsApp initial={initial} localisation={localisation} browserSettings={{ readsAllSites, inPrivateWindows }} />, document.getElementById('app')!);
}

startUnlessFramed(main);
