/**
 * Promised rates of return, read as numbers in en/it/fr/de/es/pt/nl/pl and judged by their
 * annualised size: "2% daily", "1,5 % al giorno", "300% in 30 days", "doubles in 40 days",
 * "10% par semaine", "5% täglich", "3% diario", "40% hourly for 5 hours".
 *
 * Works on NORMALISED text (lower-case, diacritics folded: "täglich" → "taglich", "día" → "dia").
 * Three regexes, each a single left-to-right sweep with bounded repetitions only (checked by recheck
 * in tests/unit/engine/redos.test.ts).
 */
import { execAll } from './exec-all.ts';

/** Length in days of each period word, by language. Plural forms are only used after "in N". */
const PERIOD_WORDS: Record<string, number> = {
  // per-period adverbs and phrases (after "2%")
  hourly: 1 / 24, 'per hour': 1 / 24, 'an hour': 1 / 24, 'every hour': 1 / 24, 'all ora': 1 / 24, orari: 1 / 24,
  'par heure': 1 / 24, 'toutes les heures': 1 / 24, stundlich: 1 / 24, 'pro stunde': 1 / 24, 'por hora': 1 / 24,
  'cada hora': 1 / 24, 'per uur': 1 / 24, 'na godzine': 1 / 24, 'co godzine': 1 / 24,
  daily: 1, 'a day': 1, 'per day': 1, 'every day': 1, 'each day': 1, 'al giorno': 1, 'ogni giorno': 1,
  giornaliero: 1, giornaliera: 1, giornalieri: 1, quotidiano: 1, 'par jour': 1, 'chaque jour': 1, quotidien: 1,
  quotidienne: 1, journalier: 1, taglich: 1, 'pro tag': 1, 'am tag': 1, 'jeden tag': 1, diario: 1, diaria: 1,
  diariamente: 1, 'al dia': 1, 'por dia': 1, 'cada dia': 1, 'ao dia': 1, 'per dag': 1, dagelijks: 1,
  dziennie: 1, 'na dzien': 1, 'codziennie': 1,
  weekly: 7, 'a week': 7, 'per week': 7, 'every week': 7, settimanale: 7, 'a settimana': 7,
  'alla settimana': 7, 'par semaine': 7, hebdomadaire: 7, wochentlich: 7, 'pro woche': 7, semanal: 7,
  'por semana': 7, 'a la semana': 7, wekelijks: 7, tygodniowo: 7, 'na tydzien': 7,
  monthly: 30, 'a month': 30, 'per month': 30, 'every month': 30, mensile: 30, 'al mese': 30, 'par mois': 30,
  mensuel: 30, mensuelle: 30, monatlich: 30, 'pro monat': 30, mensual: 30, 'al mes': 30, 'por mes': 30,
  mensal: 30, 'ao mes': 30, 'per maand': 30, maandelijks: 30, miesiecznie: 30, 'na miesiac': 30,
  yearly: 365, annually: 365, 'a year': 365, 'per year': 365, 'per annum': 365, 'p a': 365, apy: 365, apr: 365,
  annuo: 365, annua: 365, 'all anno': 365, 'par an': 365, annuel: 365, annuelle: 365, jahrlich: 365,
  'pro jahr': 365, anual: 365, 'al ano': 365, 'por ano': 365, 'ao ano': 365, 'per jaar': 365, jaarlijks: 365,
  rocznie: 365, 'w skali roku': 365,
};

/** Plural units after a count: "in 30 days", "dopo 24 ore", "en 40 jours", "nach 7 Tagen". */
const UNIT_WORDS: Record<string, number> = {
  hour: 1 / 24, hours: 1 / 24, hrs: 1 / 24, h: 1 / 24, ora: 1 / 24, ore: 1 / 24, heure: 1 / 24, heures: 1 / 24,
  stunde: 1 / 24, stunden: 1 / 24, hora: 1 / 24, horas: 1 / 24, uur: 1 / 24, uren: 1 / 24, godzin: 1 / 24,
  godziny: 1 / 24,
  day: 1, days: 1, giorno: 1, giorni: 1, jour: 1, jours: 1, tag: 1, tage: 1, tagen: 1, dia: 1, dias: 1,
  dag: 1, dagen: 1, dni: 1, dzien: 1,
  week: 7, weeks: 7, settimana: 7, settimane: 7, semaine: 7, semaines: 7, woche: 7, wochen: 7, semana: 7,
  semanas: 7, weken: 7, tydzien: 7, tygodnie: 7, tygodni: 7,
  month: 30, months: 30, mese: 30, mesi: 30, mois: 30, monat: 30, monate: 30, monaten: 30, mes: 30, meses: 30,
  maand: 30, maanden: 30, miesiac: 30, miesiace: 30, miesiecy: 30,
};

const alternation = (words: string[]) =>
  words
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '[ \'’.-]?'))
    .join('|');

const NUMBER = String.raw`(\d{1,4}(?:[.,]\d{1,3})?)`;
const PERIOD = alternation(Object.keys(PERIOD_WORDS));
const UNIT = alternation(Object.keys(UNIT_WORDS));
const WITHIN = 'in|within|after|for|en|apres|nach|innerhalb|binnen|dopo|entro|tras|despues de|apos|em|w|po|za|na';
const DOUBLES = 'doubl[a-z]{0,8}|x2|raddoppi[a-z]{0,6}|verdoppel[a-z]{0,6}|verdoppl[a-z]{0,6}|duplic[a-z]{0,6}|dobr[a-z]{0,6}|verdubbel[a-z]{0,6}|podwaj[a-z]{0,6}|podwoi[a-z]{0,6}';

/** "2% daily", "1,5 % al giorno", "5% profit daily" (up to two filler words between). */
export const RATE_PER_PERIOD = new RegExp(
  String.raw`${NUMBER} ?% ?(?:[a-z]{1,12} ){0,2}(?:${PERIOD})(?![a-z])`,
  'g',
);
/** "300% in 30 days", "150% after 24 hours", "120% dopo 7 giorni". */
const RATE_IN_SPAN = new RegExp(
  String.raw`${NUMBER} ?% ?(?:[a-z]{1,12} ){0,2}(?:${WITHIN}) (\d{1,4}) ?(?:${UNIT})(?![a-z])`,
  'g',
);
/** "doubles in 40 days", "double your bitcoin in 24 hours", "raddoppia in 40 giorni". */
const DOUBLING_IN_SPAN = new RegExp(
  String.raw`(?<![a-z])(?:${DOUBLES})(?: [a-z]{1,12}){0,3} (?:${WITHIN}) (\d{1,4}) ?(?:${UNIT})(?![a-z])`,
  'g',
);

/**
 * A period-and-return label BEFORE the number: "daily yield 1.8%", "Tagesrendite 1,2 %", "rendimento
 * giornaliero: 1,5%", "ROI per day 2%", "ежедневная доходность 2%". Plan cards and pig-butchering "VIP level"
 * tables put the label first. Nouns of return × period adjectives, per language (folded text).
 */
const labelPairs = (nouns: string[], periods: Record<string, number>, periodFirst: boolean) =>
  Object.entries(periods).flatMap(([period, days]) =>
    nouns.map((noun) => [periodFirst ? `${period} ${noun}` : `${noun} ${period}`, days] as const));
const EN_RETURNS = ['profit', 'profits', 'yield', 'yields', 'return', 'returns', 'roi', 'r.o.i', 'r.o.i.', 'income', 'interest', 'earnings',
  'rate of return', 'reward', 'rewards', 'payout', 'percentage'];
const RU_RETURNS = ['доходность', 'доход', 'прибыль', 'процент'];
/**
 * Label → length of its period in days. Built on a page's first rate label, not when the worker starts: a worker
 * woken to check a navigation never reads it.
 */
const labelDays = (): Record<string, number> => Object.fromEntries([
  ...labelPairs(EN_RETURNS, { hourly: 1 / 24, daily: 1, weekly: 7, monthly: 30 }, true),
  ...labelPairs(EN_RETURNS, { 'per hour': 1 / 24, 'per day': 1, 'a day': 1, 'per week': 7, 'per month': 30 }, false),
  ...labelPairs(['rendimento', 'rendimenti', 'guadagno', 'guadagni', 'profitto', 'profitti', 'interesse', 'interessi', 'rendita'],
    { orario: 1 / 24, giornaliero: 1, giornaliera: 1, giornalieri: 1, quotidiano: 1, 'al giorno': 1, settimanale: 7, settimanali: 7,
      mensile: 30, mensili: 30 }, false),
  ...labelPairs(['rendement', 'rendements', 'profit', 'profits', 'gain', 'gains', 'revenu', 'revenus', 'interet', 'interets', 'benefice',
    'benefices', 'taux de rendement'], { horaire: 1 / 24, journalier: 1, journaliere: 1, journaliers: 1, quotidien: 1, quotidienne: 1,
    quotidiens: 1, 'par jour': 1, hebdomadaire: 7, mensuel: 30, mensuelle: 30 }, false),
  ...labelPairs(['rendite', 'zins', 'zinsen', 'gewinn', 'ertrag', 'ausschuttung'], { stunden: 1 / 24, tages: 1, wochen: 7, monats: 30 }, true)
    .map(([label, days]) => [label.replace(' ', ''), days] as const),
  ...labelPairs(['rendite', 'zinsen', 'gewinn', 'gewinne', 'ertrag', 'ertrage'], { stundliche: 1 / 24, stundlicher: 1 / 24, tagliche: 1,
    taglicher: 1, tagliches: 1, wochentliche: 7, wochentlicher: 7, monatliche: 30, monatlicher: 30 }, true),
  ...labelPairs(['rendimiento', 'rendimientos', 'ganancia', 'ganancias', 'beneficio', 'beneficios', 'interes', 'intereses',
    'rentabilidad', 'retorno', 'rendimento', 'lucro', 'lucros', 'ganho', 'ganhos', 'rentabilidade', 'juros'],
  { 'por hora': 1 / 24, diario: 1, diaria: 1, diarios: 1, diarias: 1, 'por dia': 1, 'al dia': 1, 'ao dia': 1, semanal: 7,
    semanales: 7, mensual: 30, mensuales: 30, mensal: 30 }, false),
  ...labelPairs(['rendement', 'winst', 'rente', 'opbrengst'], { dag: 1, week: 7, maand: 30 }, true)
    .map(([label, days]) => [label.replace(' ', ''), days] as const),
  ...labelPairs(['rendement', 'winst', 'rente', 'opbrengst'], { dagelijks: 1, dagelijkse: 1, wekelijks: 7, wekelijkse: 7,
    maandelijks: 30, maandelijkse: 30 }, true),
  ...labelPairs(['zysk', 'zwrot', 'dochod', 'oprocentowanie', 'stopa zwrotu'], { dzienny: 1, dzienna: 1, dzienne: 1, tygodniowy: 7,
    tygodniowa: 7, miesieczny: 30, miesieczna: 30 }, true),
  ...labelPairs(['zysk', 'zwrot', 'dochod', 'oprocentowanie'], { dzienny: 1, tygodniowy: 7, miesieczny: 30 }, false),
  ...labelPairs(['getiri', 'kazanc', 'kar', 'faiz', 'gelir'], { saatlik: 1 / 24, gunluk: 1, haftalik: 7, aylik: 30 }, true),
  ...labelPairs(RU_RETURNS, { 'в час': 1 / 24, 'в день': 1, 'в неделю': 7, 'в месяц': 30 }, false),
  ...labelPairs(RU_RETURNS, { ежедневная: 1, ежедневный: 1, еженедельная: 7, еженедельный: 7, ежемесячная: 30, ежемесячный: 30 }, true),
]);
/** Label keys as the reader below spells them: words split at spaces and ' ’ . -, joined by one space. */
const labelKey = (label: string) => label.replace(/['’.-]/g, ' ').replace(/ {2,}/g, ' ').trim();
const LABEL_KEY = /^[a-z\u0430-\u044f]+(?: [a-z\u0430-\u044f]+)*$/;
const lastWordOf = (key: string) => key.slice(key.lastIndexOf(' ') + 1);
interface LabelTable {
  days: Map<string, number>;
  longestWords: number;
  /** The last word of every label key: labels that end in another word are not looked up at all. */
  lastWords: Set<string>;
}
let labelTable: LabelTable | null = null;
/** The labels by key, the longest label's number of words, and the words labels end with. */
function labelKeyDays(): LabelTable {
  if (labelTable === null) {
    const days = new Map(Object.entries(labelDays()).map(([label, length]) => [labelKey(label), length]));
    const keys = [...days.keys()];
    // labelDaysBefore skips words by their last word; that holds only for keys of LABEL_WORD letters and single spaces.
    const odd = keys.find((key) => !LABEL_KEY.test(key));
    if (odd !== undefined) throw new Error(`rate label "${odd}" holds more than letters and single spaces`);
    labelTable = { days, longestWords: Math.max(...keys.map((k) => k.split(' ').length)), lastWords: new Set(keys.map(lastWordOf)) };
  }
  return labelTable;
}

/** A period word alone as the label, the number right after it: "Daily 2%", "Täglich: 1,5 %", "Günlük %2". */
const PERIOD_LABEL_DAYS: Record<string, number> = {
  hourly: 1 / 24, stundlich: 1 / 24, daily: 1, giornaliero: 1, giornaliera: 1, quotidiano: 1, journalier: 1, journaliere: 1,
  quotidien: 1, quotidienne: 1, taglich: 1, diario: 1, diaria: 1, dagelijks: 1, dziennie: 1, dzienny: 1, gunluk: 1, ежедневно: 1,
  weekly: 7, settimanale: 7, hebdomadaire: 7, wochentlich: 7, semanal: 7, wekelijks: 7, tygodniowo: 7, haftalik: 7, еженедельно: 7,
};

/** Words of the text before a labelled number: letters, joined inside a word by ' ’ . - ("r.o.i", "lock-up"). */
const LABEL_WORD = /[a-z\u0430-\u044f]+(?:['’.-][a-z\u0430-\u044f]+)*/g;
/** What ends the filler between a label and its number: digits, signs, sentence ends (not the dot of "r.o.i."). */
const FILLER_STOP = /[\d%+\u2212;!?]|(?<!\.[a-z])\.(?=\s|$)|-(?=\s|$)/g;
/** Separators that may stand between a period word alone and its number. */
const PERIOD_SEPARATOR = /^[ :|\u2029\u2013\u2014-]{1,4}$/;
const LABEL_FILLER_CHARS = 25;
const LABEL_TEXT_CHARS = 70;

/**
 * The period of the label that ends before `end` (where the number starts), or undefined. "daily yield 1.8%",
 * "Tagesrendite: bis 1,2 %", "rendimento giornaliero: 1,5%": the label, then up to 25 characters without digits,
 * signs (a "+12%" is a past move, not a promise) or sentence ends. A period word alone ("Daily 2%") needs the
 * number right after it and no "%" just before it: in "1% daily | 30% total" the period belongs to the 1%.
 */
function labelDaysBefore(text: string, end: number): { days: number; start: number } | undefined {
  let before = text.slice(Math.max(0, end - LABEL_TEXT_CHARS), end);
  const offset = end - before.length;
  let cut = 0;
  for (const stop of execAll(FILLER_STOP, before)) cut = stop.index + stop[0].length;
  before = before.slice(cut);
  const words = execAll(LABEL_WORD, before);
  const labels = labelKeyDays();
  for (let last = words.length - 1; last >= 0; last--) {
    const wordEnd = words[last]!.index + words[last]![0].length;
    const filler = before.length - wordEnd;
    if (filler > LABEL_FILLER_CHARS) break;
    // A label's key ends with the key of its last word (label keys are letters and single spaces, and no letter
    // stands right before a word), so a word whose key ends in no label's last word ends no label.
    const lastWordKnown = labels.lastWords.has(lastWordOf(labelKey(words[last]![0])));
    for (let count = lastWordKnown ? Math.min(labels.longestWords, last + 1) : 0; count >= 1; count--) {
      const first = words[last - count + 1]!;
      const days = labels.days.get(labelKey(before.slice(first.index, wordEnd)));
      if (days !== undefined) return { days, start: offset + cut + first.index };
    }
    const period = PERIOD_LABEL_DAYS[words[last]![0]];
    if (period !== undefined && PERIOD_SEPARATOR.test(before.slice(wordEnd))) {
      const start = offset + cut + words[last]!.index;
      if (!/% ?$/.test(text.slice(Math.max(0, start - 2), start))) return { days: period, start };
    }
  }
  return undefined;
}

/** The number of a "%" read as a labelled rate: "1.8%" or "1.5-3%" before it (the first of a range), "%2" after it. */
const NUMBER_BEFORE_PERCENT = /(\d{1,4}(?:[.,]\d{1,3})?)(?: ?[-\u2013] ?\d{1,4}(?:[.,]\d{1,3})?)? ?$/;
const NUMBER_AFTER_PERCENT = /^ ?(\d{1,4}(?:[.,]\d{1,3})?)/;

function labelledRate(text: string, percent: number): { percent: number; days: number; start: number; end: number } | undefined {
  const before = NUMBER_BEFORE_PERCENT.exec(text.slice(Math.max(0, percent - 16), percent));
  if (before) {
    const label = labelDaysBefore(text, percent - before[0].length);
    return label && { percent: toNumber(before[1]!), days: label.days, start: label.start, end: percent + 1 };
  }
  const after = NUMBER_AFTER_PERCENT.exec(text.slice(percent + 1, percent + 8));
  if (!after) return undefined;
  const label = labelDaysBefore(text, percent);
  return label && { percent: toNumber(after[1]!), days: label.days, start: label.start, end: percent + 1 + after[0].length };
}

// A price move ("+12% in 24 hours", "bitcoin rose 8% in a week") is news, not a promise.
const PRICE_MOVE_BEFORE = /(?:[+−-] ?|\b(?:rose|fell|up|down|gained|lost|dropped|surged|jumped|climbed|plunged|increase|decrease|change|rally|crash|price)[a-z]* (?:by |of )?)$/;

interface RateFinding {
  /** Percentage promised per period, e.g. 2 for "2% daily". */
  percent: number;
  periodDays: number;
  /** Simple (non-compounded) yearly percentage: percent × 365 / periodDays. */
  annualPercent: number;
  start: number;
  end: number;
}

const toNumber = (raw: string) => Number.parseFloat(raw.replace(',', '.'));
const unitDays = (match: string, table: Record<string, number>): number | undefined => {
  const tail = trailingWords(match).replace(/['’.-]/g, ' ');
  for (let cut = 0; cut < tail.length; cut = tail.indexOf(' ', cut) + 1 || tail.length) {
    const days = table[tail.slice(cut).trim()];
    if (days !== undefined) return days;
  }
  return undefined;
};

/**
 * The words a match ends with: its longest tail of letters, spaces and ' ’ . - that starts with a letter
 * ("" if none). A scanner, not /[a-z][a-z' ’.-]*$/, which retries from every letter of a long
 * run that does not reach the end (quadratic).
 */
export function trailingWords(text: string): string {
  let start = text.length;
  while (start > 0 && isWordTail(text.charCodeAt(start - 1))) start--;
  while (start < text.length && !isLowerLetter(text.charCodeAt(start))) start++;
  return text.slice(start);
}

const isLowerLetter = (code: number) => code >= 97 && code <= 122;
const isWordTail = (code: number) =>
  isLowerLetter(code) || code === 32 || code === 39 /* ' */ || code === 0x2019 /* ’ */ || code === 46 /* . */ || code === 45; /* - */

function isPriceMove(text: string, start: number): boolean {
  return PRICE_MOVE_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

const MAX_PERCENT_SIGNS = 400;
/** Word stems of doubling, found anywhere in a word (the engine's phrase scan finds them: see doublingStemPositions). */
export const DOUBLING_STEMS = ['doubl', 'x2', 'raddoppi', 'verdoppel', 'verdoppl', 'duplic', 'dobr', 'verdubbel', 'podwaj', 'podwoi'];

/**
 * Runs `pattern` on a short window around each anchor instead of over the whole page: rates are rare,
 * "%" signs and doubling words are cheap to find with indexOf, and the regexes stay off most of the text.
 */
function* windows(text: string, anchors: Iterable<number>, before: number, after: number) {
  for (const anchor of anchors) {
    const from = Math.max(0, anchor - before);
    yield { from, slice: text.slice(from, Math.min(text.length, anchor + after)) };
  }
}

function* indexesOf(text: string, needle: string, limit: number) {
  let count = 0;
  for (let i = text.indexOf(needle); i >= 0 && count < limit; i = text.indexOf(needle, i + needle.length)) {
    count++;
    yield i;
  }
}

export const MAX_PER_STEM = 50;
// Stems sharing their first four letters ("verdoppel", "verdoppl", "verdubbel") are found with ONE search
// for those letters: 7 sweeps of the page instead of 10. No stem or probe can overlap itself, so every
// occurrence of a stem starts at an occurrence of its probe.
const PROBE_LENGTH = 4;
const PROBES: { probe: string; stems: number[] }[] = [];
DOUBLING_STEMS.forEach((stem, index) => {
  const probe = stem.slice(0, PROBE_LENGTH);
  const group = PROBES.find((g) => g.probe === probe);
  if (group) group.stems.push(index);
  else PROBES.push({ probe, stems: [index] });
});

/**
 * Where each doubling stem occurs (its first MAX_PER_STEM occurrences), stem after stem in list order. The engine
 * gets these from its one phrase scan (rules/engine/phrases.ts) and passes them to findRates; this search is for
 * callers that have no scan.
 */
export function doublingStemPositions(text: string): number[] {
  const byStem: number[][] = DOUBLING_STEMS.map(() => []);
  for (const { probe, stems } of PROBES) {
    for (let at = text.indexOf(probe); at >= 0; at = text.indexOf(probe, at + probe.length)) {
      for (const stem of stems) {
        const positions = byStem[stem]!;
        if (positions.length < MAX_PER_STEM && text.startsWith(DOUBLING_STEMS[stem]!, at)) positions.push(at);
      }
    }
  }
  return byStem.flat();
}

/** Every promised rate in the text, with its annualised size. At most `limit` findings. */
export function findRates(text: string, limit = 20, doublings: readonly number[] = doublingStemPositions(text)): RateFinding[] {
  const found: RateFinding[] = [];
  const starts = new Set<number>();
  const push = (percent: number, periodDays: number, start: number, end: number) => {
    if (!(percent > 0) || !(periodDays > 0) || found.length >= limit || starts.has(start) || isPriceMove(text, start)) return;
    starts.add(start);
    found.push({ percent, periodDays, annualPercent: (percent * 365) / periodDays, start, end });
  };
  const percents = [...indexesOf(text, '%', MAX_PERCENT_SIGNS)];
  for (const { from, slice } of windows(text, percents, 10, 90)) {
    for (const m of execAll(RATE_PER_PERIOD, slice)) {
      const days = unitDays(m[0], PERIOD_WORDS);
      if (days !== undefined) push(toNumber(m[1]!), days, from + m.index, from + m.index + m[0].length);
    }
    for (const m of execAll(RATE_IN_SPAN, slice)) {
      const days = unitDays(m[0], UNIT_WORDS);
      if (days !== undefined) push(toNumber(m[1]!), Number(m[2]) * days, from + m.index, from + m.index + m[0].length);
    }
  }
  // The label comes first: "daily yield 1.8%", "Daily 2%", "günlük getiri %2".
  for (const percent of percents) {
    const rate = labelledRate(text, percent);
    if (rate) push(rate.percent, rate.days, rate.start, rate.end);
  }
  for (const { from, slice } of windows(text, doublings, 1, 110)) {
    for (const m of execAll(DOUBLING_IN_SPAN, slice)) {
      const days = unitDays(m[0], UNIT_WORDS);
      if (days !== undefined) push(100, Number(m[1]) * days, from + m.index, from + m.index + m[0].length);
    }
  }
  return found;
}
