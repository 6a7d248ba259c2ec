/**
 * Signals read from the STRUCTURE of a page's forms rather than its words. Both are language-free:
 *
 *  - plans.hyip_form: the form fingerprint of the "HYIP Manager" script (Goldcoders and its clones),
 *    which most HYIP Ponzi sites run. Every one of its forms posts a hidden field named "a" (the page
 *    dispatcher: signup, do_login, support, deposit...) next to one of the script's own field names.
 *  - addresses.payout_accounts: a form that asks for your account or wallet in three or more payment
 *    systems at once ("Your Bitcoin Account", "Your Tether TRC20 Account", "Your ePayCore Account").
 *    HYIP sign-ups collect these to "pay out profits"; an honest firm pays out to one account you add
 *    when you withdraw, never to a list of crypto and e-currency accounts at sign-up.
 *
 * Field names and placeholders (capped at 200/300 chars by the snapshot schema) are split into words and
 * looked up in sets: two single-class regexes, checked in tests/unit/engine/redos.test.ts.
 */
import type { RuleInfo } from '../packs/schema.ts';
import type { PageForm } from '../snapshot.ts';
import type { Signal } from '../verdict.ts';

export const FORM_RULES: RuleInfo[] = [
  {
    id: 'plans.hyip_form',
    family: 'plans',
    weight: 2,
    decisive: false,
    explain: {
      en: 'The forms of this site come from a ready-made "high-yield investment" program that thousands of Ponzi sites use.',
      it: 'I moduli di questo sito vengono da un programma già pronto per "investimenti ad alto rendimento", usato da migliaia di siti Ponzi.',
      fr: 'Les formulaires de ce site viennent d’un logiciel tout prêt d’« investissement à haut rendement », utilisé par des milliers de sites de Ponzi.',
      de: 'Die Formulare dieser Seite stammen aus einer fertigen Software für „Hochzins-Anlagen“, die Tausende Schneeballseiten nutzen.',
      es: 'Los formularios de este sitio vienen de un programa ya hecho de "inversión de alto rendimiento", usado por miles de sitios Ponzi.',
    },
  },
  {
    id: 'addresses.payout_accounts',
    family: 'addresses',
    weight: 2,
    decisive: false,
    explain: {
      en: 'This form asks for your accounts in many cryptocurrencies and payment systems at once, to send you "profits". Ponzi sites do this; real investment firms do not.',
      it: 'Questo modulo chiede i vostri conti in molte criptovalute e sistemi di pagamento insieme, per mandarvi i "profitti". Lo fanno i siti Ponzi, non le vere società di investimento.',
      fr: 'Ce formulaire demande vos comptes dans beaucoup de cryptomonnaies et de systèmes de paiement à la fois, pour vous verser des « profits ». Les sites de Ponzi font cela, pas les vraies sociétés.',
      de: 'Dieses Formular verlangt Ihre Konten in vielen Kryptowährungen und Zahlungsdiensten auf einmal, um „Gewinne“ auszuzahlen. Das tun Schneeballseiten, keine echten Anlagefirmen.',
      es: 'Este formulario pide sus cuentas en muchas criptomonedas y sistemas de pago a la vez, para enviarle "beneficios". Lo hacen los sitios Ponzi, no las empresas de inversión reales.',
    },
  },
];

const RULE = Object.fromEntries(FORM_RULES.map((r) => [r.id, r])) as Record<string, RuleInfo>;

/** Field names the HYIP Manager script puts next to its hidden "a" dispatcher field. */
const HYIP_COMPANION_FIELDS = new Set(['follow', 'follow_id', 'h_id', 'validation_number', 'rand_ref', 'transaction_code']);
const HYIP_PAYOUT_FIELD = 'pay_account[';

/** Words naming a payment system, mapped to the system (so "Tether TRC20" and "USDT" count once). */
const PAYMENT_SYSTEMS: Record<string, string> = {
  bitcoin: 'btc', btc: 'btc', litecoin: 'ltc', ltc: 'ltc', ethereum: 'eth', eth: 'eth', tether: 'usdt', usdt: 'usdt',
  trc20: 'usdt', erc20: 'usdt', bep20: 'usdt', usdc: 'usdc', tron: 'trx', trx: 'trx', dogecoin: 'doge', doge: 'doge',
  dash: 'dash', ripple: 'xrp', xrp: 'xrp', bnb: 'bnb', busd: 'busd', stellar: 'xlm', xlm: 'xlm', solana: 'sol',
  perfectmoney: 'pm', perfect: 'pm', payeer: 'payeer', epaycore: 'epaycore', advcash: 'advcash', webmoney: 'webmoney',
  solidtrustpay: 'stp', nixmoney: 'nixmoney', egold: 'egold',
};
/** Words saying the field wants an account or wallet to be paid to, in the pack languages. */
const ACCOUNT_WORDS = new Set([
  'account', 'wallet', 'address', 'addr', 'purse', 'conto', 'indirizzo', 'portafoglio', 'compte', 'adresse', 'portefeuille',
  'konto', 'cuenta', 'direccion', 'billetera', 'monedero', 'carteira', 'endereco', 'rekening', 'portemonnee', 'portfel', 'adres',
]);
const MIN_PAYOUT_SYSTEMS = 3;

const COMBINING_MARKS = /\p{M}+/gu;
const NON_WORD = /[^a-z0-9]+/;

function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .split(NON_WORD)
    .filter((w) => w !== '');
}

function isHyipForm(form: PageForm): boolean {
  const names = form.fields.map((f) => f.name.toLowerCase());
  const hasDispatcher = form.fields.some((f) => f.type === 'hidden' && f.name === 'a');
  return hasDispatcher && names.some((n) => HYIP_COMPANION_FIELDS.has(n) || n.startsWith(HYIP_PAYOUT_FIELD));
}

/** The payout fields of a form: each asks an account or wallet in a payment system, by system. */
function payoutFields(form: PageForm): Map<string, string> {
  const bySystem = new Map<string, string>();
  for (const field of form.fields) {
    if (field.type === 'hidden' || field.type === 'password') continue;
    const fieldWords = words(`${field.name} ${field.id ?? ''} ${field.placeholder}`);
    if (!fieldWords.some((w) => ACCOUNT_WORDS.has(w))) continue;
    const system = fieldWords.map((w) => PAYMENT_SYSTEMS[w]).find((s) => s !== undefined);
    if (system && !bySystem.has(system)) bySystem.set(system, field.placeholder || field.name);
  }
  return bySystem;
}

function signal(id: string, evidence: string): Signal {
  const rule = RULE[id]!;
  return { id, family: rule.family, weight: rule.weight, evidence: evidence.slice(0, 160) };
}

export function formSignals(forms: PageForm[]): Signal[] {
  const signals: Signal[] = [];
  const hyip = forms.find(isHyipForm);
  if (hyip) {
    const names = hyip.fields.map((f) => f.name).filter((n) => n !== '');
    signals.push(signal('plans.hyip_form', `form fields: ${names.slice(0, 8).join(', ')}`));
  }
  for (const form of forms) {
    const fields = payoutFields(form);
    if (fields.size >= MIN_PAYOUT_SYSTEMS) {
      const asked = [...fields.values()].slice(0, 5).join(', ');
      signals.push(signal('addresses.payout_accounts', `asks for accounts in ${fields.size} payment systems: ${asked}`));
      break;
    }
  }
  return signals;
}
