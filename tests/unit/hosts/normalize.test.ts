import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { candidateDomains, isListableHost, normalizeHost, normalizeHostByUrl, registrableDomain } from '../../../rules/hosts/normalize';
import { plainUrlHost } from '../../../rules/hosts/plain-host';
import { hostLike, rawEntry } from '../feeds/arbitraries';

describe('normalizeHost', () => {
  it.each([
    ['Sub.Scam.Example.COM.', 'sub.scam.example.com'],
    ['https://login.scam.example/path?q=1#x', 'login.scam.example'],
    ['http://user:pw@scam.example:8080/', 'scam.example'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['https://MÜNCHEN.de/', 'xn--mnchen-3ya.de'],
    ['*.evil.io', 'evil.io'],
    ['  spaced.example  ', 'spaced.example'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeHost(input)).toBe(expected);
  });

  it.each(['user@gmail.com', 'mailto:victim@gmail.com', 'a.b/c@evil.com', '2.3.4', '', 'localhost', 'x..com', '-bad.com', 'bad-.com', 'http://[::1]/', 'not a host', 'a'.repeat(300) + '.com'])(
    'rejects %j',
    (input) => {
      expect(normalizeHost(input)).toBeNull();
    },
  );

  it('is idempotent on whatever it accepts', () => {
    fc.assert(
      fc.property(fc.oneof(fc.domain(), fc.webUrl(), fc.string()), (input) => {
        const once = normalizeHost(input);
        if (once !== null) expect(normalizeHost(once)).toBe(once);
      }),
    );
  });
});

describe('normalizeHost fast path (plain names skip the URL parser)', () => {
  it('gives exactly what the URL parser gives, on any host-like or raw input', () => {
    const input = fc.oneof(hostLike, rawEntry, hostLike.map((host) => ` ${host.toUpperCase()}\t`), hostLike.map((host) => `*.*.${host}`));
    fc.assert(
      fc.property(input, (text) => {
        expect(normalizeHost(text)).toBe(normalizeHostByUrl(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('gives exactly what the URL parser gives, on any web address', () => {
    const scheme = fc.constantFrom('http://', 'https://', 'HTTPS://', 'http:/', 'http:///', 'ftp://', 'https://user@', ' https://');
    const after = fc.constantFrom('', '/', '/path?q=1', '?x', '#y', ':8080/', ':443', '@evil.example/', '\\x', ' x', '\tx', '.', './', '%41', '/a@b');
    const address = fc.tuple(scheme, fc.oneof(hostLike, hostLike.map((host) => host.toUpperCase())), after).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(address, fc.webUrl(), fc.webUrl().map((url) => url.toUpperCase())), (text) => {
        expect(normalizeHost(text)).toBe(normalizeHostByUrl(text));
      }),
      { numRuns: 5000 },
    );
  });

  it.each(['https://Scam.Example./login', 'http://a_b.scam.example?x', 'https://xn--bcher-kva.de/', 'https://a.b.123/', `https://x.com/${'a'.repeat(2100)}`])(
    'agrees with the URL parser on the address %s',
    (text) => expect(normalizeHost(text)).toBe(normalizeHostByUrl(text)),
  );

  it.each(['Scam.Example.', '*.scam.example', 'a_b.scam.example', 'xn--bcher-kva.de', 'XN--BCHER-KVA.DE', 'a.b.123', '-a.com', 'a-.com', 'a..com', 'a.com..', `${'a'.repeat(64)}.com`])(
    'agrees with the URL parser on %s',
    (text) => expect(normalizeHost(text)).toBe(normalizeHostByUrl(text)),
  );
});

describe('plainUrlHost', () => {
  it.each([
    ['https://Login.Scam.Example/path?q=1#x', 'login.scam.example'],
    ['http://scam.example', 'scam.example'],
    ['https://scam.example.?x', 'scam.example'],
    ['https://scam.example#top', 'scam.example'],
  ])('reads the plain host of %s', (url, host) => expect(plainUrlHost(url)).toBe(host));

  it.each(['HTTPS://scam.example/', 'https://user@scam.example/', 'https://scam.example:8080/', 'https://scam.example\\x', 'https://bücher.de/',
    'https://xn--bcher-kva.de/', 'https://1.2.3.4/', 'ftp://scam.example/', 'scam.example', 'https:///scam.example'])(
    'leaves %s to the URL parser',
    (url) => expect(plainUrlHost(url)).toBeUndefined(),
  );
});

describe('candidateDomains', () => {
  it('lists the host and each parent down to the registrable domain', () => {
    expect(candidateDomains('a.b.scam.example.com')).toEqual(['a.b.scam.example.com', 'b.scam.example.com', 'scam.example.com', 'example.com']);
  });

  it('stops at private suffixes such as github.io', () => {
    expect(registrableDomain('scam.github.io')).toBe('scam.github.io');
    expect(candidateDomains('x.scam.github.io')).toEqual(['x.scam.github.io', 'scam.github.io']);
  });

  it('gives nothing for a bare public suffix, so a suffix can never be listed', () => {
    for (const suffix of ['co.uk', 'github.io', 'com', 'blogspot.com']) {
      expect(candidateDomains(suffix)).toEqual([]);
      expect(isListableHost(suffix)).toBe(false);
    }
  });

  it('treats an IP address as its own registrable name', () => {
    expect(candidateDomains('203.0.113.9')).toEqual(['203.0.113.9']);
  });
});
