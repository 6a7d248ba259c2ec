import type { ExpiryState } from './expiry';

/** What the options page shows of a feed (answer to page:feeds and the feed-changing messages). */
export interface FeedSummary {
  id: string;
  name: string;
  url: string;
  enabled: boolean;
  origin: 'default' | 'user' | 'managed';
  /** Sites in the active list; null before the first good download. */
  entries: number | null;
  /** Lines of the active list that were not site names and were skipped; null before the first good download. */
  skipped: number | null;
  /** Last time a download ended well (ms since the epoch). */
  lastSuccessAt: number | null;
  /** The last failure, when it came after the last success. */
  lastError: { code: string; message: string; at: number } | null;
  nextSyncAt: number | null;
  /**
   * A signed list past its expiry date: still used until `dropAt` ('grace'), or no longer used
   * ('dropped'). Null while the list is valid.
   */
  expiry: ExpiryState | null;
}

/** The list that comes with the extension (answer to page:feeds). */
export interface BuiltInListFacts {
  /** Site names in the compiled list the extension uses. */
  names: number;
  /** The day its data was gathered (YYYY-MM-DD, from the list's header); null if unknown. */
  madeOn: string | null;
}

export type AddFeedResult = { ok: true; feeds: FeedSummary[] } | { ok: false; reason: 'not-a-url' | 'not-https' | 'credentials' | 'duplicate' };
