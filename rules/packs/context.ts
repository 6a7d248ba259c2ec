import * as z from 'zod/mini';
import { PhrasesByLangSchema } from './phrase-rule.ts';

/**
 * Context cues: not evidence of a scam, but of what KIND of page this is.
 * - "awareness": the page warns about scams, quotes them, or is a regulator, police, news, lawyer or
 *   wallet-documentation page. Such pages quote every scam promise there is, so awareness suppresses.
 * - "transaction": the page takes money (deposits, payments). Suppression is weaker on such pages, so a
 *   scam cannot escape by saying "beware of scams" once.
 */
/** Matches counted per cue unless the cue says otherwise. */
export const CUE_MAX_HITS_DEFAULT = 4;

export const ContextCueSchema = z.object({
  id: z.string().check(z.regex(/^(awareness|transaction)\.[a-z0-9_]+$/)),
  kind: z.enum(['awareness', 'transaction']),
  weight: z.number().check(z.gte(0), z.lte(10)),
  /** Matches counted per cue (a page that says "scam" 40 times is not 40 times more of an article). */
  maxHits: z._default(z.int().check(z.gte(1), z.lte(20)), CUE_MAX_HITS_DEFAULT),
  phrases: PhrasesByLangSchema,
});
export type ContextCue = z.infer<typeof ContextCueSchema>;

/** Not validated at load (tests/unit/packs/packs.test.ts checks every cue against ContextCueSchema). */
export const contextCues: ContextCue[] = withCueDefaults([
  {
    // Nouns every scam-related page uses, scams and recovery scams included: weak, and capped.
    id: 'awareness.scam_talk',
    kind: 'awareness',
    weight: 0.5,
    maxHits: 4,
    phrases: {
      en: ['scams', 'scammers', 'scammer', 'fraudsters', 'fraudster', 'con artists', 'victims', 'pig butchering', 'rug pull*',
        'phishing'],
      it: ['truffe', 'truffatori', 'truffatore', 'vittime'],
      fr: ['arnaques', 'escrocs', 'escroqueries', 'escroquerie', 'victimes', 'hameconnage'],
      de: ['betruger', 'betrugsmasche*', 'betrugsversuche', 'opfer'],
      es: ['estafas', 'estafadores', 'estafador', 'victimas'],
      pt: ['golpes', 'golpistas', 'fraudes', 'vitimas'],
      nl: ['oplichting', 'oplichters', 'fraudeurs', 'slachtoffers'],
      pl: ['oszustwa', 'oszusci', 'oszustow', 'ofiary'],
    },
  },
  {
    // Advice to the reader: what warning pages, regulators and the police write, and scam pages do not.
    id: 'awareness.advice',
    kind: 'awareness',
    weight: 1.5,
    maxHits: 6,
    phrases: {
      en: ['too good to be true', 'red flags', 'warning signs', 'how to spot', 'how to avoid', 'how to identify',
        'how to recognize', 'how to recognise', 'common scams', 'is a scam', 'are scams', 'beware of', 'be wary of',
        'be careful', 'protect yourself', 'stay safe', 'if you think you have been scammed', 'if you have been scammed',
        'never pay', 'legitimate companies never', 'check the register', 'stop all payments', 'scam alert',
        'if anyone contacts you', 'out of the blue', 'we cannot guarantee', 'police say', 'police said', 'the victim', 'told reporters'],
      it: ['come riconoscere', 'come riconoscerle', 'segnali di allarme', 'campanelli d allarme', 'attenzione alle truffe',
        'diffidate', 'diffida da', 'proteggersi', 'troppo bello per essere vero', 'se pensate di essere stati truffati',
        'se pensi di essere stato truffato', 'non pagate', 'verificate', 'se qualcuno vi contatta', 'la vittima', 'ha denunciato', 'non possiamo garantire'],
      fr: ['comment reconnaitre', 'comment reperer', 'signaux d alerte', 'mefiez vous', 'mefiez-vous', 'protegez vous',
        'trop beau pour etre vrai', 'si vous pensez etre victime', 'ne payez jamais', 'verifiez', 'soyez vigilant*',
        'si quelqu un vous contacte', 'la victime', 'a porte plainte', 'nous ne pouvons pas garantir'],
      de: ['woran erkennt man', 'so erkennen sie', 'warnsignale', 'vorsicht vor', 'seien sie misstrauisch', 'schutzen sie sich',
        'zu schon um wahr zu sein', 'wenn sie betrogen wurden', 'zahlen sie niemals', 'prufen sie', 'die polizei rat',
        'polizei verlangt nie', 'folgemasche', 'ermittelt die', 'wenn sie jemand', 'wir konnen nicht garantieren',
        'seien sie vorsichtig', 'echte banken', 'kein serioser', 'geschadigte', 'strafanzeige'],
      es: ['como detectar', 'como reconocer', 'senales de alerta', 'senales de alarma', 'desconfie', 'desconfia',
        'protegete', 'protejase', 'demasiado bueno para ser verdad', 'si cree que ha sido estafado', 'nunca pague',
        'compruebe', 'verifique', 'si alguien le contacta', 'la victima', 'denuncio', 'no podemos garantizar'],
      pt: ['como identificar', 'sinais de alerta', 'desconfie', 'bom demais para ser verdade', 'nunca pague', 'verifique',
        'como reconhecer', 'como evitar', 'proteja se', 'tenha cuidado', 'se voce foi vitima', 'se alguem entrar em contato',
        'a vitima', 'nao podemos garantir'],
      nl: ['pas op voor', 'te mooi om waar te zijn', 'wees alert', 'betaal nooit', 'controleer', 'hoe herken je',
        'signalen van oplichting', 'wees voorzichtig', 'bescherm jezelf', 'als u bent opgelicht', 'als iemand contact met u opneemt',
        'het slachtoffer', 'wij kunnen niet garanderen'],
      pl: ['jak rozpoznac', 'uwaga na', 'zbyt piekne aby bylo prawdziwe', 'nigdy nie placi', 'sprawdz', 'jak sie chronic',
        'jak uniknac', 'badz ostrozny', 'sygnaly ostrzegawcze', 'jesli padles ofiara', 'jesli ktos sie z toba skontaktuje',
        'poszkodowany', 'nie mozemy zagwarantowac'],
    },
  },
  {
    id: 'awareness.never_share',
    kind: 'awareness',
    weight: 2,
    phrases: {
      en: ['never share your', 'never give your', 'never enter your', 'do not share your', "don't share your",
        'never ask for your', 'will never ask', 'no one will ever ask', 'nobody will ever ask', 'never type your',
        'write down your recovery phrase', 'write down your seed phrase', 'keep your seed phrase', 'store your recovery phrase'],
      it: ['non condividere mai', 'non condividete mai', 'non chiederemo mai', 'non comunicare mai', 'mai condividere'],
      fr: ['ne partagez jamais', 'ne communiquez jamais', 'ne donnez jamais', 'ne vous demandera jamais'],
      de: ['geben sie niemals', 'teilen sie niemals', 'niemals weitergeben', 'wird sie niemals', 'niemals ihre'],
      es: ['nunca compartas', 'nunca comparta', 'nunca le pediremos', 'nunca te pediremos', 'nunca des tu'],
      pt: ['nunca compartilhe', 'nunca partilhe', 'nunca pediremos', 'nunca informe'],
      nl: ['deel nooit', 'geef nooit', 'zal nooit vragen'],
      pl: ['nigdy nie udostepniaj', 'nigdy nie podawaj', 'nigdy nie poprosimy'],
    },
  },
  {
    id: 'awareness.report',
    kind: 'awareness',
    weight: 1.5,
    phrases: {
      en: ['report fraud', 'report the scam', 'report it to', 'report scams', 'ic3', 'action fraud', 'contact the police',
        'file a complaint', 'file a report', 'reportfraud', 'report to the police', 'consumer protection'],
      it: ['denuncia alla polizia', 'segnala la truffa', 'polizia postale', 'sporgere denuncia', 'fare denuncia'],
      fr: ['porter plainte', 'signalez', 'signaler l arnaque', 'pharos', 'signal conso'],
      de: ['anzeige erstatten', 'melden sie', 'verbraucherzentrale'],
      es: ['denunciar', 'presentar una denuncia', 'denuncie'],
      pt: ['denunciar', 'registrar uma queixa', 'fazer uma denuncia', 'boletim de ocorrencia', 'procon'],
      nl: ['aangifte doen', 'fraudehelpdesk', 'meld het', 'politie inschakelen', 'consumentenbond'],
      pl: ['zglos', 'zawiadomienie na policje', 'zglosic oszustwo', 'zglos sie na policje', 'rzecznik konsumentow'],
    },
  },
  {
    id: 'awareness.risk_warning',
    kind: 'awareness',
    weight: 3,
    phrases: {
      en: ['risk warning', 'retail investor accounts lose money', 'cfds are complex instruments',
        'high risk of losing money', 'you should consider whether you can afford', 'capital at risk', 'your capital is at risk',
        'not investment advice', 'not financial advice', 'do your own research'],
      it: ['avvertenza sui rischi', 'dei conti degli investitori al dettaglio perde denaro', 'il tuo capitale e a rischio',
        'non costituisce consulenza'],
      fr: ['avertissement sur les risques', 'des comptes d investisseurs particuliers perdent de l argent',
        'votre capital est a risque', 'ne constitue pas un conseil'],
      de: ['risikowarnung', 'der kleinanlegerkonten verlieren geld', 'ihr kapital ist gefahrdet', 'keine anlageberatung'],
      es: ['advertencia de riesgo', 'de las cuentas de inversores minoristas pierden dinero', 'su capital esta en riesgo',
        'no constituye asesoramiento'],
      pt: ['aviso de risco', 'das contas de investidores de retalho perdem dinheiro', 'seu capital esta em risco'],
      nl: ['risicowaarschuwing', 'van de retailbeleggersrekeningen verliest geld'],
      pl: ['ostrzezenie o ryzyku', 'rachunkow inwestorow detalicznych traci pieniadze'],
    },
  },
  {
    id: 'awareness.news_legal',
    kind: 'awareness',
    weight: 1,
    phrases: {
      en: ['allegedly', 'so-called', 'according to', 'press release', 'were arrested', 'was arrested', 'indictment', 'prosecutors', 'court documents',
        'law firm', 'attorney', 'class action', 'the ftc', 'the sec charged', 'department of justice', 'investigation',
        'consumer alert', 'investor alert', 'warning list'],
      it: ['presunto', 'sedicente', 'secondo', 'comunicato stampa', 'arrestati', 'procura', 'avvocato', 'studio legale', 'indagine'],
      fr: ['soi-disant', 'pretendu', 'selon', 'communique de presse', 'arretes', 'parquet', 'avocat', 'cabinet d avocats', 'enquete', 'liste noire'],
      de: ['angeblich*', 'vermeintlich*', 'sogenannte*', 'laut', 'pressemitteilung', 'festgenommen', 'staatsanwaltschaft', 'rechtsanwalt', 'anwaltskanzlei', 'ermittlungen',
        'warnliste'],
      es: ['supuesto', 'supuestos', 'presunto', 'segun', 'comunicado de prensa', 'detenidos', 'fiscalia', 'abogado', 'bufete', 'investigacion', 'lista de advertencias'],
      pt: ['segundo', 'comunicado de imprensa', 'presos', 'advogado', 'investigacao'],
      nl: ['volgens', 'persbericht', 'gearresteerd', 'advocaat', 'onderzoek'],
      pl: ['wedlug', 'komunikat prasowy', 'zatrzymani', 'prokuratura', 'adwokat', 'sledztwo'],
    },
  },
  {
    id: 'transaction.deposit_cta',
    kind: 'transaction',
    weight: 1,
    phrases: {
      en: ['make deposit', 'make a deposit', 'deposit now', 'invest now', 'send btc to', 'send usdt to', 'send bitcoin to',
        'deposit address', 'pay now', 'payment method', 'wire bank transfer', 'bank wire', 'fund your account'],
      it: ['effettua un deposito', 'deposita ora', 'investi ora', 'metodo di pagamento', 'bonifico bancario'],
      fr: ['effectuer un depot', 'deposez maintenant', 'investissez maintenant', 'moyen de paiement', 'virement bancaire'],
      de: ['einzahlung tatigen', 'jetzt einzahlen', 'jetzt investieren', 'zahlungsmethode', 'bankuberweisung'],
      es: ['hacer un deposito', 'deposita ahora', 'invierta ahora', 'metodo de pago', 'transferencia bancaria'],
      pt: ['fazer um deposito', 'deposite agora', 'invista agora', 'metodo de pagamento', 'transferencia bancaria'],
      nl: ['nu storten', 'nu investeren', 'betaalmethode'],
      pl: ['wplac teraz', 'zainwestuj teraz', 'metoda platnosci'],
    },
  },
]);

function withCueDefaults(cues: z.input<typeof ContextCueSchema>[]): ContextCue[] {
  return cues.map((cue) => ({ maxHits: CUE_MAX_HITS_DEFAULT, ...cue }));
}
