import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimScan, detectImpersonation } from '../../../rules/engine/detectors/impersonation.ts';
import { scanPhrases } from '../../../rules/engine/phrases.ts';
import { corpusContext, ids, pageContext, readCorpus } from './helpers.ts';

const loginForm = [{ fields: [{ name: 'email', type: 'email' }, { name: 'password', type: 'password' }] }];

describe('impersonation: a page presenting itself as a protected brand', () => {
  it.each([
    ['en', 'https://secure-portal-77.xyz/', 'Welcome to Binance. Log in to continue.'],
    ['en after', 'https://auth-center.online/', 'Coinbase login | Enter your email and password'],
    ['it', 'https://accesso-clienti.top/', 'Benvenuto su Intesa Sanpaolo. Inserisci le tue credenziali.'],
    ['fr', 'https://espace-client.info/', 'Bienvenue chez BNP Paribas : connectez-vous à votre espace.'],
    ['de', 'https://kunden-login.site/', 'Willkommen bei Deutsche Bank. Bitte melden Sie sich an.'],
    ['es', 'https://clientes-online.club/', 'Bienvenido a BBVA. Introduce tu usuario y contraseña.'],
    ['copyright', 'https://wallet-sync.app/', '© 2024 MetaMask. All rights reserved.'],
  ])('flags a claim with a login form (%s)', (_case, url, text) => {
    expect(ids(detectImpersonation(pageContext({ url, text, forms: loginForm })))).toEqual(['impersonation.brand_claim']);
  });

  it('flags a claim on a page that asks for a deposit, without any form', () => {
    const ctx = pageContext({ url: 'https://fx-gains.net/', text: 'Welcome to eToro Pro. Make a deposit of $250 to activate trading.' });
    expect(ids(detectImpersonation(ctx))).toEqual(['impersonation.brand_claim']);
  });

  it('flags a title claim ("Binance – Log In")', () => {
    const ctx = pageContext({ url: 'https://example-login.net/', title: 'Binance – Log In', text: 'Email Password', forms: loginForm });
    expect(ids(detectImpersonation(ctx))).toEqual(['impersonation.brand_claim']);
  });

  it('is quiet on the brand’s own domain', () => {
    const ctx = pageContext({ url: 'https://accounts.binance.com/en/login', text: 'Welcome to Binance. Log in.', forms: loginForm });
    expect(detectImpersonation(ctx)).toEqual([]);
  });

  it('is quiet on a news article that mentions brands and has no login or deposit', () => {
    const ctx = pageContext({
      url: 'https://news.example.com/markets',
      text: 'Users who log in to Binance saw delays. Welcome to Coinbase’s new fee schedule, analysts said.',
      forms: [{ fields: [{ name: 'q', type: 'search' }] }],
    });
    expect(detectImpersonation(ctx)).toEqual([]);
  });

  it('does not treat "sign in with Coinbase" (a third-party button) as a claim', () => {
    const ctx = pageContext({ url: 'https://some-dapp.io/', text: 'Sign in with Coinbase or continue with MetaMask', forms: loginForm });
    expect(detectImpersonation(ctx)).toEqual([]);
  });

  it('needs a strong anchor for brands that are ordinary words ("general ledger login")', () => {
    const accounting = pageContext({ url: 'https://books.example.org/', text: 'General Ledger login for accountants', forms: loginForm });
    expect(detectImpersonation(accounting)).toEqual([]);
    const phish = pageContext({ url: 'https://device-check.org/', text: 'Welcome to Ledger Live. Log in.', forms: loginForm });
    expect(ids(detectImpersonation(phish))).toEqual(['impersonation.brand_claim']);
  });

  it('cannot judge a page without a host', () => {
    expect(detectImpersonation(pageContext({ text: 'Welcome to Binance', forms: loginForm }))).toEqual([]);
  });
});

describe('impersonation: lookalike hosts', () => {
  it.each([
    ['https://binance-secure-login.com/', 'impersonation.lookalike_domain'],
    ['https://coinbasse.com/', 'impersonation.lookalike_domain'],
    ['https://metarnask.io/', 'impersonation.lookalike_domain'],
    ['https://bіnance.com/', 'impersonation.homoglyph_domain'],
    ['https://binance.com.account-verify.xyz/', 'impersonation.brand_subdomain'],
  ])('%s → %s', (url, id) => {
    const [signal] = detectImpersonation(pageContext({ url, text: 'hello' }));
    expect(signal?.id).toBe(id);
    expect(signal?.evidence.length).toBeLessThanOrEqual(160);
  });
});

describe('impersonation on the shared corpus', () => {
  it('never fires on a legitimate page, at its real address or at an unrelated one', () => {
    for (const record of readCorpus('legit-pages')) {
      expect(detectImpersonation(corpusContext(record)), record.id).toEqual([]);
      expect(detectImpersonation(corpusContext(record, 'https://unrelated-blog.example.net/')), record.id).toEqual([]);
    }
  });
});

describe('impersonation: the claims of a long page', () => {
  // Long pages are read at their head (8,000 characters) and tail (2,000). The engine's one scan already read the
  // head: only the seam and the tail are scanned again, and the claims must be those a fresh scan of both finds.
  const pieces = fc.constantFrom('welcome to', 'sign in to your', 'binance', 'coinbase', 'kraken', 'login', 'all rights reserved',
    'deposit now', 'your', ' ', ', ', ' -- ', '\u2029', '©', 'x', 'lorem', '.');
  const stretch = fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join(' '));
  const filler = (length: number) => 'lorem ipsum dolor '.repeat(Math.ceil(length / 18) + 1).slice(0, length);
  // Claim words right at the head's end (the seam) and where the tail starts, `into` characters into them.
  const page = fc.record({ head: fc.integer({ min: 7_900, max: 8_010 }), seam: stretch, middle: fc.integer({ min: 0, max: 3_000 }),
    tail: stretch, into: fc.integer({ min: 0, max: 40 }) })
    .map(({ head, seam, middle, tail, into }) => {
      const end = `${tail} ${filler(2_000)}`.slice(0, 2_000 + into);
      return `${filler(head)}${seam} ${filler(middle)}${end}`;
    })
    .filter((text) => text.length > 10_000);

  it('are the claims a scan of head and tail finds', () => {
    fc.assert(fc.property(page, (text) => {
      const rescanned = claimScan({ text, brandClaimMatches: scanPhrases(text).claimMatches });
      expect(rescanned).toEqual(claimScan({ text }));
    }), { numRuns: 400 });
  });
});
