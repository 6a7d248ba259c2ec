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
}

/** A detector that is code rather than phrase data (lookalike domains, addresses, credential forms). */
export type Detector = (ctx: PageContext) => Signal[];
