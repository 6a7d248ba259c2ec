import { BUILTIN_ALLOW, NameSet } from '@/rules/feeds';
import { currentLists, isSignedFeed, oldestFirst, RULE_NAMES_BUDGET, type ActiveFeed, type LoadedLists } from './blocklist';
import type { FeedRecord } from './feeds/records';
import { feedStore, type FeedStore } from './feeds/store';

/** Which names the browser's dynamic blocking rules carry (protection.ts installs them). */
export interface RuleNames {
  /** Names the blocking rules redirect (subdomains included). */
  block: string[];
  /** Names never blocked by the rules: the user's trusted sites and the built-in allowlist. */
  allow: string[];
  /** Names the allow rules must leave alone: the user's own blocks, and signed-feed names under an allowed one. */
  allowExceptions: string[];
}

/** A feed's rule names from a sync whose list is not stored yet (protection.ts, previewBlockRules). */
export interface PendingRuleNames {
  feed: FeedRecord;
  /** "\n"-separated, as they will be stored. */
  ruleNames: string;
}

/**
 * What the browser's dynamic blocking rules should carry now (within RULE_NAMES_BUDGET; not the
 * bundled list), or once `pending` is stored: the same names in the same order as they will be
 * read then, so the rebuild after the sync finds the rules already right. Worked out again only
 * when what it is made from changed: the rebuild after a sync gets the preview's answer back.
 */
export async function blockRuleNames(pending?: PendingRuleNames): Promise<RuleNames> {
  const lists = await currentLists();
  const store = await feedStore();
  // The signed feeds' lists are looked up for every allowed name below: read whole.
  await Promise.all(lists.feeds.filter((feed) => isSignedFeed(feed.record)).map((feed) => feed.set.loadAll()));
  const inputs: RuleNameInputs = {
    blocked: lists.personal.blocked,
    trusted: lists.personal.trusted,
    feeds: await Promise.all(ruleNameSources(lists.feeds, pending, store).map((source) => source.read())),
    // A signed feed's names may override an allowed name: its set is part of the answer.
    signedSets: lists.feeds.filter((feed) => isSignedFeed(feed.record)).map((feed) => feed.record.active!.setKey),
  };
  if (lastRuleNames === null || !sameInputs(lastRuleNames.inputs, inputs)) {
    lastRuleNames = { inputs, names: ruleNamesFrom(inputs, lists) };
  }
  return lastRuleNames.names;
}

interface RuleNameInputs {
  blocked: readonly string[];
  trusted: readonly string[];
  /** Each feed's rule names ("\n"-separated), in the order of ruleNameSources. */
  feeds: readonly string[];
  signedSets: readonly string[];
}

let lastRuleNames: { inputs: RuleNameInputs; names: RuleNames } | null = null;

/** The same strings in the same order (a feed's names are usually the very same string: compared at once). */
function sameInputs(a: RuleNameInputs, b: RuleNameInputs): boolean {
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((value, i) => value === y[i]);
  return same(a.blocked, b.blocked) && same(a.trusted, b.trusted) && same(a.feeds, b.feeds) && same(a.signedSets, b.signedSets);
}

function ruleNamesFrom(inputs: RuleNameInputs, lists: LoadedLists): RuleNames {
  const names = new Set<string>(inputs.blocked);
  for (const ruleNames of inputs.feeds) {
    if (names.size >= RULE_NAMES_BUDGET) break;
    for (const name of ruleNames.split('\n')) {
      if (names.size >= RULE_NAMES_BUDGET) break;
      if (name !== '') names.add(name);
    }
  }
  // A name the allowlist or the user's trust cancels is left out of the rules altogether, unless
  // the user blocked it or a signed feed lists it (the same rule as effective.ts, without its
  // per-name normalisation: rule names are already normal).
  const allow = [...new Set([...inputs.trusted, ...BUILTIN_ALLOW])];
  const allowed = new NameSet(allow);
  const userBlocked = new NameSet(inputs.blocked);
  const signedSets = lists.feeds.filter((feed) => isSignedFeed(feed.record)).map((feed) => feed.set);
  const signedListed = (name: string) => signedSets.some((set) => set.lookup(name) !== null);
  const block: string[] = [];
  const signedOverAllow: string[] = [];
  for (const name of names) {
    if (allowed.lookup(name) === null || userBlocked.lookup(name) !== null) block.push(name);
    else if (signedListed(name)) {
      block.push(name);
      signedOverAllow.push(name);
    }
  }
  return { block, allow, allowExceptions: [...inputs.blocked, ...signedOverAllow] };
}

/** Where each feed's rule names are read, in the order of loadFeeds (a pending list in its feed's place). */
function ruleNameSources(feeds: readonly ActiveFeed[], pending: PendingRuleNames | undefined, store: FeedStore) {
  const sources = feeds
    .filter((feed) => feed.record.id !== pending?.feed.id)
    .map((feed) => ({
      record: feed.record,
      read: async () => (await store.loadRuleNames(feed.record.active!.setKey).catch(() => undefined)) ?? '',
    }));
  if (pending?.feed.enabled === true) sources.push({ record: pending.feed, read: async () => pending.ruleNames });
  return sources.sort((a, b) => oldestFirst(a.record, b.record));
}
