import { describe, expect, it } from 'vitest';
import { isQuoted } from '../../../rules/engine/phrases.ts';

/** isQuoted(text, start, end) of the first occurrence of `phrase` in `text`. */
function quoted(text: string, phrase: string): boolean {
  const start = text.indexOf(phrase);
  return isQuoted(text, start, start + phrase.length);
}

describe('isQuoted', () => {
  it('reads every quotation mark right before or after a match as a quote', () => {
    for (const mark of '"“”„«»‹›「」') {
      expect(quoted(`they said ${mark}guaranteed returns and more`, 'guaranteed returns'), mark).toBe(true);
      expect(quoted(`we offer guaranteed returns${mark} to all`, 'guaranteed returns'), mark).toBe(true);
    }
  });

  it('reads a match inside a quotation that opened shortly before it as quoted', () => {
    expect(quoted('the ad read « our plan pays 4 % semanal garantizado for all', 'garantizado')).toBe(true);
    expect(quoted('he wrote: "join now and enjoy guaranteed returns every day', 'guaranteed returns')).toBe(true);
  });

  it('does not read apostrophes, other marks or a closing mark before the match as a quotation', () => {
    expect(quoted("l'offre d'un rendement garanti pour tous", 'rendement garanti')).toBe(false);
    expect(quoted('the plan (with guaranteed returns) pays', 'guaranteed returns')).toBe(false);
    expect(quoted('as «they» put it, we pay guaranteed returns every day', 'guaranteed returns')).toBe(false);
  });
});
