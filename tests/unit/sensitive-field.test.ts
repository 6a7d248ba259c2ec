import { describe, expect, it } from 'vitest';
import { isSensitiveField } from '@/rules/sensitive-field';

const field = (words: string, type = 'text', autocomplete = '') => ({ type, autocomplete, words });

describe('fields where a scam takes money or secrets', () => {
  it('knows passwords and phones by their type, cards and phones by their autocomplete hint', () => {
    expect(isSensitiveField(field('', 'password'))).toBe(true);
    expect(isSensitiveField(field('', 'tel'))).toBe(true);
    expect(isSensitiveField(field('x1', 'text', 'cc-number'))).toBe(true);
    expect(isSensitiveField(field('x2', 'text', 'section-pay cc-csc'))).toBe(true);
    expect(isSensitiveField(field('x3', 'text', 'tel-national'))).toBe(true);
    expect(isSensitiveField(field('x4', 'text', 'transaction-amount'))).toBe(true);
  });

  it('knows money, card, bank, wallet and password words in the five languages, in names and labels', () => {
    for (const words of [
      'amount Amount lost',
      'creditCardNumber',
      'iban',
      'deposit_amount',
      'Importo da investire',
      'Numero della carta',
      'Montant du dépôt',
      'Betrag',
      'Kreditkarte',
      'Monto a invertir',
      'Número de tarjeta',
      'seed phrase',
      'Enter your 12-word recovery phrase',
      'wallet-address',
      'Passwort',
      'Mot de passe',
      'Contraseña',
    ]) {
      expect(isSensitiveField(field(words)), words).toBe(true);
    }
  });

  it('leaves names, e-mail addresses, searches and messages alone', () => {
    for (const words of ['first_name Nome', 'email Email', 'q Search coins', 'story Describe what happened', 'country Paese', 'city Città']) {
      expect(isSensitiveField(field(words)), words).toBe(false);
    }
    expect(isSensitiveField(field('email', 'email', 'email'))).toBe(false);
  });
});
