import { describe, expect, it } from 'vitest';
import { allRules } from '../../../rules/engine/index.ts';
import { normalizePhrase } from '../../../rules/engine/normalize.ts';
import { codeDetectorRules } from '../../../rules/engine/detectors/index.ts';
import { FORM_RULES } from '../../../rules/engine/form-signals.ts';
import { FUNNEL_RULES } from '../../../rules/engine/funnel-rules.ts';
import { contextCues, phraseRules } from '../../../rules/packs/index.ts';
import { ContextCueSchema, CUE_MAX_HITS_DEFAULT } from '../../../rules/packs/context.ts';
import { definePack, PhraseRuleSchema, type PhraseRuleInput, type PhrasesByLang } from '../../../rules/packs/phrase-rule.ts';
import { FAMILIES, RuleInfoSchema, UI_LANGS } from '../../../rules/packs/schema.ts';

const phrasesOf = (byLang: PhrasesByLang) => Object.values(byLang).flatMap((list) => list ?? []);

describe('rule packs', () => {
  it('every phrase rule is valid against the pack schema and the RuleInfo contract', () => {
    for (const rule of phraseRules) {
      // The packs are not parsed when the engine loads: parsing must find each rule valid and complete as it is.
      expect(PhraseRuleSchema.parse(rule), rule.id).toEqual(rule);
      expect(() => RuleInfoSchema.parse(rule), rule.id).not.toThrow();
      expect(rule.id.startsWith(`${rule.family}.`), rule.id).toBe(true);
    }
  });

  it('every context cue is valid and complete against its schema', () => {
    for (const cue of contextCues) expect(ContextCueSchema.parse(cue), cue.id).toEqual(cue);
  });

  it('a pack and a cue list fill in what a rule leaves out exactly as the schemas would', () => {
    const rule: PhraseRuleInput = { id: 'returns.x', family: 'returns', weight: 1, explain: { en: 'e'.repeat(10), it: 'i'.repeat(10), fr: 'f'.repeat(10), de: 'd'.repeat(10), es: 's'.repeat(10) }, phrases: { en: ['xx'] } };
    expect(definePack([rule])).toEqual([PhraseRuleSchema.parse(rule)]);
    const cue = { id: 'awareness.x', kind: 'awareness', weight: 1, phrases: { en: ['xx'] } };
    expect(ContextCueSchema.parse(cue).maxHits).toBe(CUE_MAX_HITS_DEFAULT);
  });

  it('rule ids are unique across ALL rules, form and code detectors included', () => {
    const ids = [...phraseRules.map((r) => r.id), ...FORM_RULES.map((r) => r.id), ...FUNNEL_RULES.map((r) => r.id), ...codeDetectorRules.map((r) => r.id)];
    expect(new Set(ids).size).toBe(ids.length);
    expect(allRules().map((r) => r.id).sort()).toEqual([...ids].sort());
  });

  it('every rule, code detectors included, explains itself in every UI language', () => {
    for (const rule of allRules()) {
      for (const lang of UI_LANGS) expect(rule.explain[lang]?.trim().length ?? 0, `${rule.id} ${lang}`).toBeGreaterThan(20);
      // Not an untranslated copy of the English text.
      for (const lang of UI_LANGS.filter((l) => l !== 'en')) expect(rule.explain[lang], `${rule.id} ${lang}`).not.toBe(rule.explain.en);
    }
  });

  it('every phrase is non-empty, already normalised, unique within its rule, and "*" only ends a phrase', () => {
    for (const owner of [...phraseRules, ...contextCues]) {
      const all = [
        ...phrasesOf(owner.phrases),
        ...('near' in owner && owner.near ? phrasesOf(owner.near.phrases) : []),
        ...('absent' in owner && owner.absent ? phrasesOf(owner.absent) : []),
      ];
      expect(all.length > 0 || owner.id === 'returns.high_rate', owner.id).toBe(true);
      for (const phrase of all) {
        expect(phrase.trim(), owner.id).not.toBe('');
        expect(normalizePhrase(phrase), `${owner.id}: "${phrase}"`).toBe(phrase);
        expect(phrase.slice(0, -1).includes('*'), `${owner.id}: "${phrase}"`).toBe(false);
        expect(/[a-z0-9]/.test(phrase), `${owner.id}: "${phrase}"`).toBe(true);
      }
      // Languages may share a phrase ("robot de trading" is French and Spanish), a language may not repeat one.
      for (const [lang, list] of Object.entries(owner.phrases)) expect(new Set(list).size, `${owner.id} ${lang}`).toBe(list!.length);
    }
  });

  it('the family packs cover the phrase families in en, it, fr, de and es', () => {
    const multilingual = ['returns', 'plans', 'callcenter', 'withdrawal', 'recovery', 'socialproof'];
    for (const family of multilingual) {
      const rules = phraseRules.filter((r) => r.family === family);
      for (const lang of ['en', 'it', 'fr', 'de', 'es'] as const) {
        expect(rules.some((r) => (r.phrases[lang]?.length ?? 0) > 0), `${family} ${lang}`).toBe(true);
      }
    }
    expect(new Set(phraseRules.map((r) => r.family)).size).toBeLessThanOrEqual(FAMILIES.length);
  });
});
