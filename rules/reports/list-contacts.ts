import { DEFAULT_FEEDS } from '../feeds-config/default-feeds.ts';
import type { Signal } from '../verdict.ts';

/** A list that names a site, and the project page where its makers take corrections (null: none known). */
export interface ListContact {
  /** The list's own name, as the background names a listing (shown to the user in plain words). */
  name: string;
  homepage: string | null;
}

/**
 * Project pages of the lists a listing can come from: the default feeds (default-feeds.ts) and the
 * bundled list's sections (scripts/build-bundled-list.ts, credited in the README). Feeds added by the
 * user or an administrator have no known page.
 */
const HOMEPAGE_BY_NAME: ReadonlyMap<string, string> = new Map([
  ...DEFAULT_FEEDS.map((feed) => [feed.name, feed.homepage] as const),
  ['EtherAddressLookup blacklist', 'https://github.com/409H/EtherAddressLookup'],
]);

/**
 * The lists to contact about a site listed by mistake, from the report's blocklist signal
 * ("name.example (List A, List B)", rules/reports/evidence.ts).
 */
export function listContacts(signals: readonly Signal[]): ListContact[] {
  const names = signals
    .filter((signal) => signal.id === 'blocklist.listed')
    .flatMap((signal) => {
      const open = signal.evidence.indexOf(' (');
      if (open < 0 || !signal.evidence.endsWith(')')) return [];
      return signal.evidence.slice(open + 2, -1).split(', ');
    })
    .map((name) => name.trim())
    .filter(Boolean);
  return [...new Set(names)].map((name) => ({ name, homepage: HOMEPAGE_BY_NAME.get(name) ?? null }));
}
