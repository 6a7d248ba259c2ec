import { officialBrandOf } from '../../brands/official.ts';
import type { FormField, PageForm } from '../../snapshot.ts';
import type { Signal } from '../../verdict.ts';
import type { PageContext } from '../context.ts';
import { normalizeText } from '../normalize.ts';
import { CREDENTIALS_RULES } from './credentials-rules.ts';
import {
  BANK_LOGIN_FIELD, CARD_CODE_FIELD, CARD_NUMBER_FIELD, KEYSTORE_FIELD, NOT_A_PHRASE_FIELD, ONE_TIME_CODE_FIELD, PHRASE_REQUEST,
  PRIVATE_KEY_FIELD, SECRET_FIELD, SEED_FIELD, SIGNUP_CONTEXT, TRADING_CONTEXT, WALLET_CONTEXT, WEAK_SEED_FIELD,
} from './credentials-terms.ts';

/**
 * Credential theft seen in FORMS, never in prose: wallet docs that say "never share your recovery phrase"
 * have no field to type it into, so they stay quiet.
 *  - seed phrase / private key / keystore: a field named for it (or a free-text field on a page that asks
 *    for "your 12-word phrase") → decisive. Ambiguous names ("phrase", "private key", "keystore") need a
 *    crypto-wallet page: SSL panels also ask for a "private key".
 *  - card number + security code on a trading or investment sign-up → strong, not decisive (shops ask too).
 *  - online-banking password + card + security code + a one-time code or customer number → strong (bank phishing).
 * A wallet's own site (an official wallet domain, e.g. MyEtherWallet's "access by mnemonic") is exempt.
 */
const RULE = Object.fromEntries(CREDENTIALS_RULES.map((r) => [r.id, r]));
const SEPARATORS = /[_\-.[\]]+/g;
const CAMEL_BOUNDARY = /([a-z])([A-Z])/g;
const FREE_TEXT_TYPES = new Set(['', 'text', 'textarea']);

function signal(id: string, evidence: string): Signal {
  const rule = RULE[id]!;
  return { id, family: rule.family, weight: rule.weight, evidence };
}

/** "privateKey" / "private_key" / "Private Key" → "private key", normalised like page text. */
function describe(field: FormField): string {
  const raw = [field.name, field.id ?? '', field.placeholder].join(' ');
  return normalizeText(raw.replace(CAMEL_BOUNDARY, '$1 $2').replace(SEPARATORS, ' '), 600);
}

function shown(field: FormField): string {
  const label = field.placeholder || field.name || field.id || field.type;
  return `${field.tag === 'textarea' ? 'textarea' : 'field'} "${label}"`;
}

function isFreeText(field: FormField): boolean {
  return field.tag === 'textarea' || FREE_TEXT_TYPES.has(field.type.toLowerCase());
}

interface FieldHit {
  id: string;
  evidence: string;
}

function classify(field: FormField, description: string, walletPage: () => boolean): string | null {
  if (field.type.toLowerCase() === 'hidden') return null;
  if (SEED_FIELD.test(description)) return 'credentials.seed_phrase_form';
  if (PRIVATE_KEY_FIELD.test(description)) return walletPage() ? 'credentials.private_key_form' : null;
  if (KEYSTORE_FIELD.test(description)) return walletPage() ? 'credentials.keystore_form' : null;
  if (WEAK_SEED_FIELD.test(description) && isFreeText(field) && !NOT_A_PHRASE_FIELD.test(description)) {
    return walletPage() ? 'credentials.seed_phrase_form' : null;
  }
  return null;
}

/** A field's description, read once per page however many checks ask for it. */
type Describe = (field: FormField) => string;

function cardOnTradingSignup(forms: readonly PageForm[], text: string, describeField: Describe): Signal | null {
  for (const form of forms) {
    const descriptions = form.fields.map(describeField);
    const card = descriptions.findIndex((d) => CARD_NUMBER_FIELD.test(d));
    const code = descriptions.findIndex((d) => CARD_CODE_FIELD.test(d));
    if (card < 0 || code < 0) continue;
    if (!TRADING_CONTEXT.test(text) || !SIGNUP_CONTEXT.test(text)) return null;
    return signal('credentials.card_cvv_trading', `${shown(form.fields[card]!)} + ${shown(form.fields[code]!)}`);
  }
  return null;
}

/**
 * Online-banking login AND card AND its security code on one form, with a one-time code or a customer
 * number: everything needed to empty an account. Banks ask for one of these at a time, shops never for
 * a banking password, and a streaming sign-up (e-mail, password, card) has no one-time code or customer number.
 */
function bankLoginWithCard(forms: readonly PageForm[], describeField: Describe): Signal | null {
  for (const form of forms) {
    const visible = form.fields.filter((f) => f.type.toLowerCase() !== 'hidden');
    const descriptions = visible.map(describeField);
    const card = descriptions.findIndex((d) => CARD_NUMBER_FIELD.test(d));
    const code = descriptions.findIndex((d) => CARD_CODE_FIELD.test(d));
    const secret = visible.findIndex((f, i) => f.type.toLowerCase() === 'password' || SECRET_FIELD.test(descriptions[i]!));
    const login = descriptions.findIndex((d) => ONE_TIME_CODE_FIELD.test(d) || BANK_LOGIN_FIELD.test(d));
    if (card < 0 || code < 0 || secret < 0 || login < 0) continue;
    const shownFields = [login, secret, card, code].map((i) => shown(visible[i]!)).join(' + ');
    return signal('credentials.bank_login_card_form', shownFields);
  }
  return null;
}

export function detectCredentials(ctx: PageContext): Signal[] {
  const forms = ctx.snapshot.forms;
  if (forms.length === 0) return [];
  if (ctx.host !== null && officialBrandOf(ctx.host)?.kind === 'wallet') return [];
  let walletPageMemo: boolean | null = null;
  const walletPage = () => (walletPageMemo ??= WALLET_CONTEXT.test(ctx.text));
  // Three checks read every field's description: each is normalised once (a normalisation a field a check was about
  // 1 % of the engine on the bench pages).
  const descriptions = new Map<FormField, string>();
  const describeField: Describe = (field) => {
    let description = descriptions.get(field);
    if (description === undefined) descriptions.set(field, (description = describe(field)));
    return description;
  };

  const hits = new Map<string, FieldHit>();
  let freeText: FormField | null = null;
  for (const form of forms) {
    for (const field of form.fields) {
      const description = describeField(field);
      const id = classify(field, description, walletPage);
      if (id !== null && !hits.has(id)) hits.set(id, { id, evidence: shown(field) });
      if (id === null && freeText === null && isFreeText(field) && field.type.toLowerCase() !== 'password'
        && !NOT_A_PHRASE_FIELD.test(description)) freeText = field;
    }
  }
  // A free-text field with no telling name, on a page that asks for the phrase in so many words.
  if (!hits.has('credentials.seed_phrase_form') && freeText !== null) {
    const request = PHRASE_REQUEST.exec(ctx.text);
    if (request) {
      const evidence = `${shown(freeText)} + "${request[0]}"`;
      hits.set('credentials.seed_phrase_form', { id: 'credentials.seed_phrase_form', evidence });
    }
  }

  const signals = [...hits.values()].map((hit) => signal(hit.id, hit.evidence));
  const card = cardOnTradingSignup(forms, ctx.text, describeField);
  if (card) signals.push(card);
  const bank = bankLoginWithCard(forms, describeField);
  if (bank) signals.push(bank);
  return signals;
}
