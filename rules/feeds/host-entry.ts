import { getPublicSuffix } from 'tldts';
import { isListableHost, normalizeHost } from '../hosts/normalize.ts';
import { plainHost } from '../hosts/plain-host.ts';
import { mayBePublicSuffix } from '../hosts/suffix-filter.ts';

/**
 * Turns one raw list entry into the host it lists, or null when it lists no usable host.
 *
 * The result is always what `normalizeHost` would return, and always passes `isListableHost`.
 * Entries may be bare hosts, `*.wildcards`, URLs (only the site itself: a URL with a path,
 * query or fragment lists a single page, and blocking its whole host could hit a shared site
 * such as docs.google.com), Unicode (converted to punycode) or IP addresses.
 *
 * Most entries of real lists are already lower-case ASCII hosts; they take a fast path that
 * skips the URL parser (hosts/plain-host.ts). tests/unit/feeds/host-entry.test.ts checks the fast
 * path against the slow one.
 */
export function toListEntry(raw: string): string | null {
  const entry = raw.trim();
  if (entry === '' || entry.length > 2048) return null;
  // `*.` wildcards list the name itself.
  const fast = plainHost(entry.startsWith('*.') ? entry.slice(2) : entry);
  if (fast !== undefined) return plainListEntry(fast);
  return slowEntry(entry);
}

// tldts is told the input is already a clean hostname, which makes the check ~4x cheaper.
const SUFFIX_OPTIONS = {
  allowPrivateDomains: true,
  extractHostname: false,
  validateHostname: false,
  detectIp: false,
  mixedInputs: false,
} as const;

/**
 * True when the host is a public suffix itself (co.uk, github.io): such an entry lists nothing.
 * The filter spares tldts nearly every name of a big list (hosts/suffix-filter.ts).
 */
function isBareSuffix(host: string): boolean {
  return mayBePublicSuffix(host) && getPublicSuffix(host, SUFFIX_OPTIONS) === host;
}

/** toListEntry for a name that passed isPlainLowerHost: the name, or null for a bare public suffix. */
export function plainListEntry(host: string): string | null {
  return isBareSuffix(host) ? null : host;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

function slowEntry(entry: string): string | null {
  // "user@host" and "mailto:x@gmail.com" would otherwise list the mail provider's host.
  if (entry.includes('@')) return null;
  if (!isWholeSite(entry)) return null;
  const host = normalizeHost(entry);
  if (host === null || !isListableHost(host)) return null;
  return host;
}

/** False when the entry is a URL (or host/path) naming one page rather than a whole site. */
function isWholeSite(entry: string): boolean {
  const rest = entry.replace(SCHEME, '');
  if (!/[/?#\\]/.test(rest)) return true;
  try {
    const url = new URL(SCHEME.test(entry) ? entry : `http://${entry}`);
    return url.pathname === '/' && url.search === '' && url.hash === '';
  } catch {
    return false;
  }
}
