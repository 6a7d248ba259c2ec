import type { RuleInfo } from '../../packs/schema.ts';

/** Address rules. Weights on the engine's scale (see rules/engine/score.ts: 1–5 in practice). */
export const ADDRESSES_RULES: RuleInfo[] = [
  {
    id: 'addresses.deposit',
    family: 'addresses',
    weight: 1.5,
    decisive: false,
    explain: {
      en: 'This page asks you to send cryptocurrency to an address. Crypto payments can never be cancelled or refunded, so scammers prefer them.',
      it: 'Questa pagina vi chiede di inviare criptovalute a un indirizzo. I pagamenti in cripto non si possono annullare né rimborsare: per questo i truffatori li preferiscono.',
      fr: 'Cette page vous demande d’envoyer des cryptomonnaies à une adresse. Ces paiements ne peuvent jamais être annulés ni remboursés : les escrocs les préfèrent.',
      de: 'Diese Seite fordert Sie auf, Kryptowährung an eine Adresse zu senden. Solche Zahlungen lassen sich nie stornieren oder erstatten, deshalb mögen Betrüger sie.',
      es: 'Esta página le pide enviar criptomonedas a una dirección. Esos pagos nunca se pueden anular ni devolver, por eso los prefieren los estafadores.',
    },
  },
  {
    id: 'addresses.known_scam',
    family: 'addresses',
    weight: 5,
    decisive: true,
    explain: {
      en: 'This page shows a crypto address that is already known to belong to scammers. Do not send anything to it.',
      it: 'Questa pagina mostra un indirizzo cripto già noto come appartenente a truffatori. Non inviate nulla.',
      fr: 'Cette page affiche une adresse crypto déjà connue pour appartenir à des escrocs. N’envoyez rien.',
      de: 'Diese Seite zeigt eine Krypto-Adresse, die bereits als Adresse von Betrügern bekannt ist. Senden Sie nichts dorthin.',
      es: 'Esta página muestra una dirección cripto que ya se sabe que pertenece a estafadores. No envíe nada.',
    },
  },
];
