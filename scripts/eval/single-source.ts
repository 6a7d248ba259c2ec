/**
 * Which pack phrases match exactly ONE source group of the eval material. A phrase of three or more
 * words found on one kit or one written page only is most likely a sentence of that page, not a trait
 * of a kind of scam: it inflates the eval and catches nothing new. tests/unit/packs/single-source.test.ts
 * fails unless every such phrase is in rules/packs/single-source-reviewed.ts with a reason.
 */
import { normalizedPageText } from '../../rules/engine/index.ts';
import { buildMatcher } from '../../rules/engine/matcher.ts';
import { normalizePhrase } from '../../rules/engine/normalize.ts';
import { contextCues, phraseRules } from '../../rules/packs/index.ts';
import type { PhrasesByLang } from '../../rules/packs/phrase-rule.ts';
import type { CorpusPage } from './corpus.ts';

const MIN_WORDS = 3;

const phrasesOf = (byLang: PhrasesByLang | undefined) => Object.values(byLang ?? {}).flatMap((list) => list ?? []);

/** Every phrase of every rule (own, near partners, absent) and context cue, with the owners using it. */
export function packPhrases(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (owner: string, list: string[]) => {
    for (const phrase of list) out.set(phrase, [...(out.get(phrase) ?? []), owner]);
  };
  for (const rule of phraseRules) {
    add(rule.id, phrasesOf(rule.phrases));
    add(`${rule.id} (near)`, phrasesOf(rule.near?.phrases));
    add(`${rule.id} (absent)`, phrasesOf(rule.absent));
  }
  for (const cue of contextCues) add(cue.id, phrasesOf(cue.phrases));
  return out;
}

const wordCount = (phrase: string) => phrase.split(/[^a-z0-9*]+/).filter((w) => w !== '').length;

/** Phrases of MIN_WORDS+ words that match exactly one source group: phrase → {group, owners}. */
export function singleSourcePhrases(pages: CorpusPage[]): Map<string, { group: string; owners: string[] }> {
  const phrases = [...packPhrases()].filter(([phrase]) => wordCount(phrase) >= MIN_WORDS);
  const matcher = buildMatcher(phrases.map(([phrase]) => normalizePhrase(phrase)));
  const groups = phrases.map(() => new Set<string>());
  for (const page of pages) {
    matcher.scan(normalizedPageText(page.snapshot), (pattern) => {
      groups[pattern]!.add(page.group);
    });
  }
  const out = new Map<string, { group: string; owners: string[] }>();
  phrases.forEach(([phrase, owners], index) => {
    if (groups[index]!.size === 1) out.set(phrase, { group: [...groups[index]!][0]!, owners });
  });
  return out;
}
