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
  /** The page checks have looked at the page now shown in the tab. */
  pageChecked: boolean;
  /**
   * The browser lets the extension read this site (entrypoints/background/site-access.ts). False when a person
   * took that away in the browser's settings: the page is not checked, whatever else the status says.
   */
  siteAccess: boolean;
}

/** Plain-language explanations of a verdict's signals, by rule id, in the user's language (filled by the
 * background, so extension pages never load the engine and its rule packs just for these texts). */
export type SignalTexts = Readonly<Record<string, string>>;

/** Answer to page:tabStatus: the tab's status and the explanations of its signals. */
export type TabStatusAnswer = TabStatus & { explanations: SignalTexts };

/**
 * Marks a warning page (interstitial.html?replaced#<URL>) put in place of a listed page that had already opened
 * (served by the site's own service worker): that page is the history entry just before, so "Go back" steps over it.
 */
export const REPLACED_PAGE_PARAM = 'replaced';

/**
 * Answer to page:blockInfo. A listed `url` of '' stands for a visit a static rule blocked before the
 * extension could learn its address (the first moments after install): the page warns without it.
 */
export type BlockInfo =
  | { listed: true; url: string; host: string; matched: string; source: string }
  | { listed: true; url: ''; host: null }
  | { listed: false; url: string };

/** The UI text keys the in-page banner needs; the background sends them in the user's language. */
export const BANNER_TEXT_KEYS = [
  'bannerWarningTitle',
  'bannerDangerTitle',
  'bannerLead',
  'bannerLeave',
  'bannerWhy',
  'bannerHideWhy',
  'bannerDismiss',
  'bannerReasonsHeading',
  'bannerGuardianFrameTitle',
  'bannerFieldTitle',
  'mistakeAction',
] as const;
export type BannerTextKey = (typeof BANNER_TEXT_KEYS)[number];

/** One reason the banner gives: the rule's plain-language explanation and the words that matched. */
export interface BannerReason {
  id: string;
  text: string;
  evidence: string;
}

/** Everything the banner shows, in the user's language; sent by the background only for a flagged page. */
export interface BannerModel {
  level: 'warning' | 'danger';
  lang: string;
  /** The banner's title, naming the kind of scam when the signs point to one (rules/scam-kind.ts). */
  title: string;
  /** The user's "Larger text" setting. */
  largeText: boolean;
  /**
   * A compact reminder instead of the banner: "continued" on a listed site opened with "Continue anyway"
   * (title and "Leave this site" only); "field" when the user, after closing the banner, puts the focus in
   * a money, card, phone, wallet or password field (title, "Leave this site" and ×).
   */
  reminder?: 'continued' | 'field';
  text: Record<BannerTextKey, string>;
  reasons: BannerReason[];
  /**
   * A family guardian is set up. The banner then frames guardian-call.html, which names them: the page's
   * scripts cannot read a frame of the extension's origin, so the name and number stay out of their reach.
   */
  guardianSet: boolean;
}

/** Answer to content:check. */
export interface CheckAnswer {
  /** False when the user trusts the site or turned page checks off: the content script stops checking. */
  active: boolean;
  /** The banner the top frame should show (null: none, or the user closed it on this site). */
  banner: BannerModel | null;
  /** The user closed the banner of this flagged site: the reminder to show once at a sensitive field. */
  fieldReminder?: BannerModel;
}

/** The compact reminder of a banner the user closed, shown when the focus reaches a sensitive field. */
export function fieldReminderOf(banner: BannerModel): BannerModel {
  return { ...banner, title: banner.text.bannerFieldTitle, reasons: [], reminder: 'field' };
}

