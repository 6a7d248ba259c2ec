/**
 * Words of credential-harvesting forms, matched against NORMALISED field descriptions (name, id and
 * placeholder joined, lower-case, "_", "-", "." and "[]" turned into spaces) and page text.
 * Languages: en, it, fr, de, es, pt, nl (pl for the wallet context). Every pattern is linear-time (checked by recheck in the tests).
 */

/** A recovery (seed) phrase, named unambiguously. */
export const SEED_FIELD =
  /\b(?:mnemonics?|seed ?phrases?|seed ?words|seedphrase|recovery ?(?:phrases?|words|seed)|secret ?(?:recovery ?)?phrases?|backup ?phrases?|wallet ?phrases?|(?:12|24) ?words?|frase (?:seme|segreta|di recupero|mnemonica|semilla|de recuperacion|secreta|de recuperacao)|parole (?:segrete|di recupero)|phrase (?:de recuperation|secrete|mnemonique)|mots (?:de recuperation|secrets)|wiederherstellungs ?(?:phrase|satz|worter)|geheime ?phrase|herstel ?zin|palabras (?:de recuperacion|semilla|secretas)|palavras (?:de recuperacao|secretas)|mnemonico|mnemonique)\b/;

/** Words that name a phrase only in a wallet context: "phrase", "phase" (a common kit typo), "seed". */
export const WEAK_SEED_FIELD = /\b(?:phrases?|phase|seed|frase|parole|woorden)\b/;

export const PRIVATE_KEY_FIELD =
  /\b(?:private ?keys?|privkey|prkey|priv ?key|chiave privata|cle privee|privater? ?schlussel|clave privada|chave privada|prive ?sleutel)\b/;

export const KEYSTORE_FIELD = /\b(?:keystore|key ?store|json ?wallet|utc ?json)\b/;

/** Fields that are never a phrase input, whatever the page says around them. */
export const NOT_A_PHRASE_FIELD =
  /\b(?:search|query|q|e ?mail|mail|name|username|user|login|subject|comment|message|msg|feedback|phone|tel|captcha|coupon|newsletter|cerca|recherche|suche|buscar|nome|nom)\b/;

/** The page asks the visitor to type or paste a recovery phrase (kits' own wording included). */
export const PHRASE_REQUEST =
  /\b(?:typically 12 \(?sometimes 24\)? words|12 \(?sometimes 24\)? words|words sep[ae]rated by (?:a )?single spaces?|(?:enter|paste|type|input|import|provide|submit) (?:your |the )?(?:12|24)?(?: ?- ?word)? ?(?:wallet |secret |recovery |seed |mnemonic |backup )+(?:phrase|words)|inserisci (?:la tua |le tue )?(?:frase|parole) (?:segret|di recupero|seme)|(?:entrez|saisissez|collez) (?:votre |vos )?(?:phrase|mots) (?:de recuperation|secret)|geben sie (?:ihre |ihren )?(?:wiederherstellungsphrase|seed ?phrase|geheime phrase)|(?:introduce|ingresa|escribe|pega) (?:tu |su )?frase (?:de recuperacion|semilla|secreta)|(?:insira|digite|cole) (?:a sua |sua )?frase (?:de recuperacao|secreta|semente)|voer (?:uw |je )?herstelzin in)/;

/** The page is about crypto wallets: needed before "phrase", "private key" or "keystore" fields count. */
export const WALLET_CONTEXT =
  /\b(?:wallets?|crypto|cryptocurrency|bitcoin|ethereum|metamask|blockchain|defi|dapps?|web3|tokens?|nfts?|walletconnect|portafoglio|portefeuille|billetera|monedero|carteira|krypto|kryptowahrung|cripto|criptovalute|criptomonedas|portfel(?:a|u|em)?|kryptowalut[a-z]{0,3})\b/;

/** Card number and card security code fields. */
export const CARD_NUMBER_FIELD =
  /\b(?:card ?(?:number|no|num)|cc ?(?:number|num|no)|ccnum|credit ?card|cardnumber|numero (?:di |de (?:la )?|do |da )?(?:carta|tarjeta|carte|cartao)|numer karty|kartennummer|kaartnummer)\b/;
export const CARD_CODE_FIELD =
  /\b(?:cvv2?|cvc2?|csc|cvn|security ?code|card ?code|codice (?:di sicurezza|cvv|cvc)|cryptogramme|code de securite|kartenprufnummer|prufnummer|codigo de seguridad|codigo cvv|beveiligingscode)\b/;

/** A one-time code sent by text message or an app: what a bank asks to confirm a payment. */
export const ONE_TIME_CODE_FIELD =
  /\b(?:otp|sms|tan|mtan|one ?time|2fa|verification ?code|codice (?:sms|otp|di verifica)|code (?:sms|recu|de verification)|codigo (?:sms|de verificacion)|bestatigungscode|sms ?code|kod sms|verificatiecode)\b/;
/** The login name of online banking: a customer or contract number, never an e-mail address. */
export const BANK_LOGIN_FIELD =
  /\b(?:identifiant|user ?id|userid|customer ?(?:id|number|no)|client ?(?:id|number|code)|codice (?:cliente|utente)|numero (?:cliente|de cliente|contrat)|kundennummer|anmeldename|legitimations?id|usuario|dni|nif|contract ?number|klantnummer|numer klienta|login)\b/;
/** A password or PIN field, whatever its type says. */
export const SECRET_FIELD = /\b(?:password|passwort|passwd|pin|mot de passe|code confidentiel|code secret|contrasena|clave|senha|wachtwoord|haslo)\b/;

/** An investment or trading sign-up. */
export const TRADING_CONTEXT =
  /\b(?:trading|trader|broker|forex|cfds?|invest(?:ment|ments|ing|ire|ir|ieren|ition)?|investimenti|investissements?|inversion(?:es)?|anlage|crypto|bitcoin|profits?|portfolio|deposit|deposito|depot|einzahlung)\b/;
export const SIGNUP_CONTEXT =
  /\b(?:register|registration|sign ?up|open (?:an |your )?account|create (?:an |your )?account|registrati|registrazione|apri (?:un )?conto|inscri(?:s|vez|ption)|ouvrir un compte|registrieren|konto eroffnen|registrate|registro|abrir (?:una )?cuenta|abrir (?:uma )?conta|aanmelden)\b/;
