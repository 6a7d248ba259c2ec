import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requiredWords } from '../../../rules/engine/required-words.ts';

describe('requiredWords: the words a pattern cannot match without', () => {
  it('reads literal words, spelt-out groups, optional and repeated parts', () => {
    expect(requiredWords(/(?:^|[^a-z])(?:promis(?:es|ing)|red flags?)(?![a-z])/)?.sort()).toEqual(['flag', 'promises', 'promising']);
    expect(requiredWords(/abc|d[ef]/)?.sort()).toEqual(['abc', 'd']);
    // A repeated group may not be joined to its neighbours: "xababy" holds no "xaby".
    expect(requiredWords(/x(?:ab|cd)+y/)?.sort()).toEqual(['ab', 'cd']);
    expect(requiredWords(/(?:foo|bar)? bazz/)).toEqual(['bazz']);
    // A longer word that holds another of the set adds nothing.
    expect(requiredWords(/fake|fakes|bogus/)?.sort()).toEqual(['bogus', 'fake']);
    expect(requiredWords(/(?<![a-z])tzw(?=\.)/)).toEqual(['tzw']);
  });

  it('gives no set when some match needs no literal word', () => {
    expect(requiredWords(/[a-z]+/)).toBeNull();
    expect(requiredWords(/scam|\d+/)).toBeNull();
    expect(requiredWords(/(?:scam)?/)).toBeNull();
    expect(requiredWords(/scam/i)).toBeNull();
  });

  // Random patterns of the syntax the engine uses, and strings each of them matches (spelt from the pattern).
  type Node = { kind: 'letter'; c: string } | { kind: 'class' } | { kind: 'group'; alts: Node[][] } | { kind: 'q'; node: Node; q: string };
  const { seq } = fc.letrec<{ node: Node; seq: Node[] }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { arbitrary: fc.constantFrom('a', 'b', 'c', ' ').map((c): Node => ({ kind: 'letter', c })), weight: 3 },
      fc.constant<Node>({ kind: 'class' }),
      fc.array(tie('seq'), { minLength: 1, maxLength: 3 }).map((alts): Node => ({ kind: 'group', alts: alts as Node[][] })),
      fc.tuple(tie('node'), fc.constantFrom('?', '*', '+', '{2,3}', '{0,2}')).map(([n, q]): Node => ({ kind: 'q', node: n as Node, q })),
    ),
    seq: fc.array(tie('node'), { maxLength: 5 }),
  }));
  const pattern = seq.map((nodes): Node => ({ kind: 'group', alts: [nodes] }));
  const source = (n: Node): string =>
    n.kind === 'letter' ? n.c : n.kind === 'class' ? '[bc]' : n.kind === 'group' ? `(?:${n.alts.map((a) => a.map(source).join('')).join('|')})` : `${n.kind === 'q' && n.node.kind === 'q' ? `(?:${source(n.node)})` : source(n.node)}${n.q}`;
  const sample = (n: Node, pick: () => number): string => {
    if (n.kind === 'letter') return n.c;
    if (n.kind === 'class') return pick() % 2 ? 'b' : 'c';
    if (n.kind === 'group') return n.alts[pick() % n.alts.length]!.map((m) => sample(m, pick)).join('');
    const [min, max] = n.q === '?' ? [0, 1] : n.q === '*' ? [0, 3] : n.q === '+' ? [1, 3] : n.q === '{2,3}' ? [2, 3] : [0, 2];
    return Array.from({ length: min + (pick() % (max - min + 1)) }, () => sample(n.node, pick)).join('');
  };

  it('every string a pattern matches holds one of its words', () => {
    fc.assert(fc.property(pattern, fc.array(fc.nat(), { minLength: 1, maxLength: 40 }), (tree, choices) => {
      const pattern = new RegExp(source(tree));
      const words = requiredWords(pattern);
      if (words === null) return;
      let k = 0;
      const matched = sample(tree, () => choices[k++ % choices.length]!);
      expect(pattern.test(matched)).toBe(true);
      expect(words.some((word) => matched.includes(word)), `${String(pattern)} ${JSON.stringify(words)} on "${matched}"`).toBe(true);
    }), { numRuns: 3000 });
  });
});
