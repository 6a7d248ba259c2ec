import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SubstringIndex } from '../../../rules/brands/substring-index.ts';

describe('SubstringIndex', () => {
  const word = (minLength: number, maxLength: number) => fc.string({ unit: fc.constantFrom('a', 'b', 'c', '0'), minLength, maxLength });

  it('finds the strings that occur, in list order, each at its first occurrence: what indexOf over every string finds', () => {
    fc.assert(fc.property(fc.array(word(3, 6), { minLength: 1, maxLength: 20 }), word(0, 24), (needles, text) => {
      const expected = needles.flatMap((needle, index) => (text.includes(needle) ? [{ index, at: text.indexOf(needle) }] : []));
      expect(new SubstringIndex(needles).occurrencesIn(text)).toEqual(expected);
    }), { numRuns: 2000 });
  });

  it('finds brand keys inside a host label', () => {
    const index = new SubstringIndex(['metamask', 'binance', 'ledger', 'coinbase']);
    expect(index.occurrencesIn('mymetamaskwallets')).toEqual([{ index: 0, at: 2 }]);
    expect(index.occurrencesIn('coinbase-binance')).toEqual([{ index: 1, at: 9 }, { index: 3, at: 0 }]);
    expect(index.occurrencesIn('ledge')).toEqual([]);
  });

  it('refuses a string shorter than its prefix', () => {
    expect(() => new SubstringIndex(['ok', 'binance'])).toThrow();
  });
});
