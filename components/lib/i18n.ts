import { browser } from 'wxt/browser';
import { createTranslate, resolveUiLang, type Catalogue, type Translate } from '@/rules/i18n';
import type { UiLang } from '@/rules/packs/schema';

/**
 * Loads the UI text for extension pages. The browser's own i18n API cannot switch language, so
 * the catalogues in public/_locales are read directly; that lets the user pick a language.
 */
async function loadCatalogue(lang: UiLang): Promise<Catalogue> {
  const response = await fetch(browser.runtime.getURL(`/_locales/${lang}/messages.json` as '/'));
  return (await response.json()) as Catalogue;
}

export interface Localisation {
  lang: UiLang;
  t: Translate;
}

export async function loadLocalisation(languageSetting: string): Promise<Localisation> {
  const lang = resolveUiLang(languageSetting, browser.i18n.getUILanguage());
  const english = await loadCatalogue('en');
  const primary = lang === 'en' ? english : await loadCatalogue(lang).catch(() => english);
  return { lang, t: createTranslate(primary, english) };
}
