import { domainToUnicode } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLabel, decodePunycode } from '../../../rules/brands/punycode.ts';

describe('RFC 3492 punycode decoder', () => {
  // Sample strings from RFC 3492 section 7.1 (encodings as printed there).
  it.each([
    ['egbpdaj6bu4bxfgehfvwxn', 'ليهمابتكلموشعربي؟'],
    ['ihqwcrb4cv8a8dqg056pqjye', '他们为什么不说中文'],
    ['b1abfaaepdrnnbgefbadotcwatmq2g4l', 'почемужеонинеговорятпорусски'],
    ['3B-ww4c5e180e575a65lsy2b', '3年B組金八先生'],
    ['bcher-kva', 'bücher'],
  ])('decodes %s', (encoded, expected) => {
    expect(decodePunycode(encoded)).toBe(expected);
  });

  it('decodes IDN labels and leaves ASCII labels alone', () => {
    expect(decodeLabel('xn--bnance-pvf')).toBe('bіnance');
    expect(decodeLabel('binance')).toBe('binance');
  });

  it('returns null on malformed input instead of throwing', () => {
    for (const bad of ['99999999999', 'a-!', '-', 'zzzzzzzzzzzzzz', 'é-a', 'x'.repeat(80)]) expect(() => decodePunycode(bad)).not.toThrow();
    expect(decodePunycode('a-!')).toBeNull();
  });

  it('agrees with Node’s IDNA decoding on random Unicode labels', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'abcdeіоаеρсмнxyz-'), minLength: 1, maxLength: 20 }), (label) => {
        fc.pre(!label.startsWith('-') && !label.endsWith('-') && !label.includes('--'));
        const ascii = new URL(`http://${label}.com`).hostname.split('.')[0]!;
        expect(decodeLabel(ascii)).toBe(domainToUnicode(`${ascii}.com`).split('.')[0]);
      }),
      { numRuns: 300 },
    );
  });
});
