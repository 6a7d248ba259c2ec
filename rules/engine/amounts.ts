/**
 * Amounts of money and periods of time read from a page's words (NORMALISED text, split by page-words.ts):
 * "$1,500", "9 000 руб", "1.300€" with whether a currency is written beside them, and "a day", "pro Monat",
 * "/week", "in 60 minutes" as a length in days. funnel-signals.ts puts the two together into promised
 * incomes per period; everything here is word lookups, no regex over the page.
 */
import { bare, onlyDigits, type Token } from './page-words.ts';

const PERIODS: [number, string[]][] = [
  [1 / 24, ['an hour', 'per hour', 'every hour', 'hourly', 'all ora', 'l ora', 'par heure', 'pro stunde', 'stundlich', 'por hora',
    'a hora', 'na godzine', 'w godzine', 'per uur', 'в час', 'за час', 'saatte', 'saatlik', 'την ωρα', 'za hodinu']],
  [1, ['a day', 'per day', 'each day', 'every day', 'daily', 'diarios', 'diarias', 'diario', 'diaria', 'al dia', 'por dia', 'ao dia',
    'al giorno', 'ogni giorno', 'giornalieri', 'giornaliero', 'par jour', 'chaque jour', 'quotidien', 'pro tag', 'am tag', 'jeden tag',
    'taglich', 'dziennie', 'na dzien', 'dagelijks', 'per dag', 'ежедневно', 'в день', 'за день', 'каждый день', 'gunluk', 'gunde',
    'her gun', 'την ημερα', 'ημερησιως', 'καθε μερα', 'denne', 'za den', 'in 24 hours', 'within 24 hours', 'in 24 ore',
    'en 24 heures', 'in 24 stunden', 'en 24 horas', 'em 24 horas', 'w 24 godziny', 'за 24 часа', '24 saatte',
    'в сутки', 'ежедневный', 'ежедневная', 'ежедневного', 'tagliche', 'taglichen', 'taglicher', 'quotidienne', 'quotidiens', 'giornaliera',
    'dzienny', 'dzienne']],
  [7, ['a week', 'per week', 'every week', 'weekly', 'a settimana', 'alla settimana', 'settimanali', 'par semaine', 'hebdomadaire',
    'pro woche', 'wochentlich', 'por semana', 'a la semana', 'semanal', 'na tydzien', 'tygodniowo', 'wekelijks', 'в неделю',
    'за неделю', 'еженедельно', 'еженедельный', 'еженедельная', 'еженедельного', 'wochentliche', 'wochentlichen', 'settimanale',
    'hebdomadaires', 'haftalik', 'haftada', 'την εβδομαδα', 'tydne', 'za tyden']],
  [30, ['a month', 'per month', 'every month', 'monthly', 'al mese', 'mensili', 'par mois', 'mensuel', 'pro monat', 'monatlich',
    'al mes', 'por mes', 'mensual', 'ao mes', 'mensal', 'miesiecznie', 'na miesiac', 'per maand', 'maandelijks', 'в месяц',
    'ежемесячно', 'за месяц', 'ежемесячный', 'ежемесячная', 'ежемесячного', 'monatliche', 'monatlichen', 'monatlicher', 'mensile',
    'mensuelle', 'mensuels', 'mensuales', 'mensais', 'miesieczny', 'miesieczne', 'aylik', 'ayda', 'τον μηνα', 'μηνιαιως', 'mesicne', 'za mesic']],
];
/** Period phrases of one to three words, looked up word by word (no regex over the page). */
const PERIOD_DAYS = new Map(PERIODS.flatMap(([days, words]) => words.map((w) => [w, days] as const)));
/**
 * The first word, and the first two words, of every period phrase longer than that ("a", "in", "in 24"): a lookup stops
 * at the first words that start none, instead of building and looking up all three (most words start no period).
 */
const PERIOD_STARTS = new Set(
  PERIODS.flatMap(([, phrases]) => phrases.flatMap((phrase) => {
    const words = phrase.split(' ');
    return words.slice(1).map((_, n) => words.slice(0, n + 1).join(' '));
  })),
);
const CURRENCY_SIGNS = ['r$', 'us$', '$', '£', '€', '₽', '₺', '¥', '₹'];
const CURRENCY_WORDS = new Set(['usd', 'eur', 'euro', 'euros', 'dollar', 'dollars', 'us-dollar', 'us-dollars', 'dolar', 'dolary',
  'dolares', 'dolarow', 'dollari', 'pln', 'zl', 'zlotych',
  'rub', 'руб', 'рублей', 'рубля', 'рубль', 'доллар', 'долларов', 'доллара', 'евро', 'tl', 'lira', 'czk', 'kc', 'korun', 'ευρω', 'δολαρια', 'gbp', 'pound', 'pounds', 'chf']);

const DIGIT = /\d/;
const CENTS = /[.,]\d{1,2}(?!\d)/;
const THOUSANDS = /^\d{3}(?!\d)/;
const LEADING_DIGITS = /^[\d.,']+/;

const isCurrencyWord = (word: string) => CURRENCY_WORDS.has(bare(word));
const hasCurrencySign = (word: string) => CURRENCY_SIGNS.some((sign) => word.includes(sign));

/**
 * The amount written from token i on ("$1,500", "1.300€", "9 000", "8,500"), with the index of its last
 * token, or null when token i is no number. A trailing ",50" is cents and dropped.
 */
export interface Amount {
  amount: number;
  last: number;
  currency: boolean;
}

export function amountAt(words: Token[], i: number): Amount | null {
  const first = words[i]!.word;
  if (!DIGIT.test(first)) return null;
  let digits = onlyDigits(first.replace(CENTS, ''));
  let last = i;
  // "9 000", "12 500": thousands written with spaces.
  while (last + 1 < words.length && THOUSANDS.test(words[last + 1]!.word) && digits.length <= 4) {
    last++;
    digits += words[last]!.word.slice(0, 3);
  }
  if (digits === '' || digits.length > 9) return null;
  const before = i > 0 ? words[i - 1]!.word : '';
  const after = last + 1 < words.length ? words[last + 1]!.word : '';
  const currency = hasCurrencySign(first) || hasCurrencySign(words[last]!.word) || isCurrencyWord(before) || hasCurrencySign(before) ||
    isCurrencyWord(after) || (after.length <= 3 && hasCurrencySign(after)) || CURRENCY_WORDS.has(bare(first).replace(LEADING_DIGITS, ''));
  return { amount: Number.parseInt(digits, 10), last, currency };
}

/** "$10,000 / week", "500€/dia": a unit after a slash. */
const UNIT_DAYS: Record<string, number> = {
  minute: 1 / 1440, minutes: 1 / 1440, minuten: 1 / 1440, minuti: 1 / 1440, minutos: 1 / 1440, minut: 1 / 1440, минут: 1 / 1440,
  hour: 1 / 24, hours: 1 / 24, h: 1 / 24, stunde: 1 / 24, stunden: 1 / 24, ora: 1 / 24, ore: 1 / 24, heure: 1 / 24, heures: 1 / 24,
  hora: 1 / 24, horas: 1 / 24, godzina: 1 / 24, godzin: 1 / 24, час: 1 / 24, часа: 1 / 24, часов: 1 / 24, saat: 1 / 24,
  day: 1, days: 1, tag: 1, tage: 1, tagen: 1, giorno: 1, giorni: 1, jour: 1, jours: 1, dia: 1, dias: 1, dzien: 1, dni: 1, день: 1,
  дня: 1, дней: 1, gun: 1, week: 7, woche: 7, wochen: 7, settimana: 7, semaine: 7, semana: 7, tydzien: 7, неделю: 7, hafta: 7,
  month: 30, months: 30, monat: 30, mese: 30, mois: 30, mes: 30, miesiac: 30, месяц: 30, ay: 30,
};
const WITHIN_WORDS = new Set(['in', 'within', 'en', 'em', 'w', 'за', 'nach', 'dopo', 'entro', 'binnen', 'через']);

/** "in 60 minutes", "за 24 часа": a count of units after a within-word, in days. */
function spanAt(words: Token[], i: number): number | undefined {
  if (i + 2 >= words.length || !WITHIN_WORDS.has(bare(words[i]!.word))) return undefined;
  const count = Number.parseInt(onlyDigits(words[i + 1]!.word), 10);
  const unit = UNIT_DAYS[bare(words[i + 2]!.word)];
  return count > 0 && unit !== undefined ? count * unit : undefined;
}

/** Period length in days of the phrase starting at token i (one to three words), if any. */
export function periodAt(words: Token[], i: number): number | undefined {
  const word = words[i]!.word;
  if (word.startsWith('/')) {
    const unit = UNIT_DAYS[bare(word.length > 1 ? word : (words[i + 1]?.word ?? ''))];
    if (unit !== undefined) return unit;
  }
  const span = spanAt(words, i);
  if (span !== undefined) return span;
  let phrase = '';
  for (let n = 0; n < 3 && i + n < words.length; n++) {
    phrase = n === 0 ? bare(words[i]!.word) : `${phrase} ${bare(words[i + n]!.word)}`;
    // bare() strips a leading "/" ("/day" is read above), so the phrase is looked up as it is.
    const days = PERIOD_DAYS.get(phrase);
    if (days !== undefined) return days;
    if (!PERIOD_STARTS.has(phrase)) return undefined;
  }
  return undefined;
}
