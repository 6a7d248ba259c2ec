import type { PageSnapshot } from '../snapshot.ts';
import type { Signal } from '../verdict.ts';

/** A page prepared once for every detector. */
export interface PageContext {
  snapshot: PageSnapshot;
  /** Normalised host of snapshot.url, or null when the page has no usable URL. */
  host: string | null;
  /** Normalised text (see rules/engine/normalize.ts): what phrase rules match against. */
  text: string;
  /** The declared or detected page language, if known (e.g. "it"). */
  lang: string | null;
  /**
   * Matches of the brand-claim phrases in `text` (flat [pattern, end] pairs, see detectors/brand-claim.ts),
   * found by the engine's one phrase scan. Absent when a detector is run on a context built by hand.
   */
  brandClaimMatches?: readonly number[];
  /**
   * Wallet-issue concepts (detectors/wallet-issues.ts) whose stems start a word in `text`, found by the same scan.
   * Absent when a detector is run on a context built by hand.
   */
  issueConcepts?: ReadonlySet<string>;
  /** The page's site is a popular one (rules/hosts/popular.ts): its name is no look-alike of a brand. */
  popularSite?: boolean;
}

/** A detector that is code rather than phrase data (lookalike domains, addresses, credential forms). */
export type Detector = (ctx: PageContext) => Signal[];
