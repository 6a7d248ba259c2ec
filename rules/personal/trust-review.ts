import * as z from 'zod/mini';

/**
 * Trust never silently overrides a scam list.
 *
 * A trusted site that a scam list names (the bundled list or a feed) only counts as trusted in
 * this browser once the user confirmed it here, after being told which lists name it and that
 * scammers ask their victims to do exactly this. Trust that arrives without that moment — synced
 * from another browser, loaded from a file, or a site trusted long before a list named it — waits
 * as "pending" and changes nothing until the user confirms it in this browser's options page (in
 * family mode with the PIN, since confirming is a protected change).
 *
 * A confirmation is kept per browser (storage.local, never synced) and names the exact trust
 * record it confirms (its host and decision time): when the site is trusted again later (another
 * browser removed and re-added it), that is a new decision and needs a new confirmation.
 */
export const TRUST_CONFIRMATIONS_KEY = 'trustConfirmations';

/** host → decision time (seconds) of the trust record the user confirmed. */
export type TrustConfirmations = Map<string, number>;

const StoredConfirmationsSchema = z.record(z.string().check(z.maxLength(253)), z.int().check(z.gte(0)));

/** Stored confirmations, never trusted: a damaged record confirms nothing (the sites wait again). */
export function loadTrustConfirmations(stored: unknown): TrustConfirmations {
  const parsed = StoredConfirmationsSchema.safeParse(stored);
  return parsed.success ? new Map(Object.entries(parsed.data)) : new Map();
}

export function storedTrustConfirmations(confirmations: TrustConfirmations): Record<string, number> {
  return Object.fromEntries(confirmations);
}

export interface PendingTrust {
  host: string;
  /** The scam lists that name the site, by their names. */
  lists: string[];
}

interface TrustReview {
  /** Trusted sites that count in this browser. */
  effective: string[];
  /** Trusted sites a scam list names, waiting for the user's confirmation in this browser. */
  pending: PendingTrust[];
}

/**
 * Splits the trusted sites (host → decision time) into those that count and those that wait.
 * `listedBy` names the scam lists that list a host, without the user's own lists.
 */
export function reviewTrust(
  trusted: ReadonlyMap<string, number>,
  confirmations: TrustConfirmations,
  listedBy: (host: string) => string[],
): TrustReview {
  const review: TrustReview = { effective: [], pending: [] };
  for (const [host, at] of [...trusted].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const lists = listedBy(host);
    if (lists.length === 0 || confirmations.get(host) === at) review.effective.push(host);
    else review.pending.push({ host, lists });
  }
  return review;
}

/**
 * The confirmations after the user confirms the current trust of `host`. Confirmations of
 * decisions no longer current are dropped on the way, so the record stays as small as the list.
 */
export function withConfirmation(confirmations: TrustConfirmations, host: string, trusted: ReadonlyMap<string, number>): TrustConfirmations {
  const at = trusted.get(host);
  const kept = new Map([...confirmations].filter(([name, confirmedAt]) => trusted.get(name) === confirmedAt));
  if (at !== undefined) kept.set(host, at);
  return kept;
}
