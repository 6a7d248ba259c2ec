/**
 * Call-centre funnel traits read from numbers, currencies, form structure and short word stems in every
 * script (Latin, Cyrillic, Greek), so they hold in languages the phrase packs do not cover and on kits
 * whose wording was never seen. Works on NORMALISED text (lower-case, diacritics folded: "zł" → "zl",
 * "miesięcznie" → "miesiecznie"; Cyrillic and Greek letters keep their marks: "заработай", "ежемесячный").
 *
 *  - returns.money_per_period: a currency amount promised per hour, day, week or month ("£1000 a day",
 *    "500€ na godzine", "$500 diarios", "8 500 руб. ежемесячно") next to an earning word, worth at least
 *    MIN_DAILY_AMOUNT a day. Fees, prices and limits have no earning word and are left alone.
 *  - socialproof.profit_testimonials: two or more "profit: $12,853" / "just earned $130" amounts.
 *  - callcenter.lead_form: a form asking name, e-mail and phone, without password or message box.
 *  - callcenter.limited_places: "14 free places", "only 25 copies", "remaining places".
 *  - callcenter.starter_deposit: the networks' opening deposit of 250 offered as a small start (starter-deposit.ts).
 *  - returns.millionaire, returns.past_growth ("+740% since 2021").
 *  - callcenter.account_manager and socialproof.win_rate in scripts the phrase matcher cannot read
 *    (a consultant will call you; "accuracy 99%"), and win_rate as a high share of winning trades in
 *    any Latin-script language ("73% successful trades", "85 % de trades gagnants").
 * Every pattern is built once at module level, bounded, and checked linear by tests/unit/regex.
 */
import { phraseRules } from '../packs/index.ts';
import type { PageForm } from '../snapshot.ts';
import type { Signal } from '../verdict.ts';
import { cyrillicFunnelSignals } from './cyrillic-funnel.ts';
import { probesIn, type FoundProbes, type Probe } from './probes.ts';
import { FUNNEL_RULES } from './funnel-rules.ts';
import { isLeadForm } from './lead-form.ts';
import { starterDeposit } from './starter-deposit.ts';
import { amountAt, periodAt, type Amount } from './amounts.ts';
import { bare, tokens, type Token } from './page-words.ts';
import { evidenceAround } from './signals.ts';

const RULE = new Map(FUNNEL_RULES.map((r) => [r.id, r]));
/** Phrase rules whose evidence this module also finds in scripts the matcher cannot read: their pack weights. */
const WEIGHTS = new Map(phraseRules.map((r) => [r.id, r.weight]));

/** A promised income below this per day (in any currency unit) is not flagged: salaries, small bonuses. */
const MIN_DAILY_AMOUNT = 100;

const EARNING_STEMS = ['earn', 'income', 'profit', 'make', 'gain', 'payout', 'ganh', 'ganar', 'gana', 'ingreso', 'beneficio', 'guadagn',
  'reddit', 'gagn', 'revenu', 'verdien', 'einkommen', 'gewinn', 'ertrag', 'zarabia', 'zarob', 'zysk', 'dochod', 'przychod', 'winst',
  'inkomen', 'заработ', 'зарабат', 'доход', 'прибыл', 'профит', 'kazan', 'gelir', 'κερδ', 'εισοδημα', 'vydel', 'zisk', 'prijem', 'lucro', 'rendimento'];
/** A price, fee or rate next to the amount makes it a cost, not a promised income ("hourly rates from £225"). */
const COST_STEMS = ['fee', 'rate', 'price', 'cost', 'vat', 'tarif', 'prezz', 'preis', 'precio', 'preco', 'цен', 'стоимост', 'ucret',
  'poplat', 'koszt', 'kosten', 'frais', 'gebuhr', 'commission', 'commissione', 'comision', 'abonnement', 'subscription'];
const COST_WORDS_REACH = 4;
const WORDS_REACH = 6;
const EARNING_WORDS_REACH = 14;

/** Words that put a sum on someone's winnings: "Profit: $12,853", "just made $3,271", "заработал 5000 руб". */
const PROFIT_STEMS = ['profit', 'zysk', 'прибыль', 'gewinn', 'guadagn', 'ganancia', 'lucro', 'kazanc', 'κερδος', 'zisk', 'winst',
  'beneficio', 'earned', 'made', 'zarobil', 'заработал', 'verdient', 'gagne', 'ganado', 'ganhou'];
const PROFIT_REACH = 3;
const MIN_PROFIT_AMOUNTS = 2;
/**
 * A "winners feed" ("Brian F. just made $337", "Hubertine A. gerade gemacht €315"): a first name and an
 * initial a few words before an amount, repeated. The verb differs per language; the shape does not.
 */
const INITIAL = /^[a-z\u00e0-\u024f\u0430-\u044f]\.$/;
const INITIAL_REACH = 3;
const MIN_WINNER_AMOUNTS = 3;

/**
 * Limited places, as two patterns that start on a digit and on a letter, so never at the same character: the first
 * match of either is the first match the two joined as alternatives would give. Apart, each is skipped on a page
 * without its own probe words; the one with the words of PLACES_LEFT cost about 2 % of the engine on the bench pages.
 */
const NUMBERED_PLACES =
  /\d{1,3} (?:free |remaining |свободных |wolnych )?(?:places|spots|seats|posti|platze|plazas|vagas|lugares|plaatsen|miejsc|мест|копии|копий|yer|θεσεις|mist)(?![a-zа-я])/;
const PLACES_LEFT =
  /(?:осталось|оставшиеся|свободных) мест|pozostalo (?:tylko |zaledwie )?(?:kilka )?miejsc|remaining places|places left|spots left|posti rimasti|plazas restantes|kalan yer|zbyva (?:jen |pouze )?(?:par |nekolik )?mist/;

/** The first limited-places match of the text, each pattern run only where `mayMatch` says its probe words occur. */
export function limitedPlaces(text: string, mayMatch: (group: Probe) => boolean): RegExpExecArray | null {
  const numbered = mayMatch('places') ? NUMBERED_PLACES.exec(text) : null;
  const left = mayMatch('placesLeft') ? PLACES_LEFT.exec(text) : null;
  if (numbered === null || left === null) return numbered ?? left;
  return numbered.index < left.index ? numbered : left;
}
const MILLIONAIRE = /(?:millionair|millionar|millionnair|milionar|millonari|milionari|milioner|миллионер|milyoner|εκατομμυριουχ)/;
const PAST_GROWTH = /\+ ?\d{2,5}(?:[.,]\d{1,2})? ?% ?(?:since|seit|depuis|dal|dall|desde|od|с|vanaf|sejak|in the last|negli ultimi|en los ultimos)(?![a-z])/;
/** 60% or more of trades said to win: a share and a winning word before or after the trades, no other words between. */
const WIN_WORD = String.raw`(?:successful|winning|profitable|erfolgreiche?n?|gewinnbringende?n?|vincenti|riuscite|ganadoras|exitosas|gagnants?|gagnantes|reussis|reussies|vencedoras|lucrativas|winstgevende|succesvolle|udanych|zyskownych)`;
const TRADE_WORD = String.raw`(?:trades|trading|operazioni|operaciones|operations|operacoes|transactions|transacciones|transacoes|transakcji|transacties|geschafte|handelsgeschafte|deals|negociacoes|posizioni|positions)`;
const WINNING_SHARE = new RegExp(String.raw`(?<![\d.,])[6-9]\d(?:[.,]\d{1,2})? ?% (?:(?:of |de |di |der |van |des )?${WIN_WORD} ${TRADE_WORD}|(?:de |di |der |van |des )?${TRADE_WORD} ${WIN_WORD})(?![a-z])`);
/** A consultant or manager who will call, in scripts the phrase matcher reads as one symbol per letter. */
const CALL_PROMISE =
  /(?:(?:аккаунт|персональн[а-я]{0,3}|личн[а-я]{0,3}) (?:менеджер|консультант)|звонк[а-я]{0,3} (?:от )?(?:консультант|менеджер|специалист)|(?:консультант|менеджер|специалист)[а-я]{0,3} (?:вам )?(?:позвонит|перезвонит|свяжется)|sizi arayacak|θα σας καλεσει|zavola vam|ozve se vam)/;
const ACCURACY = /(?:точност[а-я]{0,3}|успешн[а-я]{0,6} сдел[а-я]{0,3}|dogruluk|ακριβεια|presnost) ?(?:\d{2}(?:[.,]\d{1,2})?) ?%/;

function signal(id: string, text: string, start: number, end: number, weight?: number): Signal {
  const rule = RULE.get(id);
  return { id, family: id.split('.')[0]!, weight: weight ?? rule?.weight ?? WEIGHTS.get(id) ?? 1, evidence: evidenceAround(text, start, end) };
}

/** Words this far around a number are read for its currency, period and earning words. */
const NUMBER_WINDOW = 160;
/** Only numbers with a currency this close get a window: "$1,500", "900 €", "9 000 руб", "5000 TL". */
const CURRENCY_REACH = 14;
const CURRENCY_NEAR = /[$£€₽₺¥₹]|usd|eur|gbp|chf|pln|rub|руб|доллар|евро|czk|kc|zl|tl|dollar|dolar|euro|pound|lira|korun|ευρω|δολαρ/;
const MAX_WINDOWS = 300;
const DIGIT_AHEAD = /\d/g;

/**
 * Stretches of text around numbers (merged when they overlap): money promises need a number, and most of
 * a page has none, so only these stretches are split into words.
 */
function numberWindows(text: string): [number, number][] {
  const out: [number, number][] = [];
  // The regex engine finds the next digit faster than a loop over every character.
  DIGIT_AHEAD.lastIndex = 0;
  for (let m = DIGIT_AHEAD.exec(text); m !== null && out.length < MAX_WINDOWS; m = DIGIT_AHEAD.exec(text)) {
    const at = m.index;
    let end = at;
    while (end < text.length && isNumberChar(text.charCodeAt(end))) end++;
    DIGIT_AHEAD.lastIndex = end;
    const near = text.slice(Math.max(0, at - CURRENCY_REACH), end + CURRENCY_REACH);
    if (!CURRENCY_NEAR.test(near)) continue;
    let from = Math.max(0, at - NUMBER_WINDOW);
    let to = Math.min(text.length, end + NUMBER_WINDOW);
    // Start and end on a space, so no word is cut.
    while (from > 0 && text.charCodeAt(from - 1) > 32) from--;
    while (to < text.length && text.charCodeAt(to) > 32) to++;
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = to;
    else out.push([from, to]);
  }
  return out;
}

/** Digits and the separators written inside amounts ("1,500", "1.300", "9 000"). */
function isNumberChar(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 44 || code === 46 || code === 32 || code === 39;
}

function stemNear(words: Token[], from: number, to: number, stems: string[]): boolean {
  for (let i = Math.max(0, from); i <= Math.min(words.length - 1, to); i++) {
    const word = bare(words[i]!.word);
    if (stems.some((stem) => word.startsWith(stem))) return true;
  }
  return false;
}

/**
 * The words of one number window. Three readers (money per period, profit amounts, winners) walk them, so each
 * token's amount and period are read once and kept.
 */
class WindowWords {
  private readonly amounts: (Amount | null | undefined)[] = [];
  private readonly periods: (number | null | undefined)[] = [];

  constructor(readonly words: Token[]) {}

  amountAt(i: number): Amount | null {
    let amount = this.amounts[i];
    if (amount === undefined) this.amounts[i] = amount = amountAt(this.words, i);
    return amount;
  }

  periodAt(i: number): number | undefined {
    let days = this.periods[i];
    if (days === undefined) this.periods[i] = days = periodAt(this.words, i) ?? null;
    return days ?? undefined;
  }
}

/** Amounts with a profit word just before them, anchored on the (rare) numbers rather than on every word. */
function profitAmounts(numberWords: WindowWords): Token[] {
  const { words } = numberWords;
  const found: Token[] = [];
  for (let i = 0; i < words.length && found.length < MIN_PROFIT_AMOUNTS; i++) {
    const money = numberWords.amountAt(i);
    if (money === null) continue;
    if (money.currency && stemNear(words, i - PROFIT_REACH, i - 1, PROFIT_STEMS)) {
      found.push({ word: words[i]!.word, start: words[Math.max(0, i - 1)]!.start, end: words[money.last]!.end });
    }
    i = money.last;
  }
  return found;
}

/** Whether a token "x." (an initial after a first name) stands in words[from..to]. */
function initialNear(words: Token[], from: number, to: number): boolean {
  for (let i = Math.max(1, from); i <= Math.min(words.length - 1, to); i++) {
    if (INITIAL.test(words[i]!.word) && bare(words[i - 1]!.word).length >= 2) return true;
  }
  return false;
}

/** Amounts of a winners feed: an initialled name just before each, anchored on the numbers as profitAmounts. */
function winnerAmounts(numberWords: WindowWords): Token[] {
  const { words } = numberWords;
  const found: Token[] = [];
  for (let i = 0; i < words.length; i++) {
    const money = numberWords.amountAt(i);
    if (money === null) continue;
    if (money.currency && initialNear(words, i - INITIAL_REACH, i - 1)) {
      found.push({ word: words[i]!.word, start: words[Math.max(0, i - INITIAL_REACH)]!.start, end: words[money.last]!.end });
    }
    i = money.last;
  }
  return found;
}

function moneyPerPeriod(text: string, numberWords: WindowWords): Signal | null {
  const { words } = numberWords;
  for (let i = 0; i < words.length; i++) {
    const money = numberWords.amountAt(i);
    if (!money?.currency) continue;
    // The period after the amount ("£1000 a day"), or before it ("günde 5000 TL", "daily income of $500").
    for (let j = Math.max(0, i - WORDS_REACH); j <= Math.min(words.length - 1, money.last + WORDS_REACH); j++) {
      if (j >= i && j <= money.last) continue;
      const days = numberWords.periodAt(j);
      if (days === undefined || money.amount / days < MIN_DAILY_AMOUNT) continue;
      if (!stemNear(words, i - EARNING_WORDS_REACH, money.last + EARNING_WORDS_REACH, EARNING_STEMS)) continue;
      if (stemNear(words, i - COST_WORDS_REACH, money.last + COST_WORDS_REACH, COST_STEMS)) continue;
      const start = Math.min(words[i]!.start, words[j]!.start);
      const end = Math.max(words[money.last]!.end, words[j]!.end);
      return signal('returns.money_per_period', text, start, end);
    }
    i = money.last;
  }
  return null;
}

function firstMatch(id: string, text: string, pattern: RegExp): Signal | null {
  return matchSignal(id, text, pattern.exec(text));
}

function matchSignal(id: string, text: string, m: RegExpExecArray | null): Signal | null {
  return m ? signal(id, text, m.index, m.index + m[0].length) : null;
}


/** A Greek or Cyrillic letter (one regex test: faster than a loop over the characters). */
const NON_LATIN = /[\u0370-\u04ff]/;
const hasNonLatin = (text: string) => NON_LATIN.test(text);

/**
 * `probes`: which PROBES groups have a word in the page (the engine's phrase scan finds them); each pattern
 * below sweeps the whole page, and is skipped when no word of its group occurs and the page has no Greek or
 * Cyrillic letter.
 */
export function funnelSignals(text: string, forms: PageForm[], probes: FoundProbes = probesIn(text)): Signal[] {
  const nonLatin = hasNonLatin(text);
  const mayMatch = (group: Probe) => nonLatin || probes.has(group);
  const windows = numberWindows(text).map(([from, to]) => new WindowWords(tokens(text, from, to)));
  // Three patterns need a "%": one search of the page for it, not one each.
  const hasPercent = text.includes('%');
  const found = [
    windows.reduce<Signal | null>((hit, numberWords) => hit ?? moneyPerPeriod(text, numberWords), null),
    matchSignal('callcenter.limited_places', text, limitedPlaces(text, mayMatch)),
    mayMatch('millionaire') ? firstMatch('returns.millionaire', text, MILLIONAIRE) : null,
    hasPercent ? firstMatch('returns.past_growth', text, PAST_GROWTH) : null,
    mayMatch('call') ? firstMatch('callcenter.account_manager', text, CALL_PROMISE) : null,
    hasPercent && mayMatch('accuracy') ? firstMatch('socialproof.win_rate', text, ACCURACY) : null,
    hasPercent ? firstMatch('socialproof.win_rate', text, WINNING_SHARE) : null,
  ];
  const profits = windows.flatMap(profitAmounts);
  const winners = profits.length >= MIN_PROFIT_AMOUNTS ? [] : windows.flatMap(winnerAmounts);
  const shown = profits.length >= MIN_PROFIT_AMOUNTS ? profits[0] : winners.length >= MIN_WINNER_AMOUNTS ? winners[0] : undefined;
  if (shown) found.push(signal('socialproof.profit_testimonials', text, shown.start, shown.end));
  const lead = forms.find(isLeadForm);
  if (lead) {
    const names = lead.fields.map((f) => f.name || f.placeholder).filter((n) => n !== '').slice(0, 6);
    found.push({ ...signal('callcenter.lead_form', '', 0, 0), evidence: `form fields: ${names.join(', ')}`.slice(0, 160) });
  }
  const deposit = probes.has('starter') ? starterDeposit(text) : null;
  if (deposit) found.push(signal('callcenter.starter_deposit', text, deposit[0], deposit[1]));
  if (nonLatin) found.push(...cyrillicFunnelSignals(text));
  return found.filter((s): s is Signal => s !== null);
}
