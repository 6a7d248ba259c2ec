import { tokens, type Token } from '../page-words.ts';

/**
 * The column shape of an investment-plan table, read from short words in every pack language (and ru, tr):
 * a PROFIT column ("ROI", "Profit (%)", "Daily income", "Gewinn", "zysk", "прибыль") with a "%" and three
 * other columns of a plan (two when the profit column is headed by its unit, "Profit (%)"): a duration
 * ("Days", "Durata", "Laufzeit", "cycle"), a minimum, a maximum, an amount ("Spent Amount") or the plan
 * itself ("Plan", "Package", "VIP"), all within a few words (numbers and separators do not count):
 * "Days | Duration | % R.O.I | $ Minimum | $ Maximum", "VIP 2 · Minimum 1000 USDT · Daily income 2.1% · Cycle 30 days".
 * Honest savings, deposits and staking tables name their yield as interest, APY/APR or "profit rate"
 * (Islamic banking), never as a profit or ROI per plan, so the profit word is what this requires.
 */
type Column = 'profit' | 'duration' | 'minimum' | 'maximum' | 'amount' | 'plan';

const COLUMN_WORDS: [Column, string[]][] = [
  ['profit', ['roi', 'r.o.i', 'r.o.i.', 'profit', 'profits', 'return', 'returns', 'income', 'earnings', 'profitto', 'profitti', 'guadagno',
    'guadagni', 'gain', 'gains', 'benefice', 'benefices', 'gewinn', 'tagesgewinn', 'wochengewinn', 'monatsgewinn', 'ganancia',
    'ganancias', 'beneficio', 'lucro', 'ganho', 'winst', 'dagwinst', 'zysk', 'прибыль', 'доход', 'kazanc', 'getiri']],
  ['duration', ['days', 'duration', 'term', 'period', 'cycle', 'lock-up', 'lockup', 'giorni', 'durata', 'periodo', 'duree', 'jours',
    'laufzeit', 'tage', 'tagen', 'dauer', 'dias', 'duracion', 'duracao', 'plazo', 'prazo', 'ciclo', 'dagen', 'looptijd', 'dni', 'okres',
    'срок', 'дней', 'gun', 'sure']],
  ['minimum', ['minimum', 'min', 'min.', 'minimo', 'minima', 'minimale', 'minimal', 'minimaal', 'mindestbetrag', 'mindesteinlage',
    'minimalny', 'minimalna', 'минимум', 'asgari']],
  ['maximum', ['maximum', 'max', 'max.', 'massimo', 'massima', 'maximo', 'maxima', 'maximaal', 'maximale', 'hochstbetrag', 'maksymalny',
    'maksymalna', 'максимум', 'azami']],
  ['amount', ['amount', 'importo', 'montant', 'betrag', 'importe', 'monto', 'valor', 'bedrag', 'kwota', 'сумма', 'tutar']],
  ['plan', ['plan', 'plans', 'package', 'packages', 'piano', 'piani', 'pacchetto', 'formule', 'paket', 'pakete', 'planes', 'plano',
    'planos', 'pakket', 'pakiet', 'vip', 'тариф']],
];
const COLUMN_OF = new Map(COLUMN_WORDS.flatMap(([column, words]) => words.map((w) => [w, column] as const)));
/** Words that turn the profit word into something honest pages show: an order's "take profit", a bank's "profit rate". */
const NOT_PLAN_PROFIT_BEFORE = new Set(['take', 'gross', 'net', 'operating']);
const NOT_PLAN_PROFIT_AFTER = new Set(['rate', 'share', 'sharing', 'margin', 'and', 'loss', 'tax']);

/** A Latin or Cyrillic lower-case letter (the text is normalised). */
const isLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 0x430 && code <= 0x44f) || code === 0x451;
const hasLetter = (word: string) => {
  for (let i = 0; i < word.length; i++) if (isLetter(word.charCodeAt(i))) return true;
  return false;
};
/** How far (in words) the other columns of a row or card may stand from the profit column. */
const REACH_WORDS = 6;
/** Other columns needed: three, or two when the profit column is headed by its unit ("Profit (%)", "% R.O.I"). */
const OTHER_COLUMNS = 3;
const OTHER_COLUMNS_UNDER_UNIT = 2;
/** "Profit (%)", "ROI %", "% R.O.I": the column's unit written next to its name, as table headers do. */
function headedByUnit(text: string, word: Token): boolean {
  const after = text.slice(word.end, word.end + UNIT_REACH).trimStart();
  const before = text.slice(Math.max(0, word.start - UNIT_REACH), word.start).trimEnd();
  return after.startsWith('%') || after.startsWith('(%') || after.startsWith('[%') || before.endsWith('%');
}
const UNIT_REACH = 4;
/**
 * A table always has a "%" among its columns, so only the text around each "%" is read (most pages have few):
 * this many characters on each side, overlapping stretches merged, the first MAX_PERCENT_SIGNS signs.
 */
const PERCENT_REACH_CHARS = 300;
const MAX_PERCENT_SIGNS = 400;

/** Strips what surrounds a word in a table cell ("Minimum:", "|", "(income)"), keeping inner dots ("r.o.i"). */
function cellWord(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && !isLetter(word.charCodeAt(start))) start++;
  while (end > start && !isLetter(word.charCodeAt(end - 1)) && word[end - 1] !== '.') end--;
  return word.slice(start, end);
}

function columnOf(word: string): Column | null {
  const core = cellWord(word);
  return COLUMN_OF.get(core) ?? (core.endsWith('.') ? COLUMN_OF.get(core.slice(0, -1)) : undefined) ?? null;
}

function percentStretches(text: string): [number, number][] {
  const stretches: [number, number][] = [];
  let count = 0;
  for (let at = text.indexOf('%'); at >= 0 && count < MAX_PERCENT_SIGNS; at = text.indexOf('%', at + 1), count++) {
    const from = Math.max(0, at - PERCENT_REACH_CHARS);
    const to = Math.min(text.length, at + PERCENT_REACH_CHARS);
    const last = stretches[stretches.length - 1];
    if (last && from <= last[1]) last[1] = to;
    else stretches.push([from, to]);
  }
  return stretches;
}

function tableIn(text: string, stretchFrom: number, stretchTo: number): [number, number] | null {
  // Numbers, currency signs and cell separators do not count towards the reach: only words do.
  const words = tokens(text, stretchFrom, stretchTo).filter((t) => hasLetter(t.word));
  const columns = words.map((t) => columnOf(t.word));
  for (let i = 0; i < words.length; i++) {
    if (columns[i] !== 'profit') continue;
    const before = i > 0 ? cellWord(words[i - 1]!.word) : '';
    const after = i + 1 < words.length ? cellWord(words[i + 1]!.word) : '';
    if (NOT_PLAN_PROFIT_BEFORE.has(before) || NOT_PLAN_PROFIT_AFTER.has(after)) continue;
    const from = Math.max(0, i - REACH_WORDS);
    const to = Math.min(words.length, i + REACH_WORDS + 1);
    const span: [number, number] = [words[from]!.start, words[to - 1]!.end];
    const underUnit = headedByUnit(text, words[i]!);
    if (!underUnit && !text.slice(span[0], span[1]).includes('%')) continue;
    const others = new Set<Column>();
    for (let j = from; j < to; j++) if (columns[j] !== null && columns[j] !== 'profit') others.add(columns[j]!);
    if (others.size >= (underUnit ? OTHER_COLUMNS_UNDER_UNIT : OTHER_COLUMNS)) return span;
  }
  return null;
}

/** Where a plan table's columns are found: [start, end) of the normalised text, or null. */
export function findPlanTable(text: string): [number, number] | null {
  for (const [from, to] of percentStretches(text)) {
    const table = tableIn(text, from, to);
    if (table) return table;
  }
  return null;
}
