import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toListEntry } from '../../../rules/feeds/host-entry.ts';
import { isListableHost, normalizeHost, normalizeHostByUrl } from '../../../rules/hosts/normalize.ts';
import { hostLike, rawEntry } from './arbitraries.ts';

/** What the fast path must agree with for plain host strings: the shared normaliser, through the URL parser. */
function reference(host: string): string | null {
  const normal = normalizeHostByUrl(host);
  return normal !== null && isListableHost(normal) ? normal : null;
}

describe('toListEntry', () => {
  it('accepts plain hosts, wildcards, URLs of a whole site, Unicode and IPs', () => {
    expect(toListEntry('Scam-Wallet.COM')).toBe('scam-wallet.com');
    expect(toListEntry('  *.evil.example.  ')).toBe('evil.example');
    expect(toListEntry('https://evil.example/')).toBe('evil.example');
    expect(toListEntry('http://evil.example:8080')).toBe('evil.example');
    expect(toListEntry('bücher.de')).toBe('xn--bcher-kva.de');
    expect(toListEntry('198.51.100.7')).toBe('198.51.100.7');
  });

  it('skips public suffixes, page URLs, credentials and junk', () => {
    for (const entry of ['co.uk', 'github.io', '*.pages.dev', 'com', 'localhost', '']) expect(toListEntry(entry)).toBeNull();
    expect(toListEntry('https://docs.google.com/forms/d/e/abc/viewform')).toBeNull();
    expect(toListEntry('twitter.com/scammer')).toBeNull();
    expect(toListEntry('https://example.com/?ref=1')).toBeNull();
    expect(toListEntry('mailto:victim@gmail.com')).toBeNull();
    expect(toListEntry('user@gmail.com')).toBeNull();
    expect(toListEntry('not a host')).toBeNull();
    expect(toListEntry('-bad-.com')).toBeNull();
  });

  it('agrees with normalizeHost + isListableHost on any host-like string (fast path = slow path)', () => {
    fc.assert(
      fc.property(hostLike, (host) => {
        expect(toListEntry(host)).toBe(reference(host.trim()));
      }),
      { numRuns: 3000 },
    );
  });

  it('only ever returns hosts that normalizeHost keeps unchanged and that are listable', () => {
    fc.assert(
      fc.property(rawEntry, (entry) => {
        const host = toListEntry(entry);
        if (host !== null) {
          expect(normalizeHost(host)).toBe(host);
          expect(isListableHost(host)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
