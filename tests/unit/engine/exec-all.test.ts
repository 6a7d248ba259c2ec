import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { execAll } from '../../../rules/engine/exec-all.ts';
import { RATE_PER_PERIOD } from '../../../rules/engine/rates.ts';

/** A match as plain data: where it starts and what it and its groups hold. */
const shape = (m: RegExpMatchArray) => [m.index, ...m];

describe('execAll', () => {
  const patterns = [/a+/g, /a*/g, /(b)(a)?/g, /(?<![a-z])ab(?![a-z])/g, RATE_PER_PERIOD];
  const text = fc.array(fc.constantFrom('a', 'b', 'ab', ' ', '%', '2', '2% daily', '1,5 % al giorno', 'x'), { maxLength: 16 }).map((p) => p.join(''));

  it('gives every match matchAll gives, in order, and leaves the pattern ready for its next use', () => {
    fc.assert(fc.property(fc.constantFrom(...patterns), text, (pattern, page) => {
      expect(execAll(pattern, page).map(shape)).toEqual([...page.matchAll(pattern)].map(shape));
      expect(pattern.lastIndex).toBe(0);
    }), { numRuns: 2000 });
  });

  it('refuses a pattern that is not global, or is unicode', () => {
    expect(() => execAll(/a/, 'a')).toThrow();
    expect(() => execAll(/a/gu, 'a')).toThrow();
  });
});
