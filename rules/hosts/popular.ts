import { candidateDomains } from './normalize.ts';

/**
 * The popular sites (the Tranco top 50k, shipped as public/lists/popular-sites.txt by npm run build:list).
 * Feeds never block them (rules/hosts/gate.ts), and their names are never called look-alikes of a brand:
 * a site among the world's 50,000 most visited is a brand's own mirror, its regional or corporate site
 * ("bybit.org", "coinbase-corp.com"), or something else entirely, never a fresh phishing name.
 */

/** The names of the shipped file's format: one hostname a line, `#` comments. */
export function parsePopularSites(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
}

/** True when the host is a popular site or lies under one (never for a site under a public suffix like github.io). */
export function isPopularHost(host: string, popular: ReadonlySet<string>): boolean {
  return candidateDomains(host).some((name) => popular.has(name));
}
