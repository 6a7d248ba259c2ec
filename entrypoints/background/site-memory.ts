import { browser } from 'wxt/browser';
import { normalizeHost, registrableDomain } from '@/rules/hosts/normalize';
import { worseLevel, type Verdict } from '@/rules/verdict';

/**
 * What was learnt about each site during this browser session: the worst page verdict seen on it
 * (so every page of a flagged site is covered) and whether the user dismissed its banner.
 * Keyed by registrable domain; kept in storage.session so a sleeping worker forgets nothing.
 */
const VERDICTS_KEY = 'siteVerdicts';
const DISMISSED_KEY = 'dismissedBanners';
const CHECKED_KEY = 'checkedPages';
const MAX_SITES = 500;

/**
 * The site of a page's address, however long the address is: a page opened with a 16 kB #fragment is still
 * its site (normalizeHost refuses over-long input, so it is given the origin only).
 */
export function pageOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

export function pageHost(url: string): string | null {
  return normalizeHost(pageOrigin(url));
}

export function siteKey(host: string): string {
  return registrableDomain(host) ?? host;
}

async function readVerdicts(): Promise<Record<string, Verdict>> {
  const stored = (await browser.storage.session.get(VERDICTS_KEY))[VERDICTS_KEY];
  return stored && typeof stored === 'object' ? (stored as Record<string, Verdict>) : {};
}

export async function siteVerdict(host: string): Promise<Verdict | null> {
  return (await readVerdicts())[siteKey(host)] ?? null;
}

/** Keeps the worse of the stored and the new verdict for the site; returns what is now stored. */
export async function rememberVerdict(host: string, verdict: Verdict): Promise<Verdict> {
  const verdicts = await readVerdicts();
  const key = siteKey(host);
  const previous = verdicts[key];
  const kept = previous && worseLevel(previous.level, verdict.level) === previous.level && previous.level !== verdict.level ? previous : verdict;
  if (kept.level === 'ok' && !previous) return kept;
  const next = { ...verdicts, [key]: kept };
  const keys = Object.keys(next);
  if (keys.length > MAX_SITES) delete next[keys[0]!];
  await browser.storage.session.set({ [VERDICTS_KEY]: next });
  return kept;
}

export async function isBannerDismissed(host: string): Promise<boolean> {
  const stored = (await browser.storage.session.get(DISMISSED_KEY))[DISMISSED_KEY];
  return Array.isArray(stored) && stored.includes(siteKey(host));
}

export async function dismissBanner(host: string): Promise<void> {
  const stored = (await browser.storage.session.get(DISMISSED_KEY))[DISMISSED_KEY];
  const list = Array.isArray(stored) ? (stored as string[]) : [];
  const key = siteKey(host);
  if (!list.includes(key)) await browser.storage.session.set({ [DISMISSED_KEY]: [...list, key].slice(-MAX_SITES) });
}

/** Notes that the page checks looked at the page a tab shows (so "no signs found" can be said). */
export async function recordPageCheck(tabId: number, url: string): Promise<void> {
  const stored = (await browser.storage.session.get(CHECKED_KEY))[CHECKED_KEY];
  const checked = stored && typeof stored === 'object' ? (stored as Record<string, string>) : {};
  const next: Record<string, string> = { ...checked, [tabId]: url };
  const tabs = Object.keys(next);
  if (tabs.length > MAX_SITES) delete next[tabs[0]!];
  await browser.storage.session.set({ [CHECKED_KEY]: next });
}

export async function wasPageChecked(tabId: number, url: string): Promise<boolean> {
  const stored = (await browser.storage.session.get(CHECKED_KEY))[CHECKED_KEY];
  return Boolean(stored && typeof stored === 'object' && (stored as Record<string, string>)[tabId] === url);
}
