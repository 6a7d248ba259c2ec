import { describe, expect, it } from 'vitest';
import { periodAt } from '../../../rules/engine/amounts.ts';
import { tokens } from '../../../rules/engine/page-words.ts';

/** periodAt of the words of `text`, at word `i`. */
const period = (text: string, i = 0) => periodAt(tokens(text), i);

describe('periodAt', () => {
  it('reads period phrases of one, two and three words, with punctuation around them', () => {
    expect(period('daily')).toBe(1);
    expect(period('(daily)')).toBe(1);
    expect(period('per day')).toBe(1);
    expect(period('a la semana')).toBe(7);
    expect(period('in 24 hours')).toBe(1);
    expect(period('en 24 heures.')).toBe(1);
    expect(period('$500 every month', 1)).toBe(30);
    expect(period('£1000 a day!', 1)).toBe(1);
  });

  it('reads a unit after a slash and a count of units after a within-word', () => {
    expect(period('/week')).toBe(7);
    expect(period('/ month')).toBe(30);
    expect(period('in 60 minutes')).toBeCloseTo(60 / 1440);
  });

  it('finds no period where the words only start one, or start none', () => {
    expect(period('a')).toBeUndefined();
    expect(period('a nice day')).toBeUndefined();
    expect(period('in 24')).toBeUndefined();
    expect(period('in 24 - hours')).toBeUndefined();
    expect(period('profit per trade')).toBeUndefined();
    expect(period('- per day')).toBeUndefined();
    expect(period('per - day')).toBeUndefined();
  });
});
