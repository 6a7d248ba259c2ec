import type { FeedFormat } from '@/rules/feeds';

/**
 * What the feeds database holds, record by record (store.ts reads and writes them): a feed's subscription
 * with its active list and sync status, and a compiled list's index record.
 */

export interface ActiveList {
  setKey: string;
  /** Distinct hosts blocked by this list (after the gate and the feed's own allowlist). */
  entries: number;
  /** Entries that were not valid site names. */
  skipped: number;
  /** Entries dropped by the false-positive gate. */
  droppedByGate: number;
  format: FeedFormat;
  etag?: string;
  lastModified?: string;
  /** Signed feeds only: the version accepted (older ones are refused as rollbacks) and expiry. */
  signedVersion?: number;
  expires?: string;
  /** When this list was downloaded. */
  fetchedAt: number;
  bytes: number;
  /** How many of its names the browser's own blocking rules carry (the rest: navigation check). */
  ruleNames: number;
}

export interface FeedError {
  code: string;
  /** Plain words, English (the options page shows a translated text per code). */
  message: string;
  at: number;
}

export interface FeedStatus {
  lastAttemptAt?: number;
  /** Last time a download ended well (a new list, or "not modified"). */
  lastSuccessAt?: number;
  lastError?: FeedError;
  /** Failures in a row, for the back-off. */
  failures: number;
  nextSyncAt?: number;
}

/**
 * What a feed's signed lists promised, kept on the feed itself (not on its active list, which a
 * refused download, a decoy or the expiry drop may change): once a signed list was accepted, the
 * feed only ever takes signed lists, of a higher version, or the same version with the same content.
 */
export interface SignedMemory {
  /** Highest version accepted. */
  version: number;
  /** SHA-256 (base64) of that version's body; absent for lists accepted before it was kept. */
  digest?: string;
  /** That version's expiry date (ISO 8601). */
  expires: string;
}

export interface FeedRecord {
  id: string;
  url: string;
  name: string;
  enabled: boolean;
  origin: 'default' | 'user' | 'managed';
  addedAt: number;
  active: ActiveList | null;
  status: FeedStatus;
  /** Set by the first signed list accepted; never cleared while the feed exists. */
  signed?: SignedMemory;
  /** The signing key an administrator named for this feed (raw Ed25519, base64): only it may sign its lists. */
  publicKey?: string;
}

/** The signed memory of a feed, including one stored before `signed` existed (from its active list). */
export function signedMemoryOf(feed: FeedRecord): SignedMemory | undefined {
  if (feed.signed !== undefined) return feed.signed;
  const active = feed.active;
  return active?.signedVersion === undefined ? undefined : { version: active.signedVersion, expires: active.expires ?? '' };
}

export interface SetRecord {
  key: string;
  feedId: string;
  createdAt: number;
  /** Up to SyncLimits.maxRuleNames names, "\n"-separated (one string clones far faster than an array). */
  ruleNames: string;
}

/**
 * A set as the `sets` store holds it: its seed and part count, its parts being in `setParts`; or, stored
 * by database version 2 or older, the whole CompactHostSet buffer.
 */
export type StoredSet = Omit<SetRecord, 'ruleNames'> & ({ seed: number; partBits: number } | { block: ArrayBuffer });

/** A feed whose stored list counts: switched on, with a list. */
export function isActiveFeed(feed: FeedRecord): boolean {
  return feed.enabled && feed.active !== null;
}
