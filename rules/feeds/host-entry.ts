import { getPublicSuffix } from 'tldts';
import { isListableHost, normalizeHost } from '../hosts/normalize.ts';

/**
 * Turns one raw list entry into the host it lists, or null when it lists no usable host.
 *
 * The result is always what `normalizeHost` would return, and always passes `isListableHost`.
 * Entries may be bare hosts, `*.wildcards`, URLs (only the site itself: a URL with a path,
 * query or fragment lists a single page, and blocking its whole host could hit a shared site
 * such as docs.google.com), Unicode (converted to punycode) or IP addresses.
 *
 * Most entries of real lists are already lower-case ASCII hosts; they take a fast path that
 * skips the URL parser (about 10x faster, which keeps a 1M-line feed within budget).
 * tests/unit/feeds/host-entry.test.ts checks the fast path against the slow one.
 */
export function toListEntry(raw: string): string | null {
  const entry = raw.trim();
  if (entry === '' || entry.length > 2048) return null;
  const fast = fastPlainHost(entry);
  if (fast !== undefined) return fast === null || isBareSuffix(fast) ? null : fast;
  return slowEntry(entry);
}

const MAX_HOST_LENGTH = 253;
const MAX_LABEL_LENGTH = 63;
const DOT = 46;
const HYPHEN = 45;

// tldts is told the input is already a clean hostname, which makes the check ~4x cheaper.
const SUFFIX_OPTIONS = {
  allowPrivateDomains: true,
  extractHostname: false,
  validateHostname: false,
  detectIp: false,
  mixedInputs: false,
} as const;

/** True when the host is a public suffix itself (co.uk, github.io): such an entry lists nothing. */
function isBareSuffix(host: string): boolean {
  return getPublicSuffix(host, SUFFIX_OPTIONS) === host;
}

/**
 * Handles the common case without the URL parser: `[*.]label(.label)+[.]` made only of
 * [a-zA-Z0-9_-]. Returns undefined when the entry needs the full parser (anything else,
 * including punycode labels, which the URL parser validates, and a numeric last label,
 * which it reads as an IPv4 address).
 */
function fastPlainHost(entry: string): string | null | undefined {
  let start = entry.startsWith('*.') ? 2 : 0;
  let end = entry.length;
  if (end > start && entry.charCodeAt(end - 1) === DOT) end -= 1;
  if (end - start > MAX_HOST_LENGTH || end <= start) return undefined;
  let labelStart = start;
  let labels = 0;
  let upper = false;
  for (let i = start; i <= end; i++) {
    const c = i === end ? DOT : entry.charCodeAt(i);
    if (c === DOT) {
      const length = i - labelStart;
      if (length === 0 || length > MAX_LABEL_LENGTH) return undefined;
      if (entry.charCodeAt(labelStart) === HYPHEN || entry.charCodeAt(i - 1) === HYPHEN) return undefined;
      labels += 1;
      labelStart = i + 1;
    } else if (c >= 65 && c <= 90) {
      upper = true;
    } else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === HYPHEN || c === 95)) {
      return undefined;
    }
  }
  if (labels < 2) return undefined;
  const tldFirst = entry.charCodeAt(entry.lastIndexOf('.', end - 1) + 1) | 0x20;
  if (tldFirst < 97 || tldFirst > 122) return undefined;
  let host = start === 0 && end === entry.length ? entry : entry.slice(start, end);
  if (upper) host = host.toLowerCase();
  if (host.includes('xn--')) return undefined;
  return host;
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
