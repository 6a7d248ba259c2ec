import { useState } from 'preact/hooks';
import type { Translate } from '@/rules/i18n';
import { UI_LANGS } from '@/rules/packs/schema';
import type { Settings, SettingsPatch } from '@/rules/settings';
import type { UnlockResult } from '@/rules/family/unlock';
import { ConfirmStep } from './ConfirmStep';
import { FamilyLockNotice } from './FamilyLockNotice';
import './family.css';

interface SettingsFormProps {
  t: Translate;
  settings: Settings;
  onChange: (patch: SettingsPatch) => void;
  /** family: the whole form waits for the family PIN; managed: settings the administrator locked. */
  locks?: { family: boolean; managed: readonly string[] };
  /** Checks the family PIN, so a locked form can be unlocked in place. */
  unlock: (pin: string) => Promise<UnlockResult>;
}

const LANGUAGE_LABEL_KEYS = { en: 'langEn', it: 'langIt', fr: 'langFr', de: 'langDe', es: 'langEs' } as const;

/** The two protection switches: their label, and what turning each off loses (asked before it goes off). */
const PROTECTION_SWITCHES = [
  { name: 'blocklistEnabled', testId: 'setting-blocklist', label: 'optionsBlocklist', offText: 'switchOffBlocklist' },
  { name: 'heuristicsEnabled', testId: 'setting-heuristics', label: 'optionsHeuristics', offText: 'switchOffHeuristics' },
] as const;

/** The protection switches and the language choice. */
export function SettingsForm({ t, settings, onChange, locks = { family: false, managed: [] }, unlock }: SettingsFormProps) {
  const [askingOff, setAskingOff] = useState<(typeof PROTECTION_SWITCHES)[number]['name'] | null>(null);
  // A locked control is disabled and says why, right beside it.
  const lock = (name: keyof SettingsPatch) =>
    locks.managed.includes(name) ? { disabled: true, 'aria-describedby': `locked-${name}` } : {};
  const lockNote = (name: keyof SettingsPatch) =>
    locks.managed.includes(name) ? <span class="locked-note" id={`locked-${name}`} data-testid="managed-lock">{t('familyManagedLocked')}</span> : null;
  return (
    <form class="settings" onSubmit={(event) => event.preventDefault()}>
      {locks.family && <FamilyLockNotice t={t} unlock={unlock} testId="settings-family-locked" />}
      <fieldset disabled={locks.family} class="plain-group">
      <fieldset>
        <legend>{t('optionsProtection')}</legend>
        {PROTECTION_SWITCHES.map(({ name, testId, label, offText }) => (
          <div key={name}>
            <label class="toggle">
              <input
                type="checkbox"
                data-testid={testId}
                {...lock(name)}
                checked={settings[name]}
                onChange={(event) => {
                  const on = event.currentTarget.checked;
                  if (on) return onChange({ [name]: true });
                  // Stays on until the person answers the question below.
                  event.currentTarget.checked = true;
                  setAskingOff(name);
                }}
              />
              {t(label)}
            </label>
            {lockNote(name)}
            {askingOff === name && (
              <ConfirmStep
                testId="switch-off"
                heading={t('switchOffHeading')}
                text={t(offText)}
                yes={t('switchOffYes')}
                no={t('switchOffNo')}
                onYes={() => {
                  setAskingOff(null);
                  onChange({ [name]: false });
                }}
                onNo={() => setAskingOff(null)}
              />
            )}
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('familyDisplay')}</legend>
        <label class="toggle">
          <input type="checkbox" data-testid="setting-large-text" {...lock('largeText')} checked={settings.largeText}
            onChange={(event) => onChange({ largeText: event.currentTarget.checked })} />
          {t('familyLargeText')}
        </label>
        {lockNote('largeText')}
        <label class="toggle">
          <input type="checkbox" data-testid="setting-simple-popup" {...lock('simplePopup')} checked={settings.simplePopup}
            onChange={(event) => onChange({ simplePopup: event.currentTarget.checked })} />
          {t('familySimplePopup')}
        </label>
        {lockNote('simplePopup')}
      </fieldset>
      <label class="field">
        {t('optionsLanguage')}
        <select
          data-testid="setting-language"
          {...lock('language')}
          value={settings.language}
          onChange={(event) => onChange({ language: event.currentTarget.value as Settings['language'] })}
        >
          <option value="auto">{t('languageAuto')}</option>
          {UI_LANGS.map((lang) => (
            <option key={lang} value={lang}>{t(LANGUAGE_LABEL_KEYS[lang])}</option>
          ))}
        </select>
      </label>
      {lockNote('language')}
      </fieldset>
    </form>
  );
}
