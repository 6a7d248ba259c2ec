/**
 * When and how feeds are downloaded: the numbers and decisions, without any browser API, so the
 * background's sync and schedule code stays thin and these rules are tested on their own.
 */
export const HOUR_MS = 3_600_000;
/** How often a feed without its own expiry is checked. */
export const DEFAULT_INTERVAL_MS = 12 * HOUR_MS;
/** Never sooner than this, whatever a feed's expiry says (spares the publisher's server). */
const MIN_INTERVAL_MS = 1 * HOUR_MS;
/** First retry after a failure; doubles with each further failure. */
export const FIRST_RETRY_MS = 5 * 60_000;
/** Each interval is moved by up to ±10 %, so thousands of browsers do not all ask at once. */
const JITTER = 0.1;

export interface SyncLimits {
  /** Whole download, from request to last byte. */
  timeoutMs: number;
  /** Longest silence while the body is downloading. */
  stallMs: number;
  /** Largest body accepted, in bytes. */
  maxBytes: number;
  /** Most entries (block + allow) accepted. */
  maxEntries: number;
  /** Most names of one feed kept for the browser's own blocking rules (Chromium DNR), see blocklist.ts. */
  maxRuleNames: number;
}

export const DEFAULT_SYNC_LIMITS: SyncLimits = Object.freeze({
  timeoutMs: 60_000,
  stallMs: 20_000,
  maxBytes: 64 * 1024 * 1024,
  maxEntries: 2_000_000,
  maxRuleNames: 100_000,
});

/** `random` in [0, 1). */
export function withJitter(ms: number, random: number): number {
  return Math.round(ms * (1 + JITTER * (2 * random - 1)));
}

/**
 * Time until the next check after a good download: half the time left before the feed's own
 * expiry (so a fresh copy arrives well before it lapses), between 1 h and 12 h; 12 h without one.
 */
export function intervalAfterSuccess(now: number, expires: string | undefined): number {
  const expiry = expires === undefined ? NaN : Date.parse(expires);
  if (Number.isNaN(expiry)) return DEFAULT_INTERVAL_MS;
  return Math.min(DEFAULT_INTERVAL_MS, Math.max(MIN_INTERVAL_MS, (expiry - now) / 2));
}

/** Time until the retry after `failures` failures in a row (1, 2, …): 5 min, 10, 20, … up to 12 h. */
export function retryDelay(failures: number): number {
  return Math.min(DEFAULT_INTERVAL_MS, FIRST_RETRY_MS * 2 ** Math.max(0, Math.min(failures - 1, 20)));
}

/** Lists below this size may change a lot from one day to the next. */
const SHRINK_CHECK_MIN_ENTRIES = 50;

/**
 * A list that suddenly lost more than half its entries is more likely a broken export than a
 * cleanup; keeping the last good list is the safe side. Signed feeds are exempt: the publisher
 * signed that exact content.
 */
export function shrankTooMuch(previous: number | undefined, next: number): boolean {
  return previous !== undefined && previous >= SHRINK_CHECK_MIN_ENTRIES && next * 2 < previous;
}
