import { definePack } from './phrase-rule.ts';

/**
 * Text of wallet-phishing kits: copies of the WalletConnect site and "wallet fixer" dApps that list
 * dozens of wallets and then ask for the recovery phrase. (Forms that actually ask for the phrase are
 * the code detectors' job; this pack catches the pages around them.)
 */
const WALLET_CONNECT_DOMAINS = ['walletconnect.com', 'walletconnect.org', 'walletconnect.network', 'reown.com'];

export const walletsPack = definePack([
  {
    id: 'credentials.wallet_connect_pitch',
    family: 'credentials',
    weight: 2.5,
    negatable: true,
    officialDomains: WALLET_CONNECT_DOMAINS,
    explain: {
      en: 'This site offers to "connect", "sync" or "fix" your crypto wallet. Copies of wallet-connection sites are used to steal the secret words that unlock a wallet.',
      it: 'Questo sito propone di "collegare", "sincronizzare" o "riparare" il vostro portafoglio cripto. Copie di questi siti servono a rubare le parole segrete del portafoglio.',
      fr: 'Ce site propose de « connecter », « synchroniser » ou « réparer » votre portefeuille crypto. Des copies de ces sites servent à voler les mots secrets du portefeuille.',
      de: 'Diese Seite bietet an, Ihre Krypto-Wallet zu „verbinden“, zu „synchronisieren“ oder zu „reparieren“. Solche Kopien stehlen die geheimen Wörter der Wallet.',
      es: 'Este sitio ofrece "conectar", "sincronizar" o "reparar" su monedero cripto. Las copias de estos sitios sirven para robar las palabras secretas del monedero.',
    },
    phrases: {
      en: ['open protocol for connecting wallets', 'open protocol to communicate securely between', 'connect wallets',
        'protocol for connecting decentralised applications', 'protocol for connecting decentralized applications',
        'wallets support the', 'sync your wallet', 'synchronize your wallet', 'validate your wallet', 'rectify your wallet', 'rectify wallet',
        'wallet rectification', 'validation of wallet', 'validation of your wallet',
        'wallet synchronization', 'connect manually', 'manual connection', 'import your wallet', 'wallet validation',
        'claim airdrop', 'fix wallet', 'resolve wallet issues', 'dapps and wallets'],
      it: ['sincronizza il tuo portafoglio', 'collega il tuo portafoglio', 'convalida il portafoglio', 'importa il portafoglio',
        'convalida del portafoglio', 'rettifica del portafoglio'],
      fr: ['synchronisez votre portefeuille', 'connectez votre portefeuille', 'valider votre portefeuille',
        'importer votre portefeuille', 'validation du portefeuille',
        'rectification du portefeuille'],
      de: ['wallet synchronisieren', 'verbinden sie ihre wallet', 'wallet validieren', 'wallet importieren', 'validierung ihrer wallet', 'validierung der wallet'],
      es: ['sincroniza tu billetera', 'conecta tu billetera', 'validar su billetera', 'importar billetera',
        'sincronizar monedero', 'validacion de su billetera', 'validacion de la billetera'],
      pt: ['sincronize sua carteira', 'conecte sua carteira', 'validar sua carteira', 'importar carteira', 'validacao da carteira'],
      nl: ['synchroniseer uw wallet', 'koppel uw wallet', 'validatie van uw wallet'],
      pl: ['zsynchronizuj portfel', 'polacz portfel', 'zweryfikuj portfel', 'walidacja portfela'],
    },
  },
  {
    // Wallet-phishing kits copy WalletConnect's site and docs word for word and swap its name ("Chaps
    // Connect", "Connect Wallets", "Link Wallet Access"). Sentences only WalletConnect writes, on a page
    // that never names WalletConnect (or Reown, its new name), are a copied identity. These are other
    // sentences than the taglines of credentials.wallet_connect_pitch, and the real docs or any honest
    // page quoting them name the protocol, so the rule stays quiet there.
    id: 'impersonation.renamed_walletconnect',
    family: 'impersonation',
    weight: 2,
    minDistinct: 2,
    maxHits: 1,
    officialDomains: WALLET_CONNECT_DOMAINS,
    explain: {
      en: 'This site copies the text of a well-known wallet-connection service but puts another name on it. Copied sites like this are made to steal the secret words of your wallet.',
      it: 'Questo sito copia i testi di un noto servizio per collegare i portafogli cripto, ma con un altro nome. Le copie così servono a rubare le parole segrete del portafoglio.',
      fr: 'Ce site recopie les textes d’un service connu de connexion de portefeuilles, sous un autre nom. Ces copies servent à voler les mots secrets de votre portefeuille.',
      de: 'Diese Seite kopiert die Texte eines bekannten Wallet-Verbindungsdienstes unter anderem Namen. Solche Kopien sollen die geheimen Wörter Ihrer Wallet stehlen.',
      es: 'Este sitio copia los textos de un conocido servicio para conectar monederos, pero con otro nombre. Estas copias sirven para robar las palabras secretas de su monedero.',
    },
    phrases: {
      en: ['multiple ios and android wallets support the', 'interaction between mobile apps and mobile browsers',
        'connects web applications to supported mobile wallets', 'session is started by a scanning a qr code',
        'with qr code scanning or deep linking', 'scan a qr code from your desktop computer screen',
        'establishes a remote pairing between two apps', 'establishes a remote connection between two apps',
        'symmetrically encrypted through a shared key', 'relay server to relay payloads',
        'when the counter-party approves this', 'message relaying now uses waku'],
    },
    absent: { en: ['walletconnect', 'wallet connect', 'reown'] },
  },
  {
    id: 'impersonation.wallet_picker',
    family: 'impersonation',
    weight: 2.5,
    minDistinct: 8,
    maxHits: 1,
    officialDomains: WALLET_CONNECT_DOMAINS,
    explain: {
      en: 'This site shows a long list of other companies’ crypto wallets to choose from. Fake sites do this to look official before asking for your wallet’s secret words.',
      it: 'Questo sito mostra un lungo elenco di portafogli cripto di altre aziende. I siti falsi lo fanno per sembrare ufficiali prima di chiedere le parole segrete.',
      fr: 'Ce site affiche une longue liste de portefeuilles crypto d’autres sociétés. Les faux sites le font pour paraître officiels avant de demander vos mots secrets.',
      de: 'Diese Seite zeigt eine lange Liste fremder Krypto-Wallets zur Auswahl. Falsche Seiten wirken so offiziell, bevor sie die geheimen Wörter verlangen.',
      es: 'Este sitio muestra una larga lista de monederos cripto de otras empresas. Los sitios falsos lo hacen para parecer oficiales antes de pedir sus palabras secretas.',
    },
    phrases: {
      en: ['metamask', 'trust wallet', 'coinbase wallet', 'rainbow', 'argent', 'imtoken', 'tokenpocket', 'mathwallet',
        'math wallet', 'safepal', 'coin98', 'bitkeep', 'atomic wallet', 'exodus', 'ledger live', 'trezor', 'zelcore',
        'coinomi', 'alphawallet', 'onto', 'pillar', 'authereum', 'gnosis safe', 'walleth', 'eidoo', 'mykey',
        'infinity wallet', 'ownbit', 'coolwallet', 'gridplus', 'tokenary', 'spatium', 'dok wallet', 'midas wallet',
        'unstoppable wallet', 'viawallet', 'bridge wallet', 'huobi wallet', 'mew wallet', 'guard wallet', 'jaxx',
        'fortmatic', 'torus', 'portis', 'squarelink', 'trust vault', 'trustvault', 'flare wallet', 'ellipal'],
    },
  },
]);
