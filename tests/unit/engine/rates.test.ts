import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../rules/engine/normalize.ts';
import fc from 'fast-check';
import { scanPhrases } from '../../../rules/engine/phrases.ts';
import { DOUBLING_STEMS, doublingStemPositions, findRates } from '../../../rules/engine/rates.ts';

const rates = (text: string) => findRates(normalizeText(text)).map((r) => [r.percent, r.periodDays]);
const annual = (text: string) => findRates(normalizeText(text))[0]?.annualPercent;

describe('findRates', () => {
  it.each([
    ['Earn 2% daily on every plan', 2, 1],
    ['1,5 % al giorno garantito', 1.5, 1],
    ['10% par semaine', 10, 7],
    ['5% täglich', 5, 1],
    ['3% diario', 3, 1],
    ['4% ao dia', 4, 1],
    ['2,5% per dag', 2.5, 1],
    ['1% dziennie', 1, 1],
    ['20 % pro Monat', 20, 30],
    ['VIP 40% Hourly For 5 Hours', 40, 1 / 24],
    ['2% profit daily', 2, 1],
  ])('%s → %s%% per %s days', (text, percent, days) => {
    expect(rates(text)[0]).toEqual([percent, days]);
  });

  it('reads "X% in N days" spans in several languages', () => {
    expect(rates('300% in 30 days')).toContainEqual([300, 30]);
    expect(rates('150% dopo 7 giorni')).toContainEqual([150, 7]);
    expect(rates('120% nach 24 Stunden')).toContainEqual([120, 1]);
    expect(rates('200 % en 10 jours')).toContainEqual([200, 10]);
  });

  it('reads doubling promises as 100% over the span', () => {
    expect(rates('Your bitcoin doubles in 40 days')).toContainEqual([100, 40]);
    expect(rates('raddoppia in 40 giorni')).toContainEqual([100, 40]);
    expect(rates('Verdoppeln Sie Ihr Geld in 7 Tagen')).toContainEqual([100, 7]);
  });

  it('annualises: 2% daily is 730% a year, 5% a year stays 5%', () => {
    expect(annual('2% daily')).toBe(730);
    expect(annual('5% per year')).toBe(5);
  });

  it.each([
    ['VIP 2: minimum 1000 USDT, daily yield 1.8%', 1.8, 1],
    ['Daily R.O.I. 2%', 2, 1],
    ['ROI per day: 3%', 3, 1],
    ['Livello VIP 1 — rendimento giornaliero: 1,5%', 1.5, 1],
    ['Rendement journalier jusqu’à 2,5 %', 2.5, 1],
    ['Stufe 3 · Tagesrendite 1,2 %', 1.2, 1],
    ['Nivel VIP 2: rentabilidad diaria del 1,5%', 1.5, 1],
    ['Rendimento diário 2%', 2, 1],
    ['Dagrendement 1%', 1, 1],
    ['Dzienny zysk 1,2%', 1.2, 1],
    ['Haftalık getiri %9', 9, 7],
    ['Ежедневная доходность 2%', 2, 1],
    ['Ежедневный доход: 1,5%', 1.5, 1],
    ['Weekly profit | 12%', 12, 7],
  ])('reads the label before the number: %s → %s%% per %s days', (text, percent, days) => {
    expect(rates(text)).toContainEqual([percent, days]);
  });

  it.each([
    ['Gold plan · Daily 2% · 30 days', 2, 1],
    ['Piano VIP — Giornaliero: 1,5%', 1.5, 1],
    ['Täglich: 1,5 %', 1.5, 1],
    ['Hebdomadaire | 9 %', 9, 7],
    ['Diario 1,2%', 1.2, 1],
    ['Dziennie 1%', 1, 1],
    ['Günlük %2', 2, 1],
    ['Ежедневно 1,5%', 1.5, 1],
  ])('reads a period word alone as the label: %s → %s%% per %s days', (text, percent, days) => {
    expect(rates(text)).toContainEqual([percent, days]);
  });

  it('a period word alone labels only the number right after it, and not one that follows "N% daily"', () => {
    expect(rates('1% daily | 30% total return')).toEqual([[1, 1]]);
    expect(rates('Daily trading volume up to 2%')).toEqual([]);
    expect(rates('Monthly 10% off all plans')).toEqual([]);
  });

  it('a labelled rate is not a past move, a sentence away or a yearly figure made large', () => {
    expect(rates('Monthly return since launch: +12%')).toEqual([]);
    expect(rates('Daily change -2.5%')).toEqual([]);
    expect(rates('Daily interest is credited at midnight. Fees 2%')).toEqual([]);
    expect(annual('Average monthly return 1.2%')).toBeCloseTo(14.6, 1);
  });

  it('ignores price moves and percentages without a period', () => {
    expect(rates('BTC +12% in 24 hours')).toEqual([]);
    expect(rates('Bitcoin rose 8% in a week')).toEqual([]);
    expect(rates('76% of retail investor accounts lose money')).toEqual([]);
  });
});

describe('doubling stems found by the engine\'s phrase scan', () => {
  it('are where the search of rates.ts finds them, in the same order, whatever the words around them', () => {
    const pieces = fc.constantFrom(...DOUBLING_STEMS, 'd', 'x', '2', 'oubl', 'doub', 'verdopp', 'e', ' ', '-', '\u2029', 'é', '40', 'in 24 hours');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      expect(scanPhrases(text).doublings).toEqual(doublingStemPositions(text));
    }), { numRuns: 1500 });
  });

  it('keep the first 50 of each stem', () => {
    const text = 'x2 '.repeat(60) + 'doubles in 3 days';
    expect(scanPhrases(text).doublings).toEqual(doublingStemPositions(text));
    expect(scanPhrases(text).doublings).toHaveLength(51);
  });
});
