import type { UiLang } from './packs/schema.ts';
import { UI_LANGS } from './packs/schema.ts';

/**
 * Message catalogues in the browser's _locales format ({ key: { message } }), with "$1".."$9"
 * standing for substitutions. Pure, so the same formatting runs in every context and in tests.
 */
export type Catalogue = Record<string, { message: string; description?: string }>;
export type Translate = (key: string, ...substitutions: (string | number)[]) => string;

function format(message: string, substitutions: (string | number)[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, ref: string) => (ref === '$' ? '$' : String(substitutions[Number(ref) - 1] ?? '')));
}

/** A translator that falls back to English, then to the key itself, so a gap never shows blank. */
export function createTranslate(primary: Catalogue, fallback: Catalogue): Translate {
  return (key, ...substitutions) => format(primary[key]?.message ?? fallback[key]?.message ?? key, substitutions);
}

/** The UI language for a setting ("auto" or a language) and the browser's UI locale ("it-IT"). */
export function resolveUiLang(setting: string, browserLocale: string): UiLang {
  const candidate = (setting === 'auto' ? browserLocale : setting).toLowerCase().split(/[-_]/)[0] ?? '';
  return (UI_LANGS as readonly string[]).includes(candidate) ? (candidate as UiLang) : 'en';
}

/**
 * The message key for a count, by the language's plural rules: "KEY" holds the general form
 * ("$1 minutes") and "KEYOne" the singular ("$1 minute"), used where the language says "one"
 * (1 in English; 0 and 1 in French). Other categories of these five languages take the general form.
 */
export function countKey(lang: string, key: string, count: number): string {
  return new Intl.PluralRules(lang).select(count) === 'one' ? `${key}One` : key;
}
