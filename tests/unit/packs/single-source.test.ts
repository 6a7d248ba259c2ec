import { describe, expect, it } from 'vitest';
import { loadAllPages } from '../../../scripts/eval/corpus.ts';
import { packPhrases, singleSourcePhrases } from '../../../scripts/eval/single-source.ts';
import { REVIEWED_SINGLE_SOURCE } from '../../../rules/packs/single-source-reviewed.ts';

// A phrase of 3+ words found in one kit or one written page only is usually a sentence of that page: it
// makes the eval look better and catches nothing new. Each must be reviewed as a general trait, with a reason.
describe('single-source phrases', () => {
  const single = singleSourcePhrases(loadAllPages());

  it('every pack phrase of three or more words that matches exactly one source group is reviewed', () => {
    const unreviewed = [...single].filter(([phrase]) => !(phrase in REVIEWED_SINGLE_SOURCE)).map(([p, v]) => `${p} (${v.owners.join(', ')}; only in ${v.group})`);
    expect(unreviewed).toEqual([]);
  });

  it('every reviewed entry is a phrase of a pack and has a one-line reason', () => {
    const phrases = packPhrases();
    for (const [phrase, reason] of Object.entries(REVIEWED_SINGLE_SOURCE)) {
      expect(phrases.has(phrase), phrase).toBe(true);
      expect(reason.length, phrase).toBeGreaterThan(10);
      expect(reason.includes('\n'), phrase).toBe(false);
    }
  });
});
