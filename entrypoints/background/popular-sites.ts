import { browser } from 'wxt/browser';
import { isPopularHost, parsePopularSites } from '@/rules/hosts/popular';

/**
 * The popular sites the build ships (public/lists/popular-sites.txt, the Tranco top 50k, made by
 * npm run build:list): the false-positive gate of downloaded feeds reads them, and the page check asks
 * whether a page's site is one (its name is then no look-alike of a brand, rules/hosts/popular.ts).
 */
const POPULAR_SITES_PATH = '/lists/popular-sites.txt';

/** The shipped names, or null when the file cannot be read. */
export async function loadPopularSites(): Promise<string[] | null> {
  try {
    const response = await fetch(browser.runtime.getURL(POPULAR_SITES_PATH as '/'));
    if (!response.ok) return null;
    return parsePopularSites(await response.text());
  } catch {
    return null;
  }
}

let cached: Promise<ReadonlySet<string>> | null = null;

/** True when the host is a popular site or lies under one. Read once per worker; an unreadable file is read again next time. */
export async function isPopularSite(host: string): Promise<boolean> {
  cached ??= loadPopularSites().then((names) => {
    if (names === null) cached = null;
    return new Set(names ?? []);
  });
  return isPopularHost(host, await cached);
}
