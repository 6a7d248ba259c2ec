import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleaningShortens, reportableUrl } from '@/rules/reports/url';

describe('the reported address', () => {
  it('drops query and fragment, which may name the victim, unless the user keeps the full address', () => {
    const url = 'https://trade-profit.example/account?email=ann%40mail.it&ref=42#step2';
    expect(reportableUrl(url, false)).toBe('https://trade-profit.example/account');
    expect(reportableUrl(url, true)).toBe(url);
  });

  it('cuts the path at the first segment that looks personal', () => {
    const cases: [string, string][] = [
      ['https://scam.example/account/john.doe/', 'https://scam.example/account/'],
      ['https://scam.example/users/anna/deposit', 'https://scam.example/users/'],
      ['https://scam.example/profile/ann%40mail.it/edit', 'https://scam.example/profile/'],
      ['https://scam.example/dashboard/ann@mail.it/', 'https://scam.example/dashboard/'],
      ['https://scam.example/@giulia.rossi', 'https://scam.example/'],
      ['https://scam.example/client/58213/wallet', 'https://scam.example/client/'],
      ['https://scam.example/invoice/INV-0048213.pdf', 'https://scam.example/invoice/'],
      ['https://scam.example/call/+393331234567', 'https://scam.example/call/'],
      ['https://scam.example/verify/9f2c4e1b7a3d5f60/start', 'https://scam.example/verify/'],
      ['https://scam.example/s/550e8400-e29b-41d4-a716-446655440000', 'https://scam.example/s/'],
      ['https://scam.example/reset/eyJhbGciOiJIUzI1NiJ9abcdefghijk', 'https://scam.example/reset/'],
    ];
    for (const [url, cleaned] of cases) expect(reportableUrl(url, false), url).toBe(cleaned);
  });

  it('keeps paths that say nothing about the person', () => {
    for (const url of [
      'https://scam.example/',
      'https://scam.example/en/register',
      'https://scam.example/quantum-ai-trading/v2/sign-up.html',
      'https://scam.example/offer/step-1/',
      'https://scam.example/account/',
    ]) {
      expect(reportableUrl(url, false), url).toBe(url);
      expect(cleaningShortens(url), url).toBe(false);
    }
    expect(cleaningShortens('https://scam.example/x?y=1')).toBe(true);
    expect(cleaningShortens('https://scam.example/x#top')).toBe(true);
    expect(cleaningShortens('https://scam.example/account/john.doe')).toBe(true);
  });

  it('always removes user name and password, even from the full address', () => {
    expect(reportableUrl('https://ann:secret@scam.example/x?a=1', true)).toBe('https://scam.example/x?a=1');
    expect(reportableUrl('https://ann:secret@scam.example/x?a=1', false)).toBe('https://scam.example/x');
  });

  it('keeps the origin as the browser writes it (lower-case host, port)', () => {
    expect(reportableUrl('http://SCAM.Example:8080/a/b/?q#f', false)).toBe('http://scam.example:8080/a/b/');
  });
});

describe('the reported address, for any address', () => {
  const webUrl = fc.webUrl({ withQueryParameters: true, withFragments: true, validSchemes: ['http', 'https'] });

  it('is the origin and a leading part of the path, with no query, fragment or credentials', () => {
    fc.assert(
      fc.property(webUrl, (url) => {
        const full = new URL(url);
        const cleaned = new URL(reportableUrl(url, false));
        expect(cleaned.origin).toBe(full.origin);
        expect(cleaned.search + cleaned.hash + cleaned.username + cleaned.password).toBe('');
        expect(full.pathname.startsWith(cleaned.pathname)).toBe(true);
      }),
    );
  });

  it('is already clean once cleaned', () => {
    fc.assert(
      fc.property(webUrl, (url) => {
        expect(reportableUrl(reportableUrl(url, false), false)).toBe(reportableUrl(url, false));
      }),
    );
  });

  it('is the whole address, less credentials, when the user keeps it', () => {
    fc.assert(
      fc.property(webUrl, (url) => {
        const full = new URL(url);
        full.username = '';
        full.password = '';
        expect(reportableUrl(url, true)).toBe(full.href);
      }),
    );
  });

  // Two words joined by a hyphen: never personal, never one of the words after which a name follows.
  const segment = fc.stringMatching(/^[a-z]{2,10}-[a-z]{2,10}$/);
  const hexDigit = fc.constantFrom(...'0123456789abcdef');
  const personal = fc.oneof(
    fc.emailAddress().map((email) => ({ raw: encodeURIComponent(email), secret: email })),
    fc.integer({ min: 10_000, max: 2 ** 40 }).map(String).map((id) => ({ raw: id, secret: id })),
    fc
      .tuple(fc.array(hexDigit, { minLength: 15, maxLength: 40 }), fc.integer({ min: 0, max: 9 }))
      .map(([hex, digit]) => `${hex.join('')}${digit}`)
      .map((token) => ({ raw: token, secret: token })),
  );

  it('never contains an e-mail, a long number or a token found anywhere in the path', () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 4 }), personal, fc.array(segment, { maxLength: 4 }), (before, { raw, secret }, after) => {
        const url = `https://scam.example/${[...before, raw, ...after].join('/')}`;
        const cleaned = reportableUrl(url, false);
        expect(cleaned).toBe(`https://scam.example/${before.map((part) => `${part}/`).join('')}`);
        expect(decodeURIComponent(cleaned)).not.toContain(secret);
        expect(cleaningShortens(url)).toBe(true);
      }),
    );
  });
});
