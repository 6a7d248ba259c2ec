import { officialBrandOf } from '../../brands/official.ts';
import type { Signal } from '../../verdict.ts';
import type { PageContext } from '../context.ts';
import { bare, tokens, type Token } from '../page-words.ts';
import { evidenceAround } from '../signals.ts';
import { CREDENTIALS_RULES } from './credentials-rules.ts';
import { WALLET_CONTEXT } from './credentials-terms.ts';
import { ISSUE_STEMS, MIN_CONCEPTS, mayHoldMenu } from './wallet-issue-stems.ts';

/**
 * "Wallet fixer" dApps: before their recovery-phrase form, they show a MENU of wallet "issues" to pick
 * from (rectification, validation, migration, recovery, staking, airdrop, claim, bridge, gas fees,
 * whitelist, slippage, locked account...), each leading to the same "connect your wallet" form. Honest
 * wallets and exchanges name some of these things, but never offer to "rectify" or "validate" a wallet,
 * and never as one list of problems to solve. The trait: a run of issue words close together (a menu,
 * at most MAX_GAP other words between two of them) with at least MIN_CONCEPTS different issues, one of
 * them a repair of the wallet itself (rectify, validate, synchronise, migrate, unlock, a failed
 * transaction), which may stand in the lead-in just before the menu ("validation of wallet will be
 * completed below: ..."). Word stems are matched on normalised words, in en, it, fr, de, es, pt, nl, pl.
 */

const JOINERS = /[-/]/;
const MAX_GAP = 3;
/** Words before the menu read for the repair it offers ("validation of wallet will be completed below"). */
const LEAD_IN_WORDS = 30;
/** A negation this close before the menu makes it a warning's list ("there is no such thing as validating, syncing..."). */
const NEGATION_WORDS = 8;
const NEGATIONS = new Set(['not', 'no', 'never', 'nobody', 'non', 'mai', 'nessun', 'nicht', 'kein', 'keine', 'niemals', 'ne', 'pas',
  'jamais', 'aucun', 'aucune', 'nunca', 'ningun', 'ninguna', 'nao', 'niet', 'geen', 'nooit', 'nie', 'nigdy']);

const STEMS: [string, string, boolean][] = ISSUE_STEMS.map(({ stem, concept, repair }) => [stem, concept, repair]);
/** Stems this short stand for a whole word only ("gas", not "gastronomy"). */
const WHOLE_WORD_STEMS = new Set(['gas', 'ponte', 'brug', 'stak']);
/** The stems by their first three letters: most words of a page are dismissed by one Map lookup. */
const STEMS_BY_START = new Map<string, [string, string, boolean][]>();
for (const entry of STEMS) STEMS_BY_START.set(entry[0].slice(0, 3), [...(STEMS_BY_START.get(entry[0].slice(0, 3)) ?? []), entry]);
const RULE = CREDENTIALS_RULES.find((r) => r.id === 'credentials.wallet_issue_menu')!;

interface Issue {
  concept: string;
  repair: boolean;
  index: number;
}

/** The issue a word names, if any. Words joined by hyphens or slashes ("Token-Bridge", "Gas-Gebühren") are read part by part. */
function issueOf(word: string): { concept: string; repair: boolean } | null {
  for (const part of JOINERS.test(word) ? word.split(JOINERS) : [word]) {
    const stemmed = bare(part);
    if (stemmed.length < 3) continue;
    for (const [stem, concept, repair] of STEMS_BY_START.get(stemmed.slice(0, 3)) ?? []) {
      if (!stemmed.startsWith(stem)) continue;
      if (WHOLE_WORD_STEMS.has(stem) && stemmed.length > stem.length + (stem === 'stak' ? 3 : 1)) continue;
      return { concept, repair };
    }
  }
  return null;
}

/** Runs of issue words with at most MAX_GAP other words between neighbours. */
function menus(words: Token[]): Issue[][] {
  const runs: Issue[][] = [];
  let run: Issue[] = [];
  words.forEach((token, index) => {
    const issue = issueOf(token.word);
    if (issue === null) return;
    if (run.length > 0 && index - run[run.length - 1]!.index > MAX_GAP + 1) {
      runs.push(run);
      run = [];
    }
    run.push({ ...issue, index });
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

function negatedBefore(words: Token[], first: number): boolean {
  for (let i = Math.max(0, first - NEGATION_WORDS); i < first; i++) if (NEGATIONS.has(bare(words[i]!.word))) return true;
  return false;
}

/**
 * A menu needs a repair word, so only the text around repair stems is read word by word (found by native
 * substring search): most pages have none, and long pages have few.
 */
const REPAIR_STEM = new RegExp(ISSUE_STEMS.filter((issue) => issue.repair).map((issue) => issue.stem).join('|'), 'g');
const WINDOW = 700;
const MAX_WINDOWS = 40;

function repairWindows(text: string): [number, number][] {
  const windows: [number, number][] = [];
  REPAIR_STEM.lastIndex = 0;
  for (let m = REPAIR_STEM.exec(text); m !== null && windows.length < MAX_WINDOWS; m = REPAIR_STEM.exec(text)) {
    const at = m.index;
    let from = Math.max(0, at - WINDOW);
    const to = Math.min(text.length, at + WINDOW);
    while (from > 0 && text.charCodeAt(from - 1) > 32) from--;
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = to;
    else windows.push([from, to]);
  }
  return windows;
}

export function detectWalletIssueMenu(ctx: PageContext): Signal[] {
  if (ctx.host !== null && officialBrandOf(ctx.host)?.kind === 'wallet') return [];
  // The engine's phrase scan saw every issue word's stem start a word: too few concepts, or no repair, is no menu.
  if (ctx.issueConcepts && !mayHoldMenu(ctx.issueConcepts)) return [];
  if (!WALLET_CONTEXT.test(ctx.text)) return [];
  for (const [from, to] of repairWindows(ctx.text)) {
    const signal = menuIn(ctx.text, tokens(ctx.text, from, to));
    if (signal) return [signal];
  }
  return [];
}

function menuIn(text: string, words: Token[]): Signal | null {
  for (const menu of menus(words)) {
    const first = menu[0]!.index;
    const leadIn: Issue[] = [];
    for (let i = Math.max(0, first - LEAD_IN_WORDS); i < first; i++) {
      const issue = issueOf(words[i]!.word);
      if (issue?.repair) leadIn.push({ ...issue, index: i });
    }
    if (negatedBefore(words, first)) continue;
    const all = [...leadIn, ...menu];
    const concepts = new Set(all.map((issue) => issue.concept));
    if (concepts.size < MIN_CONCEPTS || !all.some((issue) => issue.repair)) continue;
    const evidence = evidenceAround(text, words[first]!.start, words[menu[menu.length - 1]!.index]!.end);
    return { id: RULE.id, family: RULE.family, weight: RULE.weight, evidence };
  }
  return null;
}
