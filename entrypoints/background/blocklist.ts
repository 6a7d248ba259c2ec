import { browser } from 'wxt/browser';
import { BUILTIN_ALLOW, createEffectiveList, NameSet, PERSONAL_SOURCE, type EffectiveList, type FeedSource } from '@/rules/feeds';
import type { PartedHostSet, PartOptions } from '@/rules/feeds/set-parts';
import { CompiledHostList } from '@/rules/hosts/compiled-list';
import type { HostMatch } from '@/rules/hosts/host-list';
import { normalizeHost } from '@/rules/hosts/normalize';
import { listsOf, type PersonalLists } from '@/rules/personal/records';
import { reviewTrust, type PendingTrust } from '@/rules/personal/trust-review';
import { isActiveFeed, type FeedRecord, type StoredSet } from './feeds/records';
import { feedStore } from './feeds/store';
import { CHECK_LATER, checkAfterLookup, checkAfterThisLookup } from './checks-after-lookup';
import { bundledListBytes, dropListsAtStart, feedsToLoad, personalRecordsToLoad, trustConfirmationsToLoad } from './lists-at-start';
import { trustedRecords } from './personal-lists/index';

/**
 * The lists that can stop a site before it loads, combined (rules/feeds/effective.ts):
 * the bundled list + every enabled feed − the built-in allowlist − the user's trusted sites
 * + the user's blocked sites. Every hit names the list(s) that listed the site. A trusted site
 * that a scam list names counts only once confirmed in this browser (rules/personal/trust-review.ts).
 *
 * A wake costs milliseconds: the reads start with the worker (lists-at-start.ts), the bundled list
 * comes compiled at build time (scripts/compiled-bundled-list.ts) and feeds come from IndexedDB as
 * compiled buffers, all used as they are (no parsing). A feed's list is read part by part, only the
 * parts a lookup needs (rules/feeds/set-parts.ts): every lookup goes through `listsFor(hosts)`, which
 * reads them first. A list already read is kept across reloads caused by other lists changing.
 */
const BUNDLED_LIST_NAME = 'Scam Sentinel bundled list';
/** The id the bundled list goes by among a listing's sources. */
export const BUNDLED_SOURCE = 'bundled';

/**
 * Most names given to Chromium's dynamic blocking rules (declarativeNetRequest). They block before a
 * single byte of the site loads, even while the worker sleeps, but every name costs memory in the
 * browser and time at each rebuild; a million-name feed would make each rebuild take seconds.
 * So the dynamic rules carry the user's list and feed names up to this total (the bundled list has
 * its own static rules, compiled at build time); hits beyond it are caught by the navigation check
 * (protection.ts), which redirects a moment later.
 */
export const RULE_NAMES_BUDGET = 300_000;

let bundled: Promise<CompiledHostList> | null = null;

export function bundledList(): Promise<CompiledHostList> {
  bundled ??= loadBundledList().catch((error: unknown) => {
    bundled = null; // try again next time rather than stay unprotected for the session
    throw error;
  });
  return bundled;
}

async function loadBundledList(): Promise<CompiledHostList> {
  const bytes = await bundledListBytes();
  if (bundledDamaged) return CompiledHostList.fromArrayBuffer(bytes);
  const list = CompiledHostList.fromArrayBuffer(bytes, CHECK_LATER);
  checkAfterLookup(
    () => list.checksumsMatch(),
    () => {
      console.error('[scam-sentinel] the bundled list is damaged (its checksum does not match)');
      bundledDamaged = true;
      bundled = null;
      invalidateLists();
    },
  );
  return list;
}

let bundledDamaged = false;
/** Stored lists found damaged (by set key): checked before use from now on, so refused. */
const damagedSets = new Set<string>();

export interface ActiveFeed {
  record: FeedRecord;
  set: PartedHostSet;
  /** Every name of this feed is in the browser's blocking rules. */
  fullyInRules: boolean;
}

export interface LoadedLists {
  effective: EffectiveList;
  bundled: CompiledHostList;
  feeds: ActiveFeed[];
  /** The user's blocked sites, and the trusted sites that count in this browser. */
  personal: PersonalLists;
  /** Trusted sites a scam list names, waiting for the user's confirmation in this browser. */
  pendingTrust: PendingTrust[];
  /** The names of the scam lists (bundled list, feeds) that list a host, whatever the user's own lists say. */
  scamListsNaming(host: string): string[];
}

let loaded: Promise<LoadedLists> | null = null;
/** The lists of `loaded` are there: a lookup answers without waiting for a read (but perhaps that of a part). */
let ready = false;
const setCache = new Map<string, PartedHostSet>();
/** Stored lists a part of which could not be read or belongs to another list: skipped until replaced. */
const unreadableSets = new Set<string>();

/** Forget the combined lists; the next lookup loads them again (call after any list change). */
export function invalidateLists(): void {
  loaded = null;
  ready = false;
  dropListsAtStart();
}

export function currentLists(): Promise<LoadedLists> {
  if (loaded !== null) return loaded;
  const loading = loadLists().then(
    (lists) => {
      if (loaded === loading) ready = true;
      return lists;
    },
    (error: unknown) => {
      if (loaded === loading) loaded = null;
      throw error;
    },
  );
  loaded = loading;
  return loading;
}

/** Whether a lookup now answers at once (false after a wake or a list change, until the lists are loaded). */
export function listsLoaded(): boolean {
  return ready;
}

async function loadLists(): Promise<LoadedLists> {
  const [bundledMatcher, records, confirmations, openFeeds] = await Promise.all([
    bundledList(),
    personalRecordsToLoad().catch((error: unknown) => {
      console.warn('[scam-sentinel] personal lists unreadable:', error);
      return new Map() as Awaited<ReturnType<typeof personalRecordsToLoad>>;
    }),
    trustConfirmationsToLoad(),
    loadFeeds(),
  ]);
  const trusted = trustedRecords(records);
  // The trust review below looks up each trusted site in the feeds.
  const feeds = await withPartsFor(openFeeds, [...trusted.keys()]);
  const personal = listsOf(records);
  let budget = RULE_NAMES_BUDGET - personal.blocked.length;
  for (const feed of feeds) {
    const { entries, ruleNames } = feed.record.active!;
    feed.fullyInRules = ruleNames >= entries && ruleNames <= budget;
    budget -= Math.min(ruleNames, Math.max(budget, 0));
  }
  const bundledSource: FeedSource = { id: BUNDLED_SOURCE, set: { lookup: (host) => bundledMatcher.match(host)?.matched ?? null } };
  const sources = [bundledSource, ...feeds.map((feed) => ({ id: feed.record.id, set: feed.set, overridesAllow: isSignedFeed(feed.record) }))];
  const scamLists = createEffectiveList({ feeds: sources, builtinAllow: builtinAllow() });
  const scamListsNaming = (host: string): string[] => {
    const result = scamLists.check(host);
    return result.listed ? [...new Set(result.sources.map((id) => sourceName(id, result.matched, bundledMatcher, feeds)))] : [];
  };
  const trust = reviewTrust(trusted, confirmations, scamListsNaming);
  const effective = createEffectiveList({
    feeds: sources,
    builtinAllow: builtinAllow(),
    userTrusted: trust.effective,
    userBlocked: personal.blocked,
  });
  return {
    effective,
    bundled: bundledMatcher,
    feeds,
    personal: { blocked: personal.blocked, trusted: trust.effective },
    pendingTrust: trust.pending,
    scamListsNaming,
  };
}

let builtinAllowNames: NameSet | null = null;

/** The built-in allowlist as a set, made once a worker without the public-suffix tables (tldts: 3-11 ms at a wake). */
function builtinAllow(): NameSet {
  builtinAllowNames ??= NameSet.ofListEntries(BUILTIN_ALLOW);
  return builtinAllowNames;
}

/**
 * The project's own feed, verified against the pinned keys: its entries win over the built-in
 * allowlist and the user's trusted sites (a known site taken over by scammers stays blocked).
 */
export function isSignedFeed(record: FeedRecord): boolean {
  return record.active?.signedVersion !== undefined;
}

/** Enabled feeds with a list, oldest subscription first; a feed that cannot be read is skipped. */
async function loadFeeds(): Promise<ActiveFeed[]> {
  let records: FeedRecord[];
  let indexes: Map<string, StoredSet>;
  try {
    ({ records, indexes } = await feedsToLoad());
    records = records.filter((record) => isActiveFeed(record) && !unreadableSets.has(record.active!.setKey));
  } catch (error) {
    console.warn('[scam-sentinel] feeds unreadable, using the bundled list only:', error);
    return [];
  }
  records.sort(oldestFirst);
  const store = await feedStore();
  const feeds: ActiveFeed[] = [];
  const used = new Set<string>();
  for (const record of records) {
    const key = record.active!.setKey;
    try {
      let set = setCache.get(key);
      if (set === undefined) {
        set = await store.openSet(key, partOptions(key, record), indexes.get(key));
        if (set === undefined) continue;
        setCache.set(key, set);
      }
      used.add(key);
      feeds.push({ record, set, fullyInRules: false });
    } catch (error) {
      console.warn(`[scam-sentinel] feed ${record.name} unusable:`, error);
    }
  }
  for (const key of setCache.keys()) if (!used.has(key)) setCache.delete(key);
  return feeds;
}

/**
 * How a feed's parts are read: a part's checksum is checked just after the lookup that read it (see
 * CHECK_LATER), unless the list was found damaged before in this worker.
 */
function partOptions(key: string, record: FeedRecord): PartOptions {
  if (damagedSets.has(key)) return {};
  return {
    ...CHECK_LATER,
    onRead: (parts) =>
      checkAfterLookup(
        () => parts.every((part) => part.checksumMatches()),
        () => {
          console.warn(`[scam-sentinel] feed ${record.name} unusable: its stored list is damaged (its checksum does not match)`);
          damagedSets.add(key);
          setCache.delete(key);
          invalidateLists();
        },
      ),
  };
}

/**
 * The feeds, each with the parts of its list that lookups of these hosts (and their parents) need. A
 * feed a part of which cannot be read is left out, and skipped from now on (a missing or foreign part
 * will not come back; a damaged list is downloaded again at its next sync, under a new key).
 */
async function withPartsFor(feeds: ActiveFeed[], hosts: readonly string[]): Promise<ActiveFeed[]> {
  if (hosts.length === 0) return feeds;
  const read = await Promise.all(
    feeds.map((feed) =>
      feed.set.prepare(hosts).then(
        () => true,
        (error: unknown) => {
          console.warn(`[scam-sentinel] feed ${feed.record.name} unusable:`, error);
          unreadableSets.add(feed.record.active!.setKey);
          setCache.delete(feed.record.active!.setKey);
          return false;
        },
      ),
    ),
  );
  return feeds.filter((_feed, i) => read[i]);
}

/**
 * The lists, with what lookups of these hosts need read. Every lookup of a feed goes through here: a
 * lookup of a part not read yet throws (set-parts.ts) rather than answer from half a list.
 */
export async function listsFor(hosts: readonly string[]): Promise<LoadedLists> {
  for (;;) {
    const lists = await currentLists();
    const feeds = await withPartsFor(lists.feeds, hosts);
    checkAfterThisLookup();
    if (feeds.length === lists.feeds.length) return lists;
    // A feed became unreadable: the lists are made again without it (it is skipped from now on, so this ends).
    invalidateLists();
  }
}

export function oldestFirst(a: FeedRecord, b: FeedRecord): number {
  return a.addedAt - b.addedAt || a.id.localeCompare(b.id);
}

export interface Listing extends HostMatch {
  host: string;
  /** Ids of the lists that name the site ("bundled", "personal", feed ids). */
  sources: string[];
  /** Only the navigation check can stop this site: none of its lists is fully in the browser's rules. */
  beyondBlockRules: boolean;
}

/** Which list names the host of this URL, if any. */
export async function findListing(url: string): Promise<Listing | null> {
  if (!/^https?:\/\//i.test(url)) return null;
  const host = normalizeHost(url);
  if (host === null) return null;
  const lists = await listsFor([host]);
  const result = lists.effective.check(host);
  if (!result.listed) return null;
  const source = result.sources.map((id) => sourceName(id, result.matched, lists.bundled, lists.feeds)).join(', ');
  const beyondBlockRules = result.sources.every((id) => lists.feeds.some((feed) => feed.record.id === id && !feed.fullyInRules));
  return { host, matched: result.matched, source, sources: result.sources, beyondBlockRules };
}

function sourceName(id: string, matched: string, bundled: CompiledHostList, feeds: readonly ActiveFeed[]): string {
  if (id === BUNDLED_SOURCE) return bundled.match(matched)?.source ?? BUNDLED_LIST_NAME;
  if (id === PERSONAL_SOURCE) {
    // In the browser's language (the user's language override lives in the pages, not here).
    const getMessage = browser.i18n.getMessage as (key: string) => string;
    return getMessage('personalSourceName') || 'your own list of blocked sites';
  }
  return feeds.find((feed) => feed.record.id === id)?.record.name ?? id;
}

/** The names of the scam lists (bundled list, feeds) that list this host, whatever the user's own lists say. */
export async function scamListsNaming(host: string): Promise<string[]> {
  return (await listsFor([host])).scamListsNaming(host);
}

/** Trusted sites that count in this browser, and those waiting for the user's confirmation here. */
export async function trustInThisBrowser(): Promise<{ trusted: string[]; pending: PendingTrust[] }> {
  const lists = await currentLists();
  checkAfterThisLookup();
  return { trusted: lists.personal.trusted, pending: lists.pendingTrust };
}
