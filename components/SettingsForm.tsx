import type { Translate } from '@/rules/i18n';
import { UI_LANGS } from '@/rules/packs/schema';
import type { Settings, SettingsPatch } from '@/rules/settings';

export interface SettingsFormProps {
  t: Translate;
  settings: Settings;
  onChange: (patch: SettingsPatch) => void;
}

const LANGUAGE_LABEL_KEYS = { en: 'langEn', it: 'langIt', fr: 'langFr', de: 'langDe', es: 'langEs' } as const;

/** The protection switches and the language choice. */
export function SettingsForm({ t, settings, onChange }: SettingsFormProps) {
  return (
    <form class="settings" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>{t('optionsProtection')}</legend>
        <label class="toggle">
          <input
            type="checkbox"
            data-testid="setting-blocklist"
            checked={settings.blocklistEnabled}
            onChange={(event) => onChange({ blocklistEnabled: event.currentTarget.checked })}
          />
          {t('optionsBlocklist')}
        </label>
        <label class="toggle">
          <input
            type="checkbox"
            data-testid="setting-heuristics"
            checked={settings.heuristicsEnabled}
            onChange={(event) => onChange({ heuristicsEnabled: event.currentTarget.checked })}
          />
          {t('optionsHeuristics')}
        </label>
      </fieldset>
      <label class="field">
        {t('optionsLanguage')}
        <select
          data-testid="setting-language"
          value={settings.language}
          onChange={(event) => onChange({ language: event.currentTarget.value as Settings['language'] })}
        >
          <option value="auto">{t('languageAuto')}</option>
          {UI_LANGS.map((lang) => (
            <option key={lang} value={lang}>{t(LANGUAGE_LABEL_KEYS[lang])}</option>
          ))}
        </select>
      </label>
    </form>
  );
}
