import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../rules/engine/matcher.ts';

function matches(phrases: string[], text: string): string[] {
  const found: string[] = [];
  buildMatcher(phrases).scan(text, (pattern) => found.push(phrases[pattern]!));
  return found;
}

describe('Aho-Corasick phrase matcher', () => {
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

  it('scans a long text in linear time', () => {
    const phrases = Array.from({ length: 2000 }, (_, i) => `word${i} aaaa${i % 7}`);
    const matcher = buildMatcher(phrases);
    const text = 'aaaa '.repeat(100_000);
    const start = performance.now();
    matcher.scan(text, () => undefined);
    expect(performance.now() - start).toBeLessThan(500);
  });
});
