import { definePack } from './phrase-rule.ts';

/** Where the money goes: anonymous e-currencies that can never be reversed (the HYIP staple). */
export const paymentsPack = definePack([
  {
    id: 'addresses.ecurrency',
    family: 'addresses',
    weight: 2,
    maxHits: 2,
    explain: {
      en: 'This site takes money through anonymous payment systems (like Perfect Money or Payeer). Money sent this way can never be recovered.',
      it: 'Questo sito accetta denaro tramite sistemi di pagamento anonimi (come Perfect Money o Payeer). Quei soldi non si recuperano più.',
      fr: 'Ce site encaisse l’argent par des systèmes de paiement anonymes (comme Perfect Money ou Payeer). Cet argent ne peut jamais être récupéré.',
      de: 'Diese Seite nimmt Geld über anonyme Zahlungsdienste an (etwa Perfect Money oder Payeer). So gezahltes Geld ist nie zurückzuholen.',
      es: 'Este sitio cobra a través de sistemas de pago anónimos (como Perfect Money o Payeer). Ese dinero nunca se puede recuperar.',
    },
    phrases: {
      en: ['perfect money', 'perfectmoney', 'payeer', 'e-gold', 'solidtrustpay', 'solid trust pay', 'advcash', 'epaycore',
        'liberty reserve', 'webmoney', 'okpay', 'nixmoney'],
    },
  },
  {
    id: 'addresses.crypto_payment',
    family: 'addresses',
    weight: 1.5,
    maxHits: 2,
    explain: {
      en: 'This page asks you to send cryptocurrency to an address. A crypto payment can never be cancelled or taken back.',
      it: 'Questa pagina vi chiede di inviare criptovalute a un indirizzo. Un pagamento in cripto non si può mai annullare né recuperare.',
      fr: 'Cette page vous demande d’envoyer des cryptomonnaies à une adresse. Un paiement en crypto ne peut jamais être annulé ni récupéré.',
      de: 'Diese Seite verlangt, Kryptowährung an eine Adresse zu senden. Eine Krypto-Zahlung lässt sich nie stornieren oder zurückholen.',
      es: 'Esta página le pide enviar criptomonedas a una dirección. Un pago en cripto nunca se puede cancelar ni recuperar.',
    },
    phrases: {
      en: ['trc20', 'trc-20', 'erc20', 'erc-20', 'bep20', 'bep-20', 'deposit address', 'usdt address', 'btc address',
        'send usdt', 'send btc', 'in usdt', 'usdt or bitcoin'],
      it: ['indirizzo di deposito', 'indirizzo usdt', 'versamento in usdt', 'invia usdt'],
      fr: ['adresse de depot', 'adresse usdt', 'envoyez des usdt', 'portefeuille de depot', 'en usdt', 'usdt ou bitcoin'],
      de: ['einzahlungsadresse', 'usdt adresse', 'senden sie usdt', 'usdt oder bitcoin'],
      es: ['direccion de deposito', 'direccion usdt', 'envie usdt'],
      pt: ['endereco de deposito', 'endereco usdt', 'envie usdt'],
      nl: ['stortingsadres'],
      pl: ['adres depozytu', 'adres wplaty'],
    },
    // Only when the page asks for the payment: docs that explain "an ERC-20 token" stay quiet.
    near: {
      within: 80,
      phrases: {
        en: ['deposit', 'pay', 'payment', 'send', 'transfer', 'required', 'amount'],
        it: ['versamento', 'versare', 'pagamento', 'deposito', 'importo'],
        fr: ['depot', 'paiement', 'payer', 'virement', 'montant'],
        de: ['einzahlung', 'zahlung', 'uberweisen', 'betrag', 'erforderlich'],
        es: ['deposito', 'pago', 'enviar', 'importe', 'monto'],
        pt: ['pagamento', 'enviar', 'valor'],
        nl: ['storting', 'betaling', 'bedrag'],
        pl: ['wplata', 'platnosc', 'kwota'],
      },
    },
  },
]);
