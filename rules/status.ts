import type { Level, Verdict } from './verdict.ts';

/** What the background knows about a tab, as shown by the popup and the badge. */
export interface TabStatus {
  /** "web" for http(s) pages, "warning-page" while our warning replaces a listed site, "other" otherwise. */
  kind: 'web' | 'warning-page' | 'other';
  /** The site's address (for the warning page: the blocked address). */
  url: string | null;
  host: string | null;
  level: Level;
  /** Set when a blocklist names the site. */
  listing: { matched: string; source: string } | null;
  /** The user chose "Continue anyway" for this listed site in this browser session. */
  allowedForSession: boolean;
  /** The page-content verdict reported by the content script, if any. */
  verdict: Verdict | null;
}

/** Answer to page:blockInfo. */
export type BlockInfo =
  | { listed: true; url: string; host: string; matched: string; source: string }
  | { listed: false; url: string };
