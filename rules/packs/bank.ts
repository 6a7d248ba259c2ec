import { definePack } from './phrase-rule.ts';

/** Posing as the user's bank: the "safe account" trick (transfer everything away "for protection"). */
export const bankPack = definePack([
  {
    id: 'impersonation.safe_account',
    family: 'impersonation',
    weight: 3.5,
    negatable: true,
    explain: {
      en: 'This page tells you to move your savings to a "safe account" or keep it secret from your bank. Real banks never ask this; it is a known theft trick.',
      it: 'Questa pagina vi dice di spostare i risparmi su un "conto di sicurezza" o di non parlarne con la banca. Le vere banche non lo chiedono mai: è un furto noto.',
      fr: 'Cette page vous demande de transférer votre épargne sur un « compte sécurisé » ou de ne rien dire à votre banque. Une vraie banque ne le demande jamais.',
      de: 'Diese Seite fordert Sie auf, Ihr Erspartes auf ein „Sicherheitskonto“ zu überweisen oder Ihrer Bank nichts zu sagen. Echte Banken verlangen das nie.',
      es: 'Esta página le pide pasar sus ahorros a una "cuenta segura" o no decir nada a su banco. Un banco real nunca lo pide; es un robo conocido.',
    },
    phrases: {
      en: ['safe account', 'safety account', 'secure holding account', 'do not tell your bank', 'do not contact your branch',
        'transfer your savings to', 'protective account'],
      it: ['conto di sicurezza', 'conto protetto', 'trasferire il saldo',
        'non contatti la sua filiale'],
      fr: ['compte de securite', 'ne contactez pas votre agence',
        'ne parlez pas a votre banque'],
      de: ['sicherheitskonto', 'sicheres verwahrkonto', 'schutzkonto', 'sprechen sie nicht mit ihrer bank',
        'kontaktieren sie nicht ihre filiale'],
      es: ['cuenta segura', 'cuenta de seguridad', 'cuenta protegida', 'no contacte con su sucursal', 'no hable con su banco'],
      pt: ['conta segura', 'conta de seguranca', 'nao contacte a sua agencia'],
      nl: ['veilige rekening', 'kluisrekening'],
      pl: ['bezpieczne konto', 'konto techniczne', 'konto bezpieczne'],
    },
  },
]);
