import fc from 'fast-check';

/** A DNS-ish label: mostly valid, sometimes with edge cases (hyphens, digits, case, punycode). */
export const label = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/) },
  { weight: 2, arbitrary: fc.stringMatching(/^[a-zA-Z0-9_-]{0,12}$/) },
  { weight: 1, arbitrary: fc.constantFrom('xn--bcher-kva', 'xn--zz', 'XN--P1AI', '0x1f', '255', '0', 'com', 'co', 'uk', 'io') },
  { weight: 1, arbitrary: fc.constantFrom('bücher', 'пример', '例え', 'ß', 'ａｂｃ', 'münchen', 'ﬁ') },
);

/** Hostname-like strings, including wildcards, trailing dots and public suffixes. */
export const hostLike = fc
  .tuple(
    fc.constantFrom('', '', '', '*.', '.'),
    fc.array(label, { minLength: 1, maxLength: 5 }),
    fc.constantFrom('com', 'co.uk', 'github.io', 'xyz', 'pages.dev', 'de', 'xn--p1ai', '', '123'),
    fc.constantFrom('', '', '', '.', '..'),
  )
  .map(([prefix, labels, tld, suffix]) => `${prefix}${[...labels, tld].filter((l, i, all) => l !== '' || i < all.length - 1).join('.')}${suffix}`);

/** Raw list entries: host-like, URLs, hosts lines, noise. */
export const rawEntry = fc.oneof(
  { weight: 5, arbitrary: hostLike },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('http://', 'https://', 'HTTPS://', 'ftp://', 'mailto:'), hostLike, fc.constantFrom('', '/', '/a/b?x=1', ':8080', '#x', '@evil.com')).map(([a, b, c]) => a + b + c) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('user@', 'a:b@'), hostLike).map(([a, b]) => a + b) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
);
