import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMatcher, phraseSymbols } from '../../../rules/engine/matcher.ts';

function matches(phrases: string[], text: string): string[] {
  const found: string[] = [];
  buildMatcher(phrases).scan(text, (pattern) => found.push(phrases[pattern]!));
  return found;
}

/**
 * Every (pattern, end) a slow, obvious search finds: the text as symbols (phraseSymbols of the whole text, a
 * separator at each end), each phrase compared at every position. `end` is the text index after the match's
 * last word (a match ending on a separator ends where that separator starts).
 */
function naiveMatches(phrases: string[], text: string): string[] {
  const symbols: number[] = [0];
  const ends: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const symbol = phraseSymbols(text[i]!).length === 1 ? 0 : phraseSymbols(text[i]!)[1]!;
    if (symbol === 0 && symbols[symbols.length - 1] === 0) continue;
    symbols.push(symbol);
    ends.push(symbol === 0 ? i : i + 1);
  }
  if (symbols[symbols.length - 1] !== 0) {
    symbols.push(0);
    ends.push(text.length);
  }
  const found: string[] = [];
  phrases.forEach((phrase, pattern) => {
    const wanted = phraseSymbols(phrase);
    for (let at = 0; at + wanted.length <= symbols.length; at++) {
      if (wanted.every((symbol, k) => symbols[at + k] === symbol)) found.push(`${pattern}@${ends[at + wanted.length - 1]}`);
    }
  });
  return found.sort();
}

describe('Aho-Corasick phrase matcher', () => {
  it('finds exactly what a naive search finds, for any phrases and text', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 1, maxLength: 4 });
    const phrase = fc.tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.boolean(), fc.boolean())
      .map(([words, prefix, inWord]) => (inWord ? '*' : '') + words.join(' ') + (prefix ? '*' : ''));
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', '-', 'é'), maxLength: 60 });
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 12 }), text, (phrases, page) => {
        const found: string[] = [];
        buildMatcher(phrases).scan(page, (pattern, end) => found.push(`${pattern}@${end}`));
        expect(found.sort()).toEqual(naiveMatches(phrases, page));
      }),
      { numRuns: 400 },
    );
  });

  it('matches whole words only, across any punctuation between them', () => {
    expect(matches(['risk free'], 'totally risk-free!')).toEqual(['risk free']);
    expect(matches(['risk free'], 'risk , free')).toEqual(['risk free']);
    expect(matches(['risk free'], 'brisk freedom')).toEqual([]);
  });

  it('never matches across an element boundary, but matches right up to it on both sides', () => {
    expect(matches(['risk free'], 'low risk\u2029free demo')).toEqual([]);
    expect(matches(['risk free'], 'low risk \u2029 free demo')).toEqual([]);
    expect(matches(['risk free', 'low risk', 'free demo'], 'low risk\u2029free demo')).toEqual(['low risk', 'free demo']);
    expect(matches(['risk free'], 'a\u2029risk free\u2029b')).toEqual(['risk free']);
    expect(matches(['risk*'], 'risk\u2029')).toEqual(['risk*']);
  });

  it('a trailing * matches a word prefix', () => {
    expect(matches(['guarante*'], 'guaranteed and guarantees')).toEqual(['guarante*', 'guarante*']);
  });

  it('a leading * lets a phrase start inside a word', () => {
    expect(matches(['*doubl*'], 'redoubled, doubles, x-doubly')).toEqual(['*doubl*', '*doubl*', '*doubl*']);
    expect(matches(['*x2'], 'x2 ax2 x2b')).toEqual(['*x2', '*x2']);
  });

  it('finds overlapping phrases and repeated ones', () => {
    expect(matches(['daily profit', 'profit', 'profit guaranteed'], 'daily profit guaranteed')).toEqual([
      'daily profit',
      'profit',
      'profit guaranteed',
    ]);
  });

  it('treats letters of other scripts as word characters', () => {
    expect(matches(['fbi'], 'fbiж')).toEqual([]);
    expect(matches(['fbi'], 'ж fbi ж')).toEqual(['fbi']);
  });

  it('scans a long text in linear time (a ratio of CPU times, never a time limit)', () => {
    const phrases = Array.from({ length: 2000 }, (_, i) => `word${i} aaaa${i % 7}`);
    const matcher = buildMatcher(phrases);
    // The fastest of a few runs in this process's CPU time, so other programs on the machine do not count.
    const cpuMs = (text: string) => {
      let best = Number.POSITIVE_INFINITY;
      for (let run = 0; run < 5; run++) {
        const start = process.cpuUsage();
        matcher.scan(text, () => undefined);
        const used = process.cpuUsage(start);
        best = Math.min(best, (used.user + used.system) / 1000);
      }
      return best;
    };
    const short = cpuMs('aaaa '.repeat(20_000));
    const long = cpuMs('aaaa '.repeat(160_000));
    // Eight times the text: linear work is about 8x, quadratic 64x.
    expect(long / Math.max(short, 0.5)).toBeLessThan(16);
  });
});
