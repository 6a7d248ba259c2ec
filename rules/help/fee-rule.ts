import type { UiLang } from '../packs/schema.ts';

/**
 * The one rule that protects people who have already lost money: the second wave of the scam is
 * a "recovery service" or a "tax to release your funds". Kept here (not only in the UI
 * catalogues) so every surface, the in-page banner included, can show it without loading them.
 */
export const FEE_RULE: Record<UiLang, string> = {
  en: 'Nobody legitimate asks for a fee to recover your money. The police, banks and regulators never charge you to get it back.',
  it: 'Nessuno che sia onesto ti chiede di pagare per recuperare i tuoi soldi. Polizia, banche e autorità di vigilanza non chiedono mai denaro per restituirli.',
  fr: 'Aucun organisme sérieux ne vous demande de payer pour récupérer votre argent. La police, les banques et les autorités ne font jamais payer pour cela.',
  de: 'Niemand Seriöses verlangt eine Gebühr, um Ihr Geld zurückzuholen. Polizei, Banken und Aufsichtsbehörden verlangen dafür nie Geld.',
  es: 'Nadie legítimo le pide dinero para recuperar su dinero. La policía, los bancos y los organismos oficiales nunca cobran por ello.',
};
