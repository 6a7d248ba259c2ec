import { render } from 'preact';
import { useState } from 'preact/hooks';
import { SettingsForm } from '@/components/SettingsForm';
import { loadLocalisation, type Localisation } from '@/components/lib/i18n';
import { sendToBackground } from '@/components/lib/messaging';
import type { Settings, SettingsPatch } from '@/rules/settings';
import '@/components/theme.css';
import './options.css';

interface Loaded {
  settings: Settings;
  problems: string[];
}

function OptionsApp({ initial, localisation }: { initial: Loaded; localisation: Localisation }) {
  const [settings, setSettings] = useState(initial.settings);
  const [{ t }, setLocalisation] = useState(localisation);
  const [saved, setSaved] = useState(false);
  const change = async (patch: SettingsPatch) => {
    const result = await sendToBackground<{ settings: Settings }>({ type: 'page:setSettings', patch });
    setSettings(result.settings);
    setSaved(true);
    if (patch.language !== undefined) {
      const next = await loadLocalisation(result.settings.language);
      document.documentElement.lang = next.lang;
      setLocalisation(next);
    }
  };
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {initial.problems.length > 0 && (
        <p class="notice" role="alert" data-testid="settings-repaired">{t('optionsRepaired')}</p>
      )}
      <SettingsForm t={t} settings={settings} onChange={(patch) => void change(patch)} />
      <p class="status-line" role="status">{saved ? t('optionsSaved') : ''}</p>
    </main>
  );
}

async function main(): Promise<void> {
  const initial = await sendToBackground<Loaded>({ type: 'page:getSettings' });
  const localisation = await loadLocalisation(initial.settings.language);
  document.documentElement.lang = localisation.lang;
  document.title = localisation.t('optionsTitle');
  render(<OptionsApp initial={initial} localisation={localisation} />, document.getElementById('app')!);
}

void main();
