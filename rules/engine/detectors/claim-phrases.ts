/**
 * Phrases by which a page presents ITSELF as a brand. "Before" anchors are followed by the brand name
 * ("welcome to Binance"), "after" anchors follow it ("Binance login", "Binance. All rights reserved").
 * "with" is deliberately absent: "sign in with Coinbase" is an honest third-party button.
 */
export const CLAIM_BEFORE: readonly string[] = [
  // en
  'welcome to', 'welcome back to', 'sign in to', 'log in to', 'login to', 'log into', 'sign into', 'sign up for',
  'sign up to', 'register with', 'register on', 'access your', 'log in to your', 'sign in to your',
  'copyright',
  // it
  'benvenuto su', 'benvenuto in', 'benvenuti su', 'benvenuti in', 'benvenuto a', 'accedi a', 'accedi al tuo conto',
  'registrati su', 'accedi al tuo account',
  // fr
  'bienvenue sur', 'bienvenue chez', 'bienvenue a', 'connectez-vous a', 'se connecter a', 'inscrivez-vous sur',
  'connexion a', 'accedez a votre compte',
  // de
  'willkommen bei', 'willkommen auf', 'anmelden bei', 'registrieren bei', 'einloggen bei', 'melden sie sich bei',
  // es
  'bienvenido a', 'bienvenidos a', 'bienvenida a', 'inicia sesion en', 'iniciar sesion en', 'registrate en',
  'accede a', 'accede a tu cuenta',
  // pt, nl
  'bem-vindo ao', 'bem-vindo a', 'entrar no', 'entrar na', 'welkom bij', 'inloggen bij',
];

/** Only these "after" anchors count for brands whose name is an ordinary word (see Brand.ordinaryName). */
export const CLAIM_AFTER_STRONG: readonly string[] = [
  'all rights reserved', 'tutti i diritti riservati', 'tous droits reserves', 'alle rechte vorbehalten',
  'todos los derechos reservados', 'todos os direitos reservados', 'alle rechten voorbehouden',
];

export const CLAIM_AFTER: readonly string[] = [
  ...CLAIM_AFTER_STRONG,
  'login', 'log in', 'sign in', 'sign-in', 'signin', 'secure login', 'account login', 'online banking', 'web login',
  'accedi', 'accesso', 'connexion', 'se connecter', 'anmelden', 'anmeldung', 'login-bereich', 'iniciar sesion',
  'acceso clientes', 'inloggen', 'entrar',
];

/** Small words allowed between a "before" anchor and the brand: "sign in to YOUR Binance account". */
export const CLAIM_FILLERS: ReadonlySet<string> = new Set([
  '', 'your', 'the', 'il', 'il tuo', 'al', 'la', 'le', 'votre', 'ihr', 'ihrem', 'ihre', 'tu', 'su', 'el', 'o', 'a',
  'de', 'het', 'uw', 'seu', 'sua', 'o seu', 'a sua',
]);

/**
 * The page asks the visitor to put money in: with a brand claim, that makes it an impersonation rather
 * than a page that merely talks about the brand.
 */
export const DEPOSIT_REQUESTS: readonly string[] = [
  'make a deposit', 'deposit now', 'deposit funds', 'minimum deposit', 'fund your account', 'first deposit',
  'deposit to your account', 'top up your account',
  'effettua un deposito', 'deposito minimo', 'versa ora', 'ricarica il conto', 'primo deposito',
  'effectuer un depot', 'depot minimum', 'deposez', 'alimentez votre compte', 'premier depot',
  'einzahlung vornehmen', 'mindesteinzahlung', 'jetzt einzahlen', 'erste einzahlung', 'konto aufladen',
  'realizar un deposito', 'deposita ahora', 'primer deposito', 'recarga tu cuenta', 'fondear tu cuenta',
  'faca um deposito', 'deposito minimo', 'storting doen', 'minimale storting',
];
