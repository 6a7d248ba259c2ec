import { describe, expect, it } from 'vitest';
import { detectCredentials } from '../../../rules/engine/detectors/credentials.ts';
import { evaluatePage } from '../../../rules/engine/index.ts';
import { corpusContext, ids, pageContext, readCorpus } from './helpers.ts';

const textarea = (name: string, placeholder = '') => ({ name, placeholder, tag: 'textarea' });

describe('credentials: recovery phrase, private key and keystore forms', () => {
  it.each([
    ['en', 'Import your wallet', [textarea('mnemonic', 'Enter your 12 or 24 word recovery phrase')]],
    ['en camelCase', 'Restore wallet', [{ name: 'seedPhrase', type: 'text' }]],
    ['it', 'Sincronizza il portafoglio', [textarea('campo1', 'Inserisci la tua frase di recupero (12 parole)')]],
    ['fr', 'Validez votre portefeuille', [textarea('champ', 'Phrase de récupération')]],
    ['de', 'Wallet verbinden', [textarea('eingabe', 'Wiederherstellungsphrase eingeben')]],
    ['es', 'Conecta tu billetera', [textarea('datos', 'Frase semilla de 12 palabras')]],
    ['pt', 'Conecte sua carteira', [textarea('dados', 'Frase de recuperação')]],
  ])('flags a named phrase field (%s)', (_lang, text, fields) => {
    expect(ids(detectCredentials(pageContext({ text, forms: [{ fields }] })))).toEqual(['credentials.seed_phrase_form']);
  });

  it('flags a bare "phrase" textarea only on a wallet page', () => {
    const fields = [textarea('phrase', 'Phrase')];
    expect(ids(detectCredentials(pageContext({ text: 'Connect your wallet', forms: [{ fields }] })))).toEqual([
      'credentials.seed_phrase_form',
    ]);
    expect(detectCredentials(pageContext({ text: 'Famous quotes: submit a phrase you love', forms: [{ fields }] }))).toEqual([]);
  });

  it('flags an unnamed free-text field when the page asks for the phrase in words', () => {
    const ctx = pageContext({
      text: 'Import wallet. Typically 12 (sometimes 24) words separated by single spaces. IMPORT',
      forms: [{ fields: [{ name: 'data', tag: 'textarea' }] }],
    });
    const [signal] = detectCredentials(ctx);
    expect(signal?.id).toBe('credentials.seed_phrase_form');
    expect(signal?.evidence).toContain('typically 12');
  });

  it('flags private-key and keystore fields on wallet pages, not on an SSL certificate panel', () => {
    const fields = [{ name: 'private_key', type: 'text' }, textarea('keystore', 'Keystore JSON'), { name: 'password', type: 'password' }];
    expect(ids(detectCredentials(pageContext({ text: 'Access your crypto wallet', forms: [{ fields }] })))).toEqual([
      'credentials.keystore_form',
      'credentials.private_key_form',
    ]);
    const ssl = pageContext({
      text: 'Install an SSL certificate: paste the certificate (CRT) and its private key (KEY).',
      forms: [{ fields: [textarea('crt', 'Certificate'), textarea('key', 'Private Key')] }],
    });
    expect(detectCredentials(ssl)).toEqual([]);
  });

  it('stays quiet on wallet docs that warn about the phrase, with search and newsletter forms', () => {
    const ctx = pageContext({
      text: 'Never share your secret recovery phrase. Write down your 12 words on paper. To restore, enter your recovery phrase in the MetaMask app, never on a website.',
      forms: [
        { fields: [{ name: 'q', type: 'search', placeholder: 'Search docs' }] },
        { fields: [{ name: 'email', type: 'email', placeholder: 'Your email' }] },
        { fields: [textarea('comment', 'Leave a comment')] },
      ],
    });
    expect(detectCredentials(ctx)).toEqual([]);
  });

  it('does not take "secret question / secret answer" sign-up fields for a phrase', () => {
    const fields = [{ name: 'sq', type: 'text', placeholder: 'Secret Question' }, { name: 'sa', type: 'text', placeholder: 'Secret Answer' }];
    expect(detectCredentials(pageContext({ text: 'Register to invest in bitcoin', forms: [{ fields }] }))).toEqual([]);
  });

  it("exempts a wallet's own official site (MyEtherWallet's access-by-mnemonic page)", () => {
    const ctx = pageContext({ url: 'https://www.myetherwallet.com/wallet/access', text: 'Access wallet', forms: [{ fields: [textarea('mnemonic')] }] });
    expect(detectCredentials(ctx)).toEqual([]);
  });
});

describe('credentials: card and CVV on a trading sign-up', () => {
  const cardForm = [
    { name: 'email', type: 'email' },
    { name: 'cardNumber', type: 'text', placeholder: 'Card number' },
    { name: 'cvv', type: 'text', placeholder: 'CVV' },
  ];
  it.each([
    ['en', 'Open an account and start trading forex and crypto. Minimum deposit 250.'],
    ['it', 'Registrati e inizia il trading di criptovalute con un deposito di 250 euro.'],
    ['de', 'Jetzt registrieren: Krypto-Trading mit erster Einzahlung ab 250 Euro.'],
  ])('flags it (%s), strong but not decisive', (_lang, text) => {
    const signals = detectCredentials(pageContext({ text, forms: [{ fields: cardForm }] }));
    expect(ids(signals)).toEqual(['credentials.card_cvv_trading']);
  });

  it('does not flag an ordinary shop checkout', () => {
    const ctx = pageContext({ text: 'Checkout: shoes, size 42. Create an account to track your order.', forms: [{ fields: cardForm }] });
    expect(detectCredentials(ctx)).toEqual([]);
  });
});

describe('credentials: online-banking login with card and security code', () => {
  const f = (name: string, placeholder = name, type = 'text') => ({ name, placeholder, type });
  it.each([
    ['en', [f('user', 'Customer number'), f('pw', 'Password', 'password'), f('cc', 'Card number'), f('sec', 'Security code')]],
    ['fr', [f('id', 'Identifiant'), f('mdp', 'Mot de passe', 'password'), f('carte', 'Numéro de carte'), f('crypto', 'Cryptogramme'), f('sms', 'Code SMS')]],
    ['it', [f('cli', 'Codice utente'), f('pwd', 'Password', 'password'), f('carta', 'Numero di carta'), f('cvv', 'CVV')]],
    ['de', [f('kn', 'Kundennummer'), f('pin', 'PIN'), f('karte', 'Kartennummer'), f('pruf', 'Kartenprüfnummer')]],
    ['es', [f('u', 'Usuario'), f('clave', 'Clave'), f('tarjeta', 'Número de tarjeta'), f('cvv', 'Código de seguridad')]],
    ['pt', [f('otp', 'Código SMS'), f('senha', 'Senha', 'password'), f('cartao', 'Número do cartão'), f('cvv', 'CVV')]],
    ['nl', [f('klant', 'Klantnummer'), f('ww', 'Wachtwoord', 'password'), f('kaart', 'Kaartnummer'), f('bc', 'Beveiligingscode')]],
    ['pl', [f('nk', 'Numer klienta'), f('haslo', 'Hasło', 'password'), f('card_number', 'Numer karty'), f('cvc', 'CVC')]],
  ])('flags the full set on one form (%s)', (_lang, fields) => {
    expect(ids(detectCredentials(pageContext({ text: 'Sécurisation / Security check', forms: [{ fields }] })))).toContain('credentials.bank_login_card_form');
  });

  it('leaves a shop checkout, a streaming sign-up and a bank login page alone', () => {
    const checkout = [f('email'), f('name'), f('card_number', 'Card number'), f('exp', 'MM/YY'), f('cvv', 'CVV')];
    const streaming = [f('email', 'E-mail'), f('password', 'Password', 'password'), f('card_number', 'Card number'), f('cvc', 'CVC')];
    const bankLogin = [f('customer_id', 'Customer ID'), f('password', 'Password', 'password'), f('otp', 'One-time code')];
    for (const fields of [checkout, streaming, bankLogin]) {
      expect(ids(detectCredentials(pageContext({ text: 'Welcome', forms: [{ fields }] })))).not.toContain('credentials.bank_login_card_form');
    }
  });

  it('a bank\'s own fraud-warning page, which names these details in words, stays ok', () => {
    const warning = {
      url: 'https://bank.example/security',
      title: 'Fraud: how to protect yourself',
      text: 'We will never ask you for your password, your card number, the security code on the back of your card or a one-time code by phone or e-mail. We never ask you to move your savings to a safe account. If in doubt, hang up and call your branch.',
      forms: [],
      links: [],
    };
    expect(evaluatePage(warning).level).toBe('ok');
  });
});

describe('credentials on the shared corpus', () => {
  it('fires on every seed-phish page that has a phrase form', () => {
    const withPhraseForm = readCorpus('scam-pages').filter(
      (r) => r.kind === 'seed-phish' && r.forms.some((f) => f.fields.some((x) => /phrase|phase/i.test(`${x.name} ${x.placeholder}`))),
    );
    expect(withPhraseForm.length).toBeGreaterThanOrEqual(4);
    for (const record of withPhraseForm) {
      expect(ids(detectCredentials(corpusContext(record))), record.id).toContain('credentials.seed_phrase_form');
    }
  });

  it('never fires on a legitimate or uncertain page', () => {
    for (const record of [...readCorpus('legit-pages'), ...readCorpus('uncertain-pages')]) {
      expect(detectCredentials(corpusContext(record)), record.id).toEqual([]);
    }
  });
});
