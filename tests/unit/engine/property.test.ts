import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePage } from '../../../rules/engine/index.ts';
import type { PageSnapshot } from '../../../rules/snapshot.ts';
import { VerdictSchema } from '../../../rules/verdict.ts';

// Text that mixes scam phrases, numbers, rates, odd Unicode (RTL, zero-width, emoji, combining marks).
const fragment = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('guaranteed profit', '2% daily', 'risk-free', 'minimum deposit', 'AnyDesk', '\u200b', '\u202e', '𝐠𝐮𝐚𝐫', 'é\u0301', '％', 'doubles in 40 days', '"', '«'),
);
const text = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(' '));
const field = fc.record({ name: fc.string(), type: fc.string({ maxLength: 10 }), placeholder: fc.string(), id: fc.option(fc.string(), { nil: undefined }), tag: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }) });
const snapshot = fc.record({
  url: fc.oneof(fc.webUrl(), fc.string()),
  title: fc.string({ maxLength: 100 }),
  text,
  forms: fc.array(fc.record({ action: fc.string(), method: fc.string({ maxLength: 10 }), fields: fc.array(field, { maxLength: 8 }) }), { maxLength: 4 }),
  links: fc.array(fc.domain(), { maxLength: 10 }),
  lang: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
});

describe('evaluatePage on arbitrary snapshots', () => {
  it('never throws and always returns a valid verdict', () => {
    fc.assert(
      fc.property(snapshot, (snap) => {
        const verdict = evaluatePage(snap as PageSnapshot);
        expect(VerdictSchema.safeParse(verdict).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('survives huge and malformed input', () => {
    const huge = `${'guaranteed profit 2% daily '.repeat(20_000)}${'\u200b'.repeat(10_000)}`;
    const verdict = evaluatePage({ url: 'not a url', title: '', text: huge, forms: [], links: [] });
    expect(VerdictSchema.safeParse(verdict).success).toBe(true);
    expect(VerdictSchema.safeParse(evaluatePage(null as unknown as PageSnapshot)).success).toBe(true);
    expect(VerdictSchema.safeParse(evaluatePage({ text: 42 } as unknown as PageSnapshot)).success).toBe(true);
  });
});
