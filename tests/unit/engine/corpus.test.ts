import { describe, expect, it } from 'vitest';
import { loadAllPages, loadFixturePages, loadRealPages, loadSharedCorpus } from '../../../scripts/eval/corpus.ts';

// What `npm run eval` measures: every labelled page, each with the source group LOSO leaves out.
describe('eval material', () => {
  it('loads the real pages, the older shared corpus and the fixtures, all labelled, each with a group', () => {
    const real = loadRealPages();
    expect(real).toHaveLength(146);
    expect(real.filter((p) => p.label === 'scam')).toHaveLength(74);
    expect(loadSharedCorpus().filter((p) => p.label === 'legit')).toHaveLength(220);
    for (const page of loadAllPages()) expect(page.group, page.id).toMatch(/\S/);
  });

  it("puts the older corpus's pages of a kit in the group of that kit's real pages", () => {
    const realGroups = new Set(loadRealPages().map((p) => p.group));
    const gemcrest = loadSharedCorpus().filter((p) => p.snapshot.title.startsWith('Gemcrest'));
    expect(gemcrest.length).toBeGreaterThan(0);
    for (const page of gemcrest) expect(realGroups.has(page.group), page.group).toBe(true);
  });

  it('gives every written fixture page its own group', () => {
    const fixtures = loadFixturePages();
    expect(new Set(fixtures.map((p) => p.group)).size).toBe(fixtures.length);
  });
});
