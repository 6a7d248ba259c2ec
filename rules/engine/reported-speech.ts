/**
 * REPORTED SPEECH: a scam promise or demand that the page attributes to someone else or calls false
 * ("scammers promise guaranteed returns", "be wary of anyone offering to recover your funds", "ils vous
 * demandent d'installer AnyDesk", "angebliche Rückholdienste", "los supuestos brokers"). Warning pages,
 * news, police and lawyers describe scams this way; a scam states its own offer plainly ("guaranteed
 * returns", "we recover your funds"). Such a match counts like a quoted one: not as the page's own
 * promise, but as a sign of a page that reports scams.
 *
 * Only the match's own clause counts (back to the last sentence mark or element boundary, at most
 * REPORT_REACH characters, up to a modal verb; in German and Dutch also the verb at the clause's end:
 * "… hohe Renditen versprochen"), so a warning in a page's footer does not excuse the pitch above it;
 * and an item of a list whose header denies a request or names warning signs. The words are on
 * normalised text (lower case, no accents). They are third-person, passive and discrediting forms only,
 * never the first person a scam uses about itself ("we promise", "we ask you to pay the fee", "wir
 * bitten Sie", "nous vous proposons"), and no bare scam nouns: fake recovery services say "we recover
 * your money from scammers".
 */
import { TEXT_BREAK } from '../snapshot.ts';
import { requiredWords } from './required-words.ts';
import { WordSpans, wordSpansIn } from './word-spans.ts';

/** How far from the match, at most, its clause is read. */
const REPORT_REACH = 90;

type Lang = 'en' | 'fr' | 'de' | 'it' | 'es' | 'pt' | 'nl' | 'pl';

// Objects of "ask/tell/urge someone to": the reader or the victims, seen from outside.
const WHOM = '(?:you|victims|them|people|investors|her|him|users|customers)';
// Who is told about in the third person: "anyone who offers", "firms that promise".
const THIRD = '(?:anyone|anybody|someone|somebody|those|people|firms|companies|brokers|platforms|websites|sites|services|callers)';

/** Reporting words before the match, per language (regex fragments, whole words). */
const BEFORE: Record<Lang, string[]> = {
  en: [
    'promis(?:es|ing)', 'promises? of', 'promised to', '(?:re|are|is|was|were|be|been|being|get|gets|got) promised',
    'claiming', 'falsely claim(?:s|ed)?', 'pretend(?:s|ed|ing)?',
    'lur(?:e|es|ed|ing)', 'entic(?:e|es|ed|ing)', 'offering to', 'offered to', 'offers of',
    `asking ${WHOM} to`, `asked ${WHOM} to`, '(?:victims|they|investors|people|users|customers|clients) (?:are|were|get|got|re) asked to',
    `tell(?:s|ing)? ${WHOM} (?:to|that)`, `told ${WHOM}`, `instruct(?:s|ed|ing) ${WHOM}`,
    `urg(?:e|es|ed|ing) ${WHOM}`, `pressur(?:e|es|ed|ing) ${WHOM}`, `persuad(?:e|es|ed|ing) ${WHOM}`,
    `convinc(?:e|es|ed|ing) ${WHOM}`, 'pos(?:e|es|ed|ing) as', 'impersonat(?:e|es|ed|ing)', 'disguised as',
    'beware of', 'be wary of', 'wary of', 'watch out for', 'look out for', 'suspicious of', 'red flags?', 'warning signs?',
    'signs of (?:a )?scams?', 'how to spot',
    `${THIRD} (?:who|that|which) (?:offers?|promises?|guarantees?|claims?|asks?|charges?)`,
    // "They" alone also names a firm's own staff ("they offer plans"): only with words of pressure.
    'they (?:will |often |may |then |also |usually )?(?:promise|pretend|ask you|tell you|urge|pressure|lure)',
  ],
  fr: [
    'promett(?:ent|ant|ait|aient)', 'promesses? (?:de|d)', '(?:a|ont|avait|avaient) promis',
    'pretend(?:ent|ant)',
    'appat(?:ent|ant|er)', 'leurr(?:ent|ant|er)', '(?:font|faisant|fait) miroiter',
    'vous demand(?:e|ent|ant)', 'demand(?:ent|ant) (?:de|d)', 'propos(?:ent|ant) de', 'exig(?:ent|eant)',
    'se (?:faisant|font|fait) passer', 'usurp(?:ent|ant|ateurs?)', 'mefiez vous', 'gare aux?', 'signaux d alerte', 'signes d alerte',
    '(?:arnaques?|escroqueries?) (?:a|au|aux|a la|de|du)',
    '(?:quiconque|ceux|celui|toute personne|des sites|des societes|des plateformes) qui (?:vous )?(?:promet|promettent|propose|proposent|garantit|garantissent|demande|demandent)',
  ],
  de: [
    'versprochen', 'versprechungen', 'mit dem versprechen',
    'lock(?:en|t) mit', 'gaukeln', 'behaupten', 'berufen sich auf', 'vorsicht (?:vor|bei)', 'geben sich als', 'warnsignale',
    'alarmzeichen',
    '(?:betrug|masche) mit', '(?:opfer|anleger|betroffene) werden gebeten',
  ],
  it: [
    'promett(?:ono|endo|eva|evano)', 'promess[ae] di', '(?:viene|vengono|e|sono) promess[oiae]',
    'attir(?:ano|ando)', 'adescan(?:o|do)', 'millant(?:ano|ando)', 'spacciandosi', 'fingendo(?:si)?', 'si fingono',
    '(?:ti|vi) chied(?:ono|eranno|evano)', 'chiedendo', 'offr(?:ono|endo) di', 'propon(?:gono|endo) di',
    'diffidate (?:di|da)', 'attenzione (?:a|ai|alle|agli)', 'segnali d(?:i)? allarme', 'campanelli d allarme', 'truff[ae] (?:del|della|dei|delle|di|sul|sui|con)',
    '(?:chiunque|chi|coloro|societa|siti|piattaforme) che (?:vi |ti )?(?:promette|promettono|offre|offrono|garantisce|garantiscono|chiede|chiedono)',
  ],
  es: [
    'promet(?:en|iendo|ian)', 'promesas? de', '(?:le|te|les) promet(?:en|ieron|ian)',
    'atra(?:en|yendo)', '(?:le|te|les) pid(?:en|ieron)', 'pidiendo(?:le|te|les)?',
    'ofreciendo(?:le|te|les)?', 'asegurando', 'aseguran', 'haciendose pasar', 'se hacen pasar', 'desconfie de', 'cuidado con', 'senales de (?:alerta|alarma)',
    'estafas? (?:de|del|con)',
    '(?:quien|quienes|cualquiera|empresas|plataformas|sitios) que (?:le |te )?(?:promete|prometen|ofrece|ofrecen|garantiza|garantizan|pide|piden)',
  ],
  pt: [
    'promet(?:em|endo|iam)', 'promessas? de',
    'atra(?:em|indo)', 'pedem', 'pedindo', 'oferecendo', 'alegam', 'alegando', 'se passando por', 'fingindo',
    'cuidado com', 'desconfie de', 'sinais de alerta', 'golpes? (?:do|da|de|com)',
    '(?:quem|empresas|plataformas|sites) que (?:promete|prometem|oferece|oferecem|garante|garantem|pede|pedem)',
  ],
  nl: [
    'belov(?:en|ende)', 'belofte(?:s|n)? van', 'beloofd', 'lokken',
    'doen zich voor als', 'pas op voor', 'oplichting met', 'waarschuwingssignalen', 'alarmsignalen',
  ],
  pl: [
    'obiecuj(?:a|ac|acy|acych)', 'obietnic(?:a|e|y|ami)',
    'wabi(?:a|ac)', 'kuszac(?:y|a|e|ych)', 'prosza o', 'namawiaj(?:a|ac)',
    'podaj(?:a|ac) sie za', 'uwaga na', 'uwazaj na', 'oszustw[oa] na', 'sygnaly ostrzegawcze', 'sygnaly alarmowe',
  ],
};

/**
 * Discrediting words right before the match ("so-called guaranteed returns", "les faux conseillers en
 * récupération", "rzekomy gwarantowany zysk"): only within DISCREDIT_WORDS words, because fake recovery
 * services also name the fake brokers they "recover" from ("victims of fake brokers recover their funds").
 */
const DISCREDIT: Record<Lang, string[]> = {
  en: ['supposed(?:ly)?', 'so called', 'alleged(?:ly)?', 'purported(?:ly)?', 'fake', 'bogus', 'phony', 'phoney', 'fabricated', 'fraudulent', 'false'],
  fr: ['soi disant', 'faux', 'fausses?', 'frauduleu(?:x|se|ses)', 'mensonger(?:s|e|es)?', 'pretendu(?:e|s|es)?', 'pretendument'],
  de: ['angeblich(?:e|en|er|es)?', 'vermeintlich(?:e|en|er|es)?', 'sogenannt(?:e|en|er|es)?', 'gefalscht(?:e|en|er|es)?', 'falsch(?:e|en|er|es)', 'betrugerisch(?:e|en|er|es)'],
  it: ['presunt[ioae]', 'sedicent[ie]', 'cosiddett[ioae]', 'fint[ioae]', 'fals[ioae]', 'fraudolent[ie]', 'ingannevol[ie]'],
  es: ['supuest[oa]s?', 'fals[oa]s?', 'fraudulent[oa]s?', 'engan(?:oso|osa|osos|osas)'],
  pt: ['supost[oa]s?', 'fals[oa]s?', 'fraudulent[oa]s?', 'engan(?:oso|osa)s?'],
  nl: ['zogenaamde?', 'nep', 'valse', 'frauduleuze?'],
  pl: ['rzekom(?:y|a|e|o|ych)', 'falszyw(?:y|a|e|ych)', 'tzw', 'tak zwan(?:y|a|e|ych)', 'oszukancz(?:y|a|e|ych)'],
};

/**
 * "Scammers (often) promise …": a scam's people as the subject of a word of speech, with at most one
 * word between. One pattern for every language (one optional word, not one per language: overlapping
 * optional words would make the search slow on hostile text).
 */
const SUBJECTS: Record<Lang, string[]> = {
  en: ['scammers', 'fraudsters', 'criminals', 'crooks', 'con artists'],
  fr: ['escrocs', 'fraudeurs', 'arnaqueurs', 'criminels', 'ils'],
  de: ['betruger', 'tater', 'kriminelle', 'abzocker'],
  it: ['truffatori', 'criminali', 'malintenzionati'],
  es: ['estafadores', 'delincuentes', 'timadores'],
  pt: ['golpistas', 'criminosos', 'fraudadores'],
  nl: ['oplichters', 'criminelen'],
  pl: ['oszusci', 'przestepcy'],
};
const SPEECH_VERBS: Record<Lang, string[]> = {
  en: ['promise', 'offer', 'claim', 'pretend', 'ask', 'tell', 'urge', 'pressure', 'lure'],
  fr: ['promettent', 'proposent', 'pretendent', 'demandent', 'exigent'],
  de: ['versprechen', 'bieten', 'behaupten', 'verlangen', 'fordern', 'locken', 'drangen'],
  it: ['promettono', 'offrono', 'propongono', 'chiedono', 'sostengono'],
  es: ['prometen', 'ofrecen', 'piden', 'aseguran', 'dicen'],
  pt: ['prometem', 'oferecem', 'pedem', 'dizem'],
  nl: ['beloven', 'bieden', 'vragen', 'zeggen'],
  pl: ['obiecuja', 'oferuja', 'prosza', 'twierdza', 'namawiaja'],
};
const alternatives = (byLang: Record<Lang, string[]>) => [...new Set(Object.values(byLang).flat())].join('|');
const SUBJECT_SAYS = new RegExp(`(?:^|[^a-z])(?:${alternatives(SUBJECTS)}) (?:[a-z]+ )?(?:${alternatives(SPEECH_VERBS)})(?![a-z])`);

const REPORTED_BEFORE = new RegExp(`(?:^|[^a-z])(?:${alternatives(BEFORE)})(?![a-z])`);
const DISCREDITED = new RegExp(`(?:^|[^a-z])(?:${alternatives(DISCREDIT)})(?![a-z])`);
// A clause in the first person is the page's own offer, whatever it calls others: "we help victims of
// fake brokers recover their funds", "nous aidons les victimes de faux courtiers".
const FIRST_PERSON = new Set(
  ('we our us nous notre nos wir unser unsere uns noi nostro nostra nostri nosotros nuestro nuestra nuestros ' +
    'nossa nosso nossos wij ons onze my nasz nasza nasi').split(' '),
);
// A reporting word governs its own predicate, up to a modal of ability: "victims of schemes promising
// high returns | can now recover their funds with us" is a recovery offer. Other modals stay inside the
// report: "scammers will ask you", "being told you must pay".
const MODALS = new Set(
  ('can could may might now pouvez peuvent pouvons pourrez pourront konnen kann konnten possono potete puoi possiamo ' +
    'potranno pueden puede podemos podra podran podem pode poderao kunnen kan kunt moga mozesz mozna mozemy').split(' '),
);

// Verb-final clauses: German and Dutch put the reporting verb AFTER the promise ("… wird eine hohe
// Rendite versprochen", "Anbieter, die sichere Gewinne versprechen", "die u winst beloven").
const REPORTED_AFTER_WORDS = ['versprochen', 'verspricht', 'versprechen', 'vorgegaukelt', 'in aussicht gestellt', 'berufen',
  'beloofd', 'beloven', 'belooft', 'voorgespiegeld'];
const REPORTED_AFTER = new RegExp(`(?:^|[^a-z])(?:${REPORTED_AFTER_WORDS.join('|')})(?![a-z])`);

function required(...patterns: RegExp[]): string[] {
  return [...new Set(patterns.flatMap((pattern) => {
    const words = requiredWords(pattern);
    if (words === null) throw new Error(`${String(pattern)} has no required words: the phrase scan cannot tell where it may match`);
    return words;
  }))];
}
/** The two sides of a match that reported speech reads: the clause before it, and the clause after it. */
export const REPORT_SIDES = ['before', 'after'] as const;
type ReportSide = (typeof REPORT_SIDES)[number];

let reportWordsOnce: Record<ReportSide, string[]> | null = null;
/**
 * Words without which a clause before a match holds no report or discrediting word, and the clause after it no
 * verb-final report (required-words.ts): the phrase scan finds where they occur, so most clauses are never read.
 * Read out of the patterns on first use, not at load: that takes a woken worker about 10 ms, and a wake that only
 * looks a site up in the lists never needs them.
 */
export function requiredReportWords(): Record<ReportSide, string[]> {
  reportWordsOnce ??= { before: required(REPORTED_BEFORE, SUBJECT_SAYS, DISCREDITED), after: required(REPORTED_AFTER) };
  return reportWordsOnce;
}

/** Where the report words (requiredReportWords()) occur in a page. */
type ReportWordSpans = Record<ReportSide, Pick<WordSpans, 'within'>>;

/** The report words of `text`, found by search (for callers without the phrase scan). */
export function reportWordSpansIn(text: string): ReportWordSpans {
  const words = requiredReportWords();
  return { before: wordSpansIn(text, words.before), after: wordSpansIn(text, words.after) };
}

// The match names a KIND of scam ("safe account scams", "recovery fraud"): the page talks about the scam.
const NAMES_A_SCAM = /^[ -]?(?:scams?|frauds?|schemes?|swindles?|betrug|masche|abzocke)(?![a-z])/;
const NAMES_A_SCAM_REACH = 12;

/**
 * A list under a header that denies a request ("We will never ask you to:", "Nous ne vous demanderons
 * jamais de :", "Wir werden Sie niemals bitten:") or names warning signs ("Red flags:", "Signaux
 * d'alerte") reports every item: "- install AnyDesk" under it is no instruction of the page.
 */
const NEGATED_REQUEST = new RegExp(
  '(?:^|[^a-z])(?:' +
    [
      'never (?:ask|request|require|call|tell|contact|send|text|email)',
      '(?:will|would|do|does) not (?:ask|request|require|call)', '(?:won|don) t (?:ask|request|call)',
      '(?:nobody|no one) will (?:ask|call)',
      '(?:niemals|nie|nicht) (?:auffordern|bitten|fragen|anrufen|verlangen)',
      'ne vous (?:demanderons|demandera|demanderont|demandons|demande|appellerons|appellera) jamais',
      'non (?:vi|ti) (?:chiederemo|chiedera|chiederanno|chiediamo|chiede) mai', 'mai (?:vi|ti) chied',
      'nunca (?:le|te|les) (?:pediremos|pedira|pediran|pedimos|pide|llamaremos|llamara)',
      'nunca (?:lhe |te )?(?:pedimos|pediremos|pedira|vamos pedir|vai pedir|ligaremos)',
      '(?:zal|zullen|vragen) (?:u|je) nooit', 'nooit (?:vragen|bellen)',
      'nigdy nie (?:poprosimy|poprosi|prosimy|prosi|zadzwonimy|zadzwoni)',
    ].join('|') +
    ')(?![a-z])',
);
/** How far back the header of a list item is looked for. */
const LIST_REACH = 500;
// A list item starts with a bullet (after a sentence mark or an element boundary).
const BULLET = /^[-*\u2022\u2013\u2014\u00b7\u25aa\u25ba\u2714\u2713\u279c] /;
const CLAUSE_SPLIT = new RegExp(`[.!?;:] |${TEXT_BREAK}`);

/** The header of the list whose item holds `start` (the clause before the first item), or null. */
export function listHeader(text: string, start: number): string | null {
  // Most matches are in no list item: their own clause, found without splitting, says so.
  if (!BULLET.test(text.slice(clauseStart(text, start, LIST_REACH), start).trimStart())) return null;
  const clauses = text.slice(Math.max(0, start - LIST_REACH), start).split(CLAUSE_SPLIT);
  // The match's own clause must be an item; then walk back over the items before it.
  let i = clauses.length - 1;
  if (!BULLET.test(clauses[i]!.trimStart())) return null;
  while (i > 0 && BULLET.test(clauses[i]!.trimStart())) i--;
  return BULLET.test(clauses[i]!.trimStart()) ? null : clauses[i]!;
}

// Ends of a clause: a sentence mark followed by a space, or an element boundary (as CLAUSE_SPLIT).
const BREAK_CODE = TEXT_BREAK.charCodeAt(0);
const SENTENCE_MARKS = new Set([...'.!?;:'].map((mark) => mark.charCodeAt(0)));

/**
 * Where the clause that holds `start` begins, looking back at most `reach` characters: just after the last
 * clause end that lies wholly in [start - reach, start), or start - reach. Read backwards from `start`, so
 * the usual short clause costs a few characters, not a slice and a regex sweep of the whole reach.
 */
function clauseStart(text: string, start: number, reach: number): number {
  const from = Math.max(0, start - reach);
  for (let i = start - 1; i >= from; i--) {
    const code = text.charCodeAt(i);
    if (code === BREAK_CODE || (code === 32 && i > from && SENTENCE_MARKS.has(text.charCodeAt(i - 1)))) return i + 1;
  }
  return from;
}

/** The text from the start of the clause that holds `start` up to `start` (at most REPORT_REACH characters). */
export function clauseBefore(text: string, start: number): string {
  return text.slice(clauseStart(text, start, REPORT_REACH), start);
}

/** The text from `end` to the end of its clause: the first clause end that lies wholly in the next REPORT_REACH characters. */
function clauseAfter(text: string, end: number): string {
  const to = Math.min(text.length, end + REPORT_REACH);
  for (let i = end; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === BREAK_CODE || (i + 1 < to && SENTENCE_MARKS.has(code) && text.charCodeAt(i + 1) === 32)) return text.slice(end, i);
  }
  return text.slice(end, to);
}

// Punctuation inside a clause reads as one space, as the phrase matcher reads it ("d'alerte", "so-called").
const NOT_WORD = /[^a-z0-9]+/g;
const wordText = (clause: string) => clause.replace(NOT_WORD, ' ').trim();
const words = (clause: string) => wordText(clause).split(' ');
const reportsBefore = (clause: string) => REPORTED_BEFORE.test(clause) || SUBJECT_SAYS.test(clause);
/** A discrediting word ("fake", "sedicenti", "supuestos") in `part`, in a clause the page does not speak in the first person. */
const discredits = (part: string[], clause: string[] = part) =>
  DISCREDITED.test(part.join(' ')) && !clause.some((word) => FIRST_PERSON.has(word));

/** Does the clause (its words) report or discredit what follows, in the words after its last modal? */
function reportedInPredicate(clause: string[]): boolean {
  const predicate = clause.slice(clause.findLastIndex((word) => MODALS.has(word)) + 1);
  return reportsBefore(predicate.join(' ')) || discredits(predicate, clause);
}

/**
 * Is the match at [start, end) reported (attributed to others, called false) rather than said by the page?
 * `spans`: where the page's report words (requiredReportWords()) are (the phrase scan knows); a clause within
 * REPORT_REACH of the match that holds none cannot report it, and is not read.
 */
export function isReported(text: string, start: number, end: number, spans: ReportWordSpans = reportWordSpansIn(text)): boolean {
  if (NAMES_A_SCAM.test(text.slice(end, end + NAMES_A_SCAM_REACH))) return true;
  // The predicate is the clause's last words, so a reporting or discrediting word in it is one in the whole
  // clause too: most clauses have none and are never split into words.
  if (spans.before.within(start - REPORT_REACH, start)) {
    const clauseText = wordText(clauseBefore(text, start));
    if ((reportsBefore(clauseText) || DISCREDITED.test(clauseText)) && reportedInPredicate(clauseText.split(' '))) return true;
  }
  if (spans.after.within(end, end + REPORT_REACH) && REPORTED_AFTER.test(clauseAfter(text, end).replace(NOT_WORD, ' '))) return true;
  const header = listHeader(text, start);
  if (header === null) return false;
  const headerWords = words(header);
  const headerText = headerWords.join(' ');
  return reportsBefore(headerText) || discredits(headerWords) || NEGATED_REQUEST.test(headerText);
}
