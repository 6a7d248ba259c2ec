import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildProtectedNames, gateHosts } from '@/rules/hosts/gate';
import { RuleNamesAhead, ruleNamesOf } from '@/entrypoints/background/feeds/rule-names-ahead';

/**
 * The sync stores the names found ahead without working them out again (sync.ts): they must be
 * exactly the rule names of the whole list, however the list arrives, whatever it repeats and
 * whatever the gate takes out.
 */
const gate = buildProtectedNames([{ reason: 'popular site', names: ['popular.example', 'bank.example'] }]);
const name = fc.oneof(
  fc.integer({ min: 0, max: 60 }).map((i) => `scam-${i}.example`),
  fc.constantFrom('popular.example', 'www.popular.example', 'bank.example', 'example'),
);

describe('rule names found while a list downloads', () => {
  it('are the first distinct names of the gated list, in order', () => {
    expect(ruleNamesOf(['a.example', 'b.example', 'a.example', 'c.example', 'd.example'], 3)).toEqual(['a.example', 'b.example', 'c.example']);
  });

  it('are those of the whole list whenever they are found', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(name, { maxLength: 300 }), fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1 }), fc.integer({ min: 1, max: 20 }), async (list, pieces, max) => {
        const previews: string[] = [];
        const ahead = new RuleNamesAhead(max, Promise.resolve(gate), async (names) => void previews.push(names));
        const read: string[] = [];
        for (let at = 0, i = 0; at < list.length; i++) {
          const size = pieces[i % pieces.length]!;
          read.push(...list.slice(at, at + size));
          at += size;
          await ahead.offer(read);
        }
        const found = await ahead.ruleNames();
        const whole = ruleNamesOf(gateHosts(list, gate).kept, max);
        // Not found (too few names yet at each attempt) is allowed: the sync then works them out at the end.
        if (found !== null) expect(found).toBe(whole.join('\n'));
        expect(previews).toEqual(found === null ? [] : [found]);
      }),
      { numRuns: 300 },
    );
  });
});
