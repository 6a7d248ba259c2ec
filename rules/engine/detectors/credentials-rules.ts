import type { RuleInfo } from '../../packs/schema.ts';

/** Credential-theft rules. Weights on the engine's scale (see rules/engine/score.ts: 1–5 in practice). */
export const CREDENTIALS_RULES: RuleInfo[] = [
  {
    id: 'credentials.seed_phrase_form',
    family: 'credentials',
    weight: 5,
    decisive: true,
    explain: {
      en: "This site asks for your wallet's secret recovery words. No real service ever asks for them: anyone who has them can take all your money.",
      it: 'Questo sito chiede le parole segrete di recupero del vostro portafoglio. Nessun servizio vero le chiede mai: chi le ha può prendere tutti i vostri soldi.',
      fr: 'Ce site demande les mots secrets de récupération de votre portefeuille. Aucun vrai service ne les demande jamais : celui qui les a peut prendre tout votre argent.',
      de: 'Diese Seite verlangt die geheimen Wiederherstellungswörter Ihrer Wallet. Kein echter Dienst fragt jemals danach: Wer sie hat, kann Ihr ganzes Geld nehmen.',
      es: 'Este sitio pide las palabras secretas de recuperación de su monedero. Ningún servicio real las pide nunca: quien las tiene puede llevarse todo su dinero.',
    },
  },
  {
    id: 'credentials.private_key_form',
    family: 'credentials',
    weight: 5,
    decisive: true,
    explain: {
      en: "This site asks for your wallet's private key. It is the master key to your money: anyone who has it can empty your wallet. Never type it anywhere.",
      it: 'Questo sito chiede la chiave privata del vostro portafoglio. È la chiave dei vostri soldi: chi la ha può svuotare il portafoglio. Non scrivetela mai da nessuna parte.',
      fr: 'Ce site demande la clé privée de votre portefeuille. C’est la clé de votre argent : celui qui l’a peut vider votre portefeuille. Ne la tapez jamais nulle part.',
      de: 'Diese Seite verlangt den privaten Schlüssel Ihrer Wallet. Er ist der Schlüssel zu Ihrem Geld: Wer ihn hat, kann die Wallet leeren. Geben Sie ihn nirgends ein.',
      es: 'Este sitio pide la clave privada de su monedero. Es la llave de su dinero: quien la tiene puede vaciar el monedero. No la escriba nunca en ningún sitio.',
    },
  },
  {
    id: 'credentials.keystore_form',
    family: 'credentials',
    weight: 5,
    decisive: true,
    explain: {
      en: "This site asks for your wallet file (keystore) and its password. With them, anyone can take all the money in your wallet. No real service asks for this.",
      it: 'Questo sito chiede il file del vostro portafoglio (keystore) e la sua password. Con questi chiunque può prendere tutti i soldi. Nessun servizio vero li chiede.',
      fr: 'Ce site demande le fichier de votre portefeuille (keystore) et son mot de passe. Avec eux, n’importe qui peut prendre tout votre argent. Aucun vrai service ne les demande.',
      de: 'Diese Seite verlangt die Datei Ihrer Wallet (Keystore) und ihr Passwort. Damit kann jeder Ihr ganzes Geld nehmen. Kein echter Dienst fragt danach.',
      es: 'Este sitio pide el archivo de su monedero (keystore) y su contraseña. Con ellos cualquiera puede llevarse todo su dinero. Ningún servicio real los pide.',
    },
  },
  {
    id: 'credentials.wallet_issue_menu',
    family: 'credentials',
    weight: 3,
    decisive: false,
    explain: {
      en: 'This site lists wallet "problems" to fix (validation, rectification, recovery, staking, airdrop...). Fake wallet-repair sites do this, then ask for the secret words that unlock your wallet.',
      it: 'Questo sito elenca "problemi" del portafoglio da risolvere (convalida, rettifica, recupero, staking, airdrop...). I falsi siti di riparazione lo fanno e poi chiedono le parole segrete del portafoglio.',
      fr: 'Ce site liste des « problèmes » de portefeuille à régler (validation, rectification, récupération, staking, airdrop...). Les faux sites de dépannage font cela, puis demandent les mots secrets du portefeuille.',
      de: 'Diese Seite listet „Probleme“ der Wallet zum Beheben auf (Validierung, Berichtigung, Wiederherstellung, Staking, Airdrop...). Falsche Reparaturseiten tun das und verlangen dann die geheimen Wörter der Wallet.',
      es: 'Este sitio enumera "problemas" del monedero para arreglar (validación, rectificación, recuperación, staking, airdrop...). Los falsos sitios de reparación hacen esto y luego piden las palabras secretas del monedero.',
    },
  },
  {
    id: 'credentials.bank_login_card_form',
    family: 'credentials',
    weight: 3.5,
    decisive: false,
    explain: {
      en: 'This page asks for your online-banking password together with your card number, the code on the back and a login or text-message code. No bank asks for all of these at once: with them, anyone can empty your account.',
      it: "Questa pagina chiede la password dell'home banking insieme al numero della carta, al codice sul retro e a un codice cliente o SMS. Nessuna banca li chiede tutti insieme: con questi chiunque può svuotarvi il conto.",
      fr: 'Cette page demande votre mot de passe de banque en ligne avec le numéro de carte, le code au dos et un identifiant ou un code SMS. Aucune banque ne demande tout cela à la fois : avec ces données, on peut vider votre compte.',
      de: 'Diese Seite verlangt Ihr Online-Banking-Passwort zusammen mit Kartennummer, dem Code auf der Rückseite und einer Kundennummer oder SMS-Code. Keine Bank fragt all das auf einmal: Damit kann jeder Ihr Konto leeren.',
      es: 'Esta página pide su contraseña de banca en línea junto con el número de tarjeta, el código del reverso y un usuario o código SMS. Ningún banco pide todo esto a la vez: con ello cualquiera puede vaciar su cuenta.',
    },
  },
  {
    id: 'credentials.card_cvv_trading',
    family: 'credentials',
    weight: 3.5,
    decisive: false,
    explain: {
      en: 'This investment site asks for your full card number and the security code on the back when you sign up. Fake trading sites do this to charge your card again and again.',
      it: "Questo sito d'investimento chiede il numero completo della carta e il codice sul retro già all'iscrizione. I falsi siti di trading lo fanno per addebitare la carta più volte.",
      fr: 'Ce site de placement demande le numéro complet de votre carte et le code au dos dès l’inscription. Les faux sites de trading font cela pour débiter votre carte encore et encore.',
      de: 'Diese Anlageseite verlangt schon bei der Anmeldung die ganze Kartennummer und den Code auf der Rückseite. Falsche Handelsseiten belasten so Ihre Karte immer wieder.',
      es: 'Este sitio de inversión pide el número completo de su tarjeta y el código del reverso al registrarse. Los falsos sitios de trading lo hacen para cobrar una y otra vez.',
    },
  },
];
