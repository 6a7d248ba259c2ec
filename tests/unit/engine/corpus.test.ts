import { describe, expect, it } from 'vitest';
import { loadFixturePages, loadSharedCorpus } from '../../../scripts/eval/corpus.ts';
import { fixtureFloors, scorePages, sharedFloors } from '../../../scripts/eval/report.ts';

// The floors of issue 3, on the shared corpus and on every tests/fixtures/pages/*.jsonl (same code as npm run eval).
describe('engine quality floors', () => {
  it('shared corpus: recall >= 90% on scam pages with >= 800 chars, at most 2 of 220 legit pages flagged', () => {
    const pages = loadSharedCorpus();
    expect(pages.filter((p) => p.label === 'legit')).toHaveLength(220);
    for (const check of sharedFloors(scorePages(pages))) expect(check.ok, `${check.name}: ${check.detail}`).toBe(true);
  });

  it('multilingual fixtures: the same floors per language', () => {
    const pages = loadFixturePages();
    expect(pages.length).toBeGreaterThan(0);
    for (const check of fixtureFloors(scorePages(pages))) expect(check.ok, `${check.name}: ${check.detail}`).toBe(true);
  });
});
