import { normalizeHost } from '../hosts/normalize.ts';
import type { HostLookup } from './compact-set.ts';
import { NameSet } from './name-set.ts';

/** Source id reported when the user's own blocked-sites list matched. */
export const PERSONAL_SOURCE = 'personal';

export interface FeedSource {
  /** Stable id, reported in `sources`. */
  id: string;
  /** The feed's compiled set (CompactHostSet) or any other lookup. */
  set: HostLookup;
  /**
   * Set for the project's own signed feed: its entries are not cancelled by the built-in
   * allowlist nor by the user's trusted sites (e.g. a known-good exchange's domain taken over
   * by scammers). Off for every third-party feed.
   */
  overridesAllow?: boolean;
}

interface EffectiveListInput {
  feeds: readonly FeedSource[];
  /** Legitimate sites no third-party feed may block (BUILTIN_ALLOW, or a NameSet of it built once). */
  builtinAllow?: Iterable<string> | NameSet;
  /** Sites the user marked as trusted. */
  userTrusted?: Iterable<string>;
  /** Sites the user blocked: always blocked, whatever else says. */
  userBlocked?: Iterable<string>;
}

export type CheckResult =
  | { listed: false; allowedBy?: 'user-trusted' | 'builtin-allow' }
  | {
      listed: true;
      /** Ids of the feeds that list the site, PERSONAL_SOURCE first when the user blocked it. */
      sources: string[];
      /** The listed name that matched: the host itself or a parent (most specific one). */
      matched: string;
    };

export interface EffectiveList {
  /** Takes a host or URL. */
  check(host: string): CheckResult;
}

/**
 * Combines the feeds, the built-in allowlist and the user's lists into one answer:
 * 1. user-blocked sites are always listed (with every feed that also lists them);
 * 2. a user-trusted or built-in-allowed site is not listed, unless a feed with
 *    `overridesAllow` (the project's signed feed) lists it;
 * 3. otherwise a site is listed when any feed lists it or a parent of it.
 * Rebuild it (cheap: only the small lists are copied) when a list changes.
 */
export function createEffectiveList(input: EffectiveListInput): EffectiveList {
  const builtinAllow = input.builtinAllow instanceof NameSet ? input.builtinAllow : new NameSet(input.builtinAllow);
  const userTrusted = new NameSet(input.userTrusted);
  const userBlocked = new NameSet(input.userBlocked);
  const feeds = [...input.feeds];

  return {
    check(raw: string): CheckResult {
      const host = normalizeHost(raw);
      if (host === null) return { listed: false };
      const hits = feeds.flatMap((feed) => {
        const matched = feed.set.lookup(host);
        return matched === null ? [] : [{ feed, matched }];
      });
      const blockedByUser = userBlocked.lookup(host);
      if (blockedByUser !== null) {
        return { listed: true, sources: [PERSONAL_SOURCE, ...hits.map((hit) => hit.feed.id)], matched: blockedByUser };
      }
      const allowedBy =
        userTrusted.lookup(host) !== null ? 'user-trusted' : builtinAllow.lookup(host) !== null ? 'builtin-allow' : undefined;
      const kept = allowedBy === undefined ? hits : hits.filter((hit) => hit.feed.overridesAllow === true);
      if (kept.length === 0) return allowedBy === undefined ? { listed: false } : { listed: false, allowedBy };
      return { listed: true, sources: kept.map((hit) => hit.feed.id), matched: mostSpecific(kept.map((hit) => hit.matched)) };
    },
  };
}

function mostSpecific(names: string[]): string {
  return names.reduce((best, name) => (name.length > best.length ? name : best));
}
