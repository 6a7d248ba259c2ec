import { isListableHost, normalizeHost } from '../hosts/normalize.ts';

/**
 * The user's own lists: sites they block and sites they trust.
 *
 * Several browsers of the same user change these lists independently and sync them later, so the
 * lists are kept as a last-writer-wins map per host: every host has one record saying which list
 * it is on (or that it was removed: a "tombstone", so a removal is not undone by another device's
 * older copy) and when that was decided. Merging takes, for each host, the newest record. Merging
 * is commutative, associative and idempotent, so every device converges to the same lists whatever
 * order the changes arrive in, and two devices' concurrent changes to different hosts both survive.
 */
export type PersonalListName = 'blocked' | 'trusted';

export interface PersonalRecord {
  /** The list the host is on, or null once it was removed. */
  list: PersonalListName | null;
  /** When this was decided: whole seconds since the epoch (what the sync format stores). */
  at: number;
}

/** host → its record. Hosts are normal and listable (normalizeHost output). */
export type PersonalRecords = Map<string, PersonalRecord>;

export interface PersonalLists {
  blocked: string[];
  trusted: string[];
}

/** Deterministic tie-break for equal times, so every device picks the same winner: safety first. */
const RANK: Record<string, number> = { blocked: 2, trusted: 1, null: 0 };

/** True when `a` supersedes `b`. */
export function isNewer(a: PersonalRecord, b: PersonalRecord): boolean {
  if (a.at !== b.at) return a.at > b.at;
  return RANK[String(a.list)]! > RANK[String(b.list)]!;
}

/** The newest record of every host across all the given record sets. */
export function mergeRecords(...sets: PersonalRecords[]): PersonalRecords {
  const merged: PersonalRecords = new Map();
  for (const set of sets) {
    for (const [host, record] of set) {
      const current = merged.get(host);
      if (current === undefined || isNewer(record, current)) merged.set(host, record);
    }
  }
  return merged;
}

/**
 * The record a device writes when the user puts `host` on `list` (null: removes it).
 * Its time is after the merged view's record for that host even when this device's clock lags
 * behind another device's, so the user's latest action always wins.
 */
export function recordFor(merged: PersonalRecords, host: string, list: PersonalListName | null, nowSeconds: number): PersonalRecord {
  const previous = merged.get(host);
  const at = previous === undefined ? nowSeconds : Math.max(nowSeconds, previous.at + 1);
  return { list, at };
}

/** The lists as the user sees them, sorted. */
export function listsOf(records: PersonalRecords): PersonalLists {
  const lists: PersonalLists = { blocked: [], trusted: [] };
  for (const [host, record] of records) if (record.list !== null) lists[record.list].push(host);
  lists.blocked.sort();
  lists.trusted.sort();
  return lists;
}

/**
 * A user-typed site ("https://www.Example.com/path", "example.com") as a list entry, or null.
 * A leading "www." is dropped: people mean the whole site, and a listed name covers its subdomains.
 */
export function personalHost(input: string): string | null {
  let host = normalizeHost(input);
  if (host === null) return null;
  if (host.startsWith('www.') && isListableHost(host.slice(4))) host = host.slice(4);
  return isListableHost(host) ? host : null;
}
