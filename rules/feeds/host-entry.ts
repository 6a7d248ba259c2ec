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
  if (fast !== undefined) return plainListEntry(fast);
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
 * [a-zA-Z0-9_-]. Returns undefined when the entry needs the full parser.
 */
function fastPlainHost(entry: string): string | undefined {
  const start = entry.startsWith('*.') ? 2 : 0;
  let end = entry.length;
  if (end > start && entry.charCodeAt(end - 1) === DOT) end -= 1;
  const shape = plainHostShape(entry, start, end);
  if (shape === NOT_PLAIN) return undefined;
  const host = start === 0 && end === entry.length ? entry : entry.slice(start, end);
  return shape === PLAIN_WITH_UPPER ? host.toLowerCase() : host;
}

const NOT_PLAIN = 0;
const PLAIN = 1;
const PLAIN_WITH_UPPER = 2;

/**
 * Whether text[start, end) is a host name the URL parser would return unchanged (once lower-cased):
 * two labels or more of [a-zA-Z0-9_-], each 1-63 long and neither starting nor ending with a
 * hyphen, 253 characters at most, a last label starting with a letter (a numeric one is read as
 * an IPv4 address) and no punycode label (`xn--`, which the URL parser validates). Anything else
 * is NOT_PLAIN and goes to the full parser, which gives the same answer for plain names.
 */
function plainHostShape(text: string, start: number, end: number): number {
  if (end - start > MAX_HOST_LENGTH || end <= start) return NOT_PLAIN;
  let labelStart = start;
  let labels = 0;
  let upper = false;
  for (let i = start; i <= end; i++) {
    const c = i === end ? DOT : text.charCodeAt(i);
    if (c === DOT) {
      const length = i - labelStart;
      if (length === 0 || length > MAX_LABEL_LENGTH) return NOT_PLAIN;
      if (text.charCodeAt(labelStart) === HYPHEN || text.charCodeAt(i - 1) === HYPHEN) return NOT_PLAIN;
      if (length >= 4 && isPunycodePrefix(text, labelStart)) return NOT_PLAIN;
      labels += 1;
      labelStart = i + 1;
    } else if (c >= 65 && c <= 90) {
      upper = true;
    } else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === HYPHEN || c === 95)) {
      return NOT_PLAIN;
    }
  }
  if (labels < 2) return NOT_PLAIN;
  const tldFirst = text.charCodeAt(text.lastIndexOf('.', end - 1) + 1) | 0x20;
  if (tldFirst < 97 || tldFirst > 122) return NOT_PLAIN;
  return upper ? PLAIN_WITH_UPPER : PLAIN;
}

/** "xn--" in any case at `at`. */
function isPunycodePrefix(text: string, at: number): boolean {
  return (text.charCodeAt(at) | 0x20) === 120 && (text.charCodeAt(at + 1) | 0x20) === 110 && text.charCodeAt(at + 2) === HYPHEN && text.charCodeAt(at + 3) === HYPHEN;
}

/**
 * The fast path of the feed parsers (one call per line of a 1M-line list): true when text[start,
 * end) is a plain lower-case host name, which toListEntry would return as it is unless it is a
 * bare public suffix (plainListEntry). No string is made for the check.
 */
export function isPlainLowerHost(text: string, start: number, end: number): boolean {
  return plainHostShape(text, start, end) === PLAIN;
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
