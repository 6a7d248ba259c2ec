/**
 * What happens to a signed list whose publisher stopped renewing it. Its own expiry date says
 * when the publisher no longer vouches for it; past that date the list is still the best we have
 * (a publisher's server down for a weekend should not leave people unprotected), so it stays in
 * use for a grace period while the options page says it is out of date, and is then dropped: an
 * abandoned or hijacked feed must not freeze a stale list forever. The bundled list and the other
 * feeds keep protecting either way.
 */
const DAY_MS = 86_400_000;

/**
 * Seven days: long enough to ride out a publisher's outage over a long weekend or a holiday
 * (syncs retry every few hours meanwhile), short enough that a list nobody maintains stops
 * deciding what people may open within a week.
 */
export const EXPIRED_GRACE_MS = 7 * DAY_MS;

export type ExpiryState =
  /** Past its expiry, still in use until `dropAt`. */
  | { state: 'grace'; expiredAt: number; dropAt: number }
  /** Past the grace period: no longer used. */
  | { state: 'dropped'; expiredAt: number; dropAt: number };

/** Null while the list is valid (or has no expiry date). */
export function expiryState(expires: string | undefined, now: number): ExpiryState | null {
  const expiredAt = expires === undefined ? NaN : Date.parse(expires);
  if (Number.isNaN(expiredAt) || now < expiredAt) return null;
  const dropAt = expiredAt + EXPIRED_GRACE_MS;
  return { state: now < dropAt ? 'grace' : 'dropped', expiredAt, dropAt };
}
