import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, untrickAndCollapse } from '../../../rules/engine/normalize.ts';

describe('normalizeText', () => {
  it('folds case, diacritics and letters NFD cannot split', () => {
    expect(normalizeText('Rendite GARANTIERT täglich')).toBe('rendite garantiert taglich');
    expect(normalizeText('Ganancia diaria — GARANTÍA')).toBe('ganancia diaria — garantia');
    expect(normalizeText('Straße, zysk łatwy, Œuvre')).toBe('strasse, zysk latwy, oeuvre');
  });

  it('applies NFKC: full-width and styled letters become plain', () => {
    expect(normalizeText('ＧＵＡＲＡＮＴＥＥＤ')).toBe('guaranteed');
    expect(normalizeText('𝐠𝐮𝐚𝐫𝐚𝐧𝐭𝐞𝐞𝐝 profit')).toBe('guaranteed profit');
  });

  it('keeps one element boundary (U+2029) where a whitespace run holds one, a space elsewhere', () => {
    expect(normalizeText('Low Risk \u2029 \u2029\n Free  demo\n\tnow')).toBe('low risk\u2029free demo now');
    expect(normalizeText('\u2029 Title\u2029')).toBe('title');
  });

  it('removes zero-width characters hidden inside words', () => {
    expect(normalizeText('guar\u200banteed ri\u200dsk\u00ad-free')).toBe('guaranteed risk-free');
  });

  it('joins letter-by-letter obfuscation but leaves short runs alone', () => {
    expect(normalizeText('g u a r a n t e e d profits')).toBe('guaranteed profits');
    expect(normalizeText('r.i.s.k-f.r.e.e')).toBe('risk-free');
    expect(normalizeText('a b c')).toBe('a b c');
  });

  it('reads leetspeak digits between letters, keeps real numbers', () => {
    expect(normalizeText('Guar4nteed pr0fit')).toBe('guaranteed profit');
    expect(normalizeText('2% daily, 300% in 30 days, web3')).toBe('2% daily, 300% in 30 days, web3');
  });

  it('collapses whitespace and caps the length', () => {
    expect(normalizeText('  a\n\n\t b   c ')).toBe('a b c');
    expect(normalizeText('x'.repeat(100), 10)).toBe('x'.repeat(10));
  });
});

describe('untrickAndCollapse', () => {
  // Steps 5–7 as three sweeps in turn (how they were first written: spaced letters, then leetspeak, then whitespace
  // as two sweeps: runs without element boundaries become one space, then the spaces around element boundaries merge
  // into one boundary). The one-sweep version must agree.
  const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', $: 's' };
  const threeSweeps = (text: string) =>
    text
      .replace(/(?<![a-z0-9])[a-z](?:[ .*-][a-z]){3,}(?![a-z0-9])/g, (run) => run.split(run[1]!).join(''))
      .replace(/[a-z][013457$](?=[a-z])/g, (pair) => pair[0]! + LEET[pair[1]!]!)
      .replace(/[^\S \u2029][^\S\u2029]*| [^\S\u2029]+/g, ' ')
      .replace(/ ?\u2029(?: ?\u2029)* ?/g, '\u2029')
      .trim();
  const pieces = fc.constantFrom('a', 'b', 'z', ' ', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2029', '\u2028', '\u3000', '.', '*', '-', '%', '0', '1', '4', '9', '$', '@');

  it('gives what the three sweeps in turn give, on any mix of letters, digits, separators, spaces and boundaries', () => {
    fc.assert(fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      expect(untrickAndCollapse(text)).toBe(threeSweeps(text));
    }), { numRuns: 5000 });
  });

  it('turns a run holding a boundary into the boundary alone', () => {
    expect(untrickAndCollapse('a \u2029\n\u2029 b\t\tc')).toBe('a\u2029b c');
  });

  it('joins a spaced run next to whitespace runs, and reads leetspeak beside them', () => {
    expect(untrickAndCollapse(' x  g u a r a n t e e d \n pr0fit ')).toBe('x guaranteed profit');
    expect(untrickAndCollapse('a b c d e3f')).toBe('abcd eef');
  });
});
