import { describe, expect, it, vi } from 'vitest';

// Counts the pattern readings reported-speech.ts asks for, without changing what they give.
const readings = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../rules/engine/required-words.ts', async (original) => {
  const actual = await original<typeof import('../../../rules/engine/required-words.ts')>();
  return {
    ...actual,
    requiredWords: (pattern: RegExp) => {
      readings.count++;
      return actual.requiredWords(pattern);
    },
  };
});

describe('the words reported speech needs', () => {
  it('are read out of its patterns on first use, once, not when the engine is loaded (a woken worker may never need them)', async () => {
    const { requiredReportWords, reportWordSpansIn } = await import('../../../rules/engine/reported-speech.ts');
    expect(readings.count).toBe(0);
    const words = requiredReportWords();
    expect(readings.count).toBeGreaterThan(0);
    expect(words.before).toContain('claiming');
    const afterFirstUse = readings.count;
    reportWordSpansIn('they promised you a fortune');
    expect(requiredReportWords()).toBe(words);
    expect(readings.count).toBe(afterFirstUse);
  });
});
