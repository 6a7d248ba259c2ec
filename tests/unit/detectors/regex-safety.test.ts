import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { ADDRESS_PATTERNS } from '../../../rules/addresses/extract.ts';
import { CONFUSABLE_PATTERNS } from '../../../rules/brands/confusables.ts';
import { ADDRESS_DETECTOR_PATTERNS } from '../../../rules/engine/detectors/addresses.ts';
import { BRAND_CLAIM_PATTERNS } from '../../../rules/engine/detectors/brand-claim.ts';
import { CREDENTIAL_PATTERNS } from '../../../rules/engine/detectors/credentials-terms.ts';
import { CREDENTIALS_CODE_PATTERNS } from '../../../rules/engine/detectors/credentials.ts';
import { LOOKALIKE_PATTERNS } from '../../../rules/engine/detectors/lookalike.ts';
import { extractAddresses } from '../../../rules/addresses/extract.ts';
import { detectCredentials } from '../../../rules/engine/detectors/credentials.ts';
import { pageContext } from './helpers.ts';

const ALL: readonly RegExp[] = [
  ...ADDRESS_PATTERNS, ...CONFUSABLE_PATTERNS, ...ADDRESS_DETECTOR_PATTERNS, ...BRAND_CLAIM_PATTERNS,
  ...CREDENTIAL_PATTERNS, ...CREDENTIALS_CODE_PATTERNS, ...LOOKALIKE_PATTERNS,
];

describe('every regular expression of the code detectors runs in linear time', () => {
  it.each(ALL.map((re) => [re.source.slice(0, 60), re] as const))('%s', async (_name, re) => {
    const result = await check(re.source, re.flags);
    expect(result.status, `${re} → ${JSON.stringify(result)}`).toBe('safe');
  });

  it('adversarial inputs stay fast (60k characters of near-matches)', () => {
    const near = 'a'.repeat(30) + ' ';
    const hostile = [
      '1'.repeat(60_000), `${'0x'}${'f'.repeat(39)} `.repeat(1400), `bc1${'q'.repeat(70)}!`.repeat(800),
      `enter your ${'wallet '.repeat(8000)}`, near.repeat(2000),
    ];
    for (const text of hostile) {
      const started = performance.now();
      extractAddresses(text);
      detectCredentials(pageContext({ text, forms: [{ fields: [{ name: 'x', tag: 'textarea' }] }] }));
      expect(performance.now() - started, text.slice(0, 20)).toBeLessThan(250);
    }
  });
});
