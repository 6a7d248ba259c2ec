import { parse } from 'tldts';
import { plainHost, plainUrlHost } from './plain-host.ts';

/**
 * Hostname handling shared by every list, matcher and parser.
 *
 * A host is "normal" when it is lower-case ASCII (IDN labels in punycode), has no trailing dot,
 * no port, no credentials, and is a syntactically valid DNS name or IP address.
 */

const MAX_HOST_LENGTH = 253;
/** Longer input is refused, not parsed. */
const MAX_INPUT_LENGTH = 2048;
const LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;

/** Turns a hostname or URL-ish string into a normal host, or null when it is not one. */
export function normalizeHost(input: string): string | null {
  const raw = input.trim();
  // Accept full URLs and bare hosts alike; strip "*." wildcards used by some lists.
  const name = raw.startsWith('*.') ? raw.slice(2) : raw;
  return plainHost(name) ?? (raw.length <= MAX_INPUT_LENGTH ? plainUrlHost(raw) : undefined) ?? normalizeHostByUrl(input);
}

/** normalizeHost through the URL parser alone, for any input (the reference of its fast path). */
export function normalizeHostByUrl(input: string): string | null {
  let raw = input.trim();
  if (raw === '' || raw.length > MAX_INPUT_LENGTH) return null;
  if (raw.startsWith('*.')) raw = raw.slice(2);
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw);
  // A bare entry with "@" is an e-mail address or a trick ("a.com/x@evil.com"), never a host.
  if (!hasScheme && raw.includes('@')) return null;
  let host: string;
  try {
    // The URL parser applies IDNA (Unicode → punycode) and lower-cases, in Node and in browsers.
    host = new URL(hasScheme ? raw : `http://${raw}`).hostname;
  } catch {
    return null;
  }
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host.startsWith('[')) return null; // IPv6 literals are never listed by name.
  // The URL parser completes short IPv4 forms ("2.3.4" → "2.3.0.4"); such input is no address.
  if (/^[\d.]+$/.test(host) && !raw.toLowerCase().includes(host)) return null;
  if (host === '' || host.length > MAX_HOST_LENGTH) return null;
  const labels = host.split('.');
  if (labels.length < 2 && !/^\d+$/.test(host)) return null;
  if (!labels.every((label) => LABEL.test(label))) return null;
  return host;
}

/** The registrable domain ("eTLD+1", private suffixes such as github.io included), or null. */
export function registrableDomain(host: string): string | null {
  const info = parse(host, { allowPrivateDomains: true });
  if (info.isIp) return host;
  return info.domain ?? null;
}

/**
 * The names under which a host may be listed: the host itself and each parent down to its
 * registrable domain. A public suffix on its own (co.uk, github.io) yields nothing, so such
 * entries can never block a whole suffix.
 */
export function candidateDomains(host: string): string[] {
  const domain = registrableDomain(host);
  if (domain === null) return [];
  if (domain === host) return [host];
  if (!host.endsWith(`.${domain}`)) return [];
  const out: string[] = [];
  let current = host;
  while (current.length > domain.length) {
    out.push(current);
    current = current.slice(current.indexOf('.') + 1);
  }
  out.push(domain);
  return out;
}

/** True when the host is a syntactically valid list entry that can match something. */
export function isListableHost(host: string): boolean {
  return registrableDomain(host) !== null;
}
