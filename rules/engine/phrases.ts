/**
 * Compiles every phrase of every pack (rules, their "near" partners, context cues) into ONE matcher
 * and turns one scan of the normalised text into per-rule hit counts with evidence positions.
 * Per-match work is constant: a counter, and a position while fewer than MAX_POSITIONS are kept.
 */
import { contextCues, phraseRules } from '../packs/index.ts';
import type { ContextCue } from '../packs/context.ts';
import type { PhraseRule, PhrasesByLang } from '../packs/phrase-rule.ts';
import { BRAND_CLAIM_PHRASES } from './detectors/brand-claim.ts';
import { ISSUE_STEMS } from './detectors/wallet-issue-stems.ts';
import { PROBES, type Probe } from './probes.ts';
import { DOUBLING_STEMS, MAX_PER_STEM } from './rates.ts';
import { buildMatcher, type Matcher } from './matcher.ts';
import { normalizePhrase } from './normalize.ts';
import { isReported, REPORT_SIDES, requiredReportWords } from './reported-speech.ts';
import { WordSpans } from './word-spans.ts';

const MAX_POSITIONS = 8;
const NEGATION_WINDOW = 32;
// Negations in the pack languages, as whole words, just before a match ("we do NOT guarantee profits").
const NEGATION = /(?:^|[^a-z])(?:not|no|never|cannot|can t|don t|doesn t|won t|isn t|aren t|nobody|non|nessun[oa]?|mai|nicht|kein[e-s]?|niemals|ne|pas|jamais|aucun[e]?|nunca|ningun[oa]?|nao|nem|niet|geen|nooit|nie|zaden)(?:[^a-z]|$)/;

// Quotation marks (not apostrophes, which Italian and French use inside words). A scam promise right
// after an opening or before a closing mark, or inside a short quotation that opened just before it, is
// being QUOTED: warning pages and news quote "guaranteed returns" and «4 % semanal garantizado».
// Looked up by char code in a table (a Set lookup per character cost about 1 % of the engine): this runs for every
// phrase match, up to QUOTATION_REACH characters back.
const QUOTE_MARK_CODES = [...'"“”„«»‹›「」'].map((mark) => mark.charCodeAt(0));
const QUOTE_MARKS = new Uint8Array(Math.max(...QUOTE_MARK_CODES) + 1);
for (const code of QUOTE_MARK_CODES) QUOTE_MARKS[code] = 1;
const isQuoteMark = (code: number) => code < QUOTE_MARKS.length && QUOTE_MARKS[code] === 1;
const QUOTE_REACH = 3;
const QUOTATION_REACH = 80;
const OPENING_ONLY = new Set(['„', '«', '‹', '「']);
const CLOSING_ONLY = new Set(['»', '›', '」']);

/** Is the quote mark at `i` an opening one? „ « are; “ " are when a space precedes and a letter follows. */
function opensQuotation(text: string, i: number): boolean {
  const mark = text[i]!;
  if (OPENING_ONLY.has(mark)) return true;
  if (CLOSING_ONLY.has(mark) || mark === '”') return false;
  const before = i === 0 ? ' ' : text[i - 1]!;
  return (before === ' ' || before === '(' || before === ':') && /[a-z0-9]/.test(text[i + 1] ?? '');
}

function hasQuoteMark(text: string, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < Math.min(to, text.length); i++) {
    if (isQuoteMark(text.charCodeAt(i))) return true;
  }
  return false;
}

export function isQuoted(text: string, start: number, end: number): boolean {
  if (hasQuoteMark(text, start - QUOTE_REACH, start) || hasQuoteMark(text, end, end + QUOTE_REACH)) return true;
  // Inside a quotation: the nearest quote mark before the match (within reach) opens one.
  for (let i = start - 1; i >= Math.max(0, start - QUOTATION_REACH); i--) {
    if (isQuoteMark(text.charCodeAt(i))) return opensQuotation(text, i);
  }
  return false;
}

/** What one pattern of the matcher belongs to. */
interface PatternOwner {
  /**
   * Index into `owners` (for a 'claim' pattern: into BRAND_CLAIM_PHRASES; an 'issue' stem: ISSUE_STEMS; a 'doubling'
   * stem: DOUBLING_STEMS; a 'probe': into PROBE_GROUPS; a 'report' word: into REPORT_SIDES).
   */
  owner: number;
  /**
   * 'own' phrase, a rule's `near` partner, one of its `absent` phrases, a brand-claim phrase, a wallet-issue or doubling
   * stem, a funnel probe, a word that reported speech needs.
   */
  role: 'own' | 'partner' | 'absent' | 'claim' | 'issue' | 'doubling' | 'probe' | 'report';
  /** Length of the normalised phrase, to find where a match starts. */
  length: number;
}

export type Owner = { kind: 'rule'; rule: PhraseRule } | { kind: 'cue'; cue: ContextCue };

export interface OwnerHits {
  /** Matches of the owner's own phrases (after negation filtering). */
  hits: number;
  /** How many different phrases of the owner matched. */
  distinct: number;
  /** Matches quoted or reported (rules/engine/reported-speech.ts): not counted as hits, they are evidence of a page that quotes scams. */
  quoted: number;
  /** [start, end] of the first matches, for evidence and "near" checks. */
  spans: number[];
  /** End of the latest partner match ("near" rules only; -1 before the first). */
  lastPartnerEnd: number;
  /** Index into `spans` of the first own match with a partner match within reach, or -1. */
  nearAt: number;
  /** Matches of the rule's `absent` phrases: any one of them silences the rule. */
  absent: number;
}

interface CompiledPhrases {
  matcher: Matcher;
  patterns: PatternOwner[];
  owners: Owner[];
}

function phrasesOf(byLang: PhrasesByLang): string[] {
  return Object.values(byLang).flatMap((list) => list ?? []);
}

let compiled: CompiledPhrases | null = null;
const PROBE_GROUPS = Object.keys(PROBES) as Probe[];

/** Built on first use, then shared by every page (the packs are static data). */
export function compiledPhrases(): CompiledPhrases {
  if (compiled) return compiled;
  const owners: Owner[] = [
    ...phraseRules.map((rule): Owner => ({ kind: 'rule', rule })),
    ...contextCues.map((cue): Owner => ({ kind: 'cue', cue })),
  ];
  const phrases: string[] = [];
  const patterns: PatternOwner[] = [];
  const add = (owner: number, role: PatternOwner['role'], list: string[]) => {
    for (const raw of list) {
      const phrase = normalizePhrase(raw);
      phrases.push(phrase);
      patterns.push({ owner, role, length: phrase.replace(/\*$/, '').length });
    }
  };
  owners.forEach((owner, index) => {
    if (owner.kind === 'rule') {
      add(index, 'own', phrasesOf(owner.rule.phrases));
      if (owner.rule.near) add(index, 'partner', phrasesOf(owner.rule.near.phrases));
      if (owner.rule.absent) add(index, 'absent', phrasesOf(owner.rule.absent));
    } else {
      add(index, 'own', phrasesOf(owner.cue.phrases));
    }
  });
  // The brand-claim phrases of the impersonation detector ride along, so the page is scanned once.
  BRAND_CLAIM_PHRASES.forEach((phrase, index) => {
    phrases.push(phrase);
    patterns.push({ owner: index, role: 'claim', length: phrase.length });
  });
  // So do the wallet-issue stems, as word prefixes.
  ISSUE_STEMS.forEach(({ stem }, index) => {
    phrases.push(`${stem}*`);
    patterns.push({ owner: index, role: 'issue', length: stem.length });
  });
  // And the doubling stems of rules/engine/rates.ts, anywhere in a word (no other sweeps of the page for them).
  DOUBLING_STEMS.forEach((stem, index) => {
    phrases.push(`*${stem}*`);
    patterns.push({ owner: index, role: 'doubling', length: stem.length });
  });
  // And the probe words (rules/engine/probes.ts), anywhere in a word.
  PROBE_GROUPS.forEach((group, index) => {
    for (const word of PROBES[group]) {
      phrases.push(`*${word}*`);
      patterns.push({ owner: index, role: 'probe', length: word.length });
    }
  });
  // And where the words reported speech needs occur (reported-speech.ts's requiredReportWords()), anywhere in a word.
  const report = requiredReportWords();
  REPORT_SIDES.forEach((side, index) => {
    for (const word of report[side]) {
      phrases.push(`*${word}*`);
      patterns.push({ owner: index, role: 'report', length: word.length });
    }
  });
  compiled = { matcher: buildMatcher(phrases), patterns, owners };
  return compiled;
}

function isNegated(text: string, start: number): boolean {
  return NEGATION.test(text.slice(Math.max(0, start - NEGATION_WINDOW), start));
}

interface PhraseScan {
  owners: Owner[];
  /** Hits per owner (same order as `owners`). */
  hits: OwnerHits[];
  /** Brand-claim matches: flat [index into BRAND_CLAIM_PHRASES, end] pairs, in text order. */
  claimMatches: number[];
  /** Wallet-issue concepts whose stems start a word of the text. */
  issueConcepts: Set<string>;
  /** Where the doubling stems occur, as rates.ts's doublingStemPositions gives them. */
  doublings: number[];
  /** The probe groups with a word in the text (a word of "sizi ara" also counts across other punctuation). */
  probes: Set<Probe>;
  /** Where the words reported speech needs occur (requiredReportWords() of rules/engine/reported-speech.ts). */
  reportWords: { before: WordSpans; after: WordSpans };
}

/** One pass of the matcher over the normalised text. */
export function scanPhrases(text: string): PhraseScan {
  const { matcher, patterns, owners } = compiledPhrases();
  const hits: OwnerHits[] = owners.map(() => ({ hits: 0, distinct: 0, quoted: 0, spans: [], lastPartnerEnd: -1, nearAt: -1, absent: 0 }));
  const claimMatches: number[] = [];
  const issueConcepts = new Set<string>();
  const doublingsByStem: number[][] = DOUBLING_STEMS.map(() => []);
  const probes = new Set<Probe>();
  const reportWords = { before: new WordSpans(), after: new WordSpans() };
  const seen = new Uint8Array(patterns.length);
  // Rule and cue matches are judged after the scan, when the probes of the whole page are known: flat [pattern, end].
  const matches: number[] = [];
  matcher.scan(text, (pattern, end) => {
    const info = patterns[pattern]!;
    if (info.role === 'claim') {
      claimMatches.push(info.owner, end);
      return;
    }
    if (info.role === 'issue') {
      issueConcepts.add(ISSUE_STEMS[info.owner]!.concept);
      return;
    }
    if (info.role === 'probe') {
      probes.add(PROBE_GROUPS[info.owner]!);
      return;
    }
    if (info.role === 'report') {
      reportWords[REPORT_SIDES[info.owner]!].add(end - info.length, end);
      return;
    }
    if (info.role === 'doubling') {
      // Each stem's matches arrive in text order, and no stem can overlap itself: what indexOf finds.
      const positions = doublingsByStem[info.owner]!;
      if (positions.length < MAX_PER_STEM) positions.push(end - info.length);
      return;
    }
    matches.push(pattern, end);
  });
  const reported = (start: number, end: number) => isReported(text, start, end, reportWords);
  for (let m = 0; m < matches.length; m += 2) {
    const pattern = matches[m]!;
    const end = matches[m + 1]!;
    const info = patterns[pattern]!;
    const slot = hits[info.owner]!;
    const owner = owners[info.owner]!;
    if (info.role === 'partner') {
      // "We do not work with the police", "claiming to cooperate with Interpol": no partnership claimed.
      const partnerStart = Math.max(0, end - info.length);
      if (owner.kind === 'rule' && owner.rule.negatable && isNegated(text, partnerStart)) continue;
      if (reported(partnerStart, end)) continue;
      slot.lastPartnerEnd = end;
      // A partner right AFTER an own match: look back over the kept own matches.
      if (slot.nearAt < 0 && owner.kind === 'rule') {
        const within = owner.rule.near!.within;
        for (let i = 0; i < slot.spans.length; i += 2) {
          if (end <= slot.spans[i + 1]! + within) {
            slot.nearAt = i;
            break;
          }
        }
      }
      continue;
    }
    if (info.role === 'absent') {
      slot.absent++;
      continue;
    }
    const start = Math.max(0, end - info.length);
    if (owner.kind === 'rule') {
      if (owner.rule.negatable && isNegated(text, start)) continue;
      // Quoted or reported ("scammers promise guaranteed returns"): the page describes a scam's words.
      if (isQuoted(text, start, end) || reported(start, end)) {
        slot.quoted++;
        continue;
      }
    } else if (owner.cue.kind === 'transaction' && (isNegated(text, start) || reported(start, end))) {
      // "They ask you to make a deposit" is a page describing a scam, not one that takes money.
      continue;
    }
    slot.hits++;
    if (seen[pattern] === 0) {
      seen[pattern] = 1;
      slot.distinct++;
    }
    if (slot.spans.length < MAX_POSITIONS * 2) {
      slot.spans.push(start, end);
      // A partner right BEFORE this match (the matches arrive in text order, so the latest is the nearest).
      if (slot.nearAt < 0 && slot.lastPartnerEnd >= 0 && owner.kind === 'rule' && owner.rule.near) {
        if (slot.lastPartnerEnd >= start - owner.rule.near.within) slot.nearAt = slot.spans.length - 2;
      }
    }
  }
  return { owners, hits, claimMatches, issueConcepts, doublings: doublingsByStem.flat(), probes, reportWords };
}

/**
 * Index into `slot.spans` of the first kept own match with a partner match within the rule's reach
 * (before or after it), or -1. Tracked during the scan, so a partner is found however many other
 * partner words the page has before it.
 */
export function firstNearMatch(slot: OwnerHits): number {
  return slot.nearAt;
}
