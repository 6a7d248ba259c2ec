/**
 * Is this a field where a scam takes what it wants: money, a card, a bank account, a phone number, a
 * wallet's secret words or a password? Decided from what the field says about itself (its type, its
 * autocomplete hint and the words in its name, label and placeholder), in the five languages of the UI.
 * Browser-free: entrypoints/banner/field-reminder.ts reads these from the page.
 */
export interface FieldDescription {
  /** The input's type ("text", "password", "tel"...), lower case; "textarea" or "select" for those. */
  type: string;
  /** Its autocomplete attribute ("cc-number", "tel", "current-password"...). */
  autocomplete: string;
  /** Its name, id, placeholder, aria-label and label text, joined. */
  words: string;
}

const SECRET_TYPES = new Set(['password', 'tel']);
/** Autocomplete tokens of cards, phones, amounts and passwords (the HTML standard's names). */
const SENSITIVE_AUTOCOMPLETE = /\b(?:cc-[a-z-]+|tel(?:-[a-z-]+)?|transaction-amount|current-password|new-password|one-time-code)\b/;
/**
 * Words of money, cards, bank accounts, phones, wallets and passwords (en, it, fr, de, es). Plain
 * alternatives inside word starts: linear, and "cardinal" or "cartoon" still count (a false reminder
 * costs one glance; a missed one can cost savings).
 */
const SENSITIVE_WORDS = new RegExp(
  '(?:^|[^\\p{L}])(?:' +
    [
      // money
      'amount', 'deposit', 'invest', 'importo', 'deposito', 'versamento', 'montant', 'dépôt', 'depot', 'betrag', 'einzahlung', 'monto', 'importe', 'cantidad', 'depósito',
      // cards and bank accounts
      'card', 'cvv', 'cvc', 'iban', 'swift', 'bic', 'carta', 'carte', 'karte', 'kreditkarte', 'tarjeta', 'conto', 'compte', 'konto', 'cuenta', 'account.?number', 'routing', 'sort.?code',
      // phones
      'phone', 'mobile', 'telefon', 'téléphone', 'telephone', 'teléfono', 'cellulare', 'portable', 'handy', 'móvil', 'movil', 'whatsapp',
      // wallets and their secrets
      'wallet', 'seed', 'mnemonic', 'recovery.?phrase', 'secret.?phrase', 'private.?key', 'keystore', 'portafoglio', 'portefeuille', 'billetera', 'cartera', 'monedero', 'frase', 'phrase',
      // passwords and codes
      'password', 'passwort', 'kennwort', 'mot.?de.?passe', 'contraseña', 'pin', 'otp',
    ].join('|') +
    ')',
  'iu',
);

export function isSensitiveField(field: FieldDescription): boolean {
  if (SECRET_TYPES.has(field.type)) return true;
  if (SENSITIVE_AUTOCOMPLETE.test(field.autocomplete.toLowerCase())) return true;
  // "creditCardNumber" → "credit Card Number": each word of a camelCase name starts a word.
  return SENSITIVE_WORDS.test(field.words.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'));
}
