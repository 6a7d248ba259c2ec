import { loadLocalisation, type Localisation } from '@/components/lib/i18n';
import { readSettings } from './settings-store';

/** The UI text in the user's chosen language, for content scripts that cannot read the catalogues. */
let cached: { setting: string; localisation: Promise<Localisation> } | null = null;

export async function currentLocalisation(): Promise<Localisation> {
  const { language } = await readSettings();
  if (cached?.setting !== language) cached = { setting: language, localisation: loadLocalisation(language) };
  return cached.localisation;
}
