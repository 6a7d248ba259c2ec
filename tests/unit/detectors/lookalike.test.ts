import { domainToASCII } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BRANDS } from '../../../rules/brands/brands.ts';
import { skeleton } from '../../../rules/brands/confusables.ts';
import { LOOKALIKE_EXCEPTIONS } from '../../../rules/brands/lookalike-exceptions.ts';
import { isPlausibleTypo } from '../../../rules/brands/typo.ts';
import { boundedEditDistance, isOneEditApart } from '../../../rules/brands/edit-distance.ts';
import { findLookalike } from '../../../rules/engine/detectors/lookalike.ts';
import { normalizeHost } from '../../../rules/hosts/normalize.ts';
import { isPopularHost } from '../../../rules/hosts/popular.ts';
import { imitatedBrand, lookalikeAsShipped, readBlocklistHosts, readPopularSites } from '../../../scripts/eval-lookalike.ts';
import { readTranco } from '../../../scripts/shared-data.ts';

const look = (domain: string) => {
  const host = normalizeHost(domain);
  if (host === null) throw new Error(`not a host: ${domain}`);
  return findLookalike(host);
};

describe('lookalike domains', () => {
  it.each([
    ['binance-secure-login.com', 'Binance', 'combo'],
    ['ledger-live-support.com', 'Ledger', 'combo'],
    ['okx-login.com', 'OKX', 'combo'],
    ['kraken-login-ro.com', 'Kraken', 'combo'],
    ['coinbasse.com', 'Coinbase', 'typo'],
    ['coinbsae-wallet.com', 'Coinbase', 'typo'],
    ['metamsk.io', 'MetaMask', 'typo'],
    ['metarnask.io', 'MetaMask', 'exact'],
    ['c0inbase.net', 'Coinbase', 'typo'], // 0 for o: a look-alike letter
    ['binance.xyz', 'Binance', 'exact'],
    ['mymetamaskwallets.com', 'MetaMask', 'contains'],
    ['uniswap-claim.pages.dev', 'Uniswap', 'combo'],
    ['binance.com.verify-account.xyz', 'Binance', 'subdomain'],
  ])('%s imitates %s (%s)', (domain, brand, how) => {
    const match = look(domain);
    expect(match?.brand.name).toBe(brand);
    expect(match?.how).toBe(how);
    expect(match?.homoglyph).toBe(false);
  });

  it.each([
    ['bіnance.com', 'Binance'], // Cyrillic і
    ['соinbase.com', 'Coinbase'], // Cyrillic с and о
    ['metamaѕk.io', 'MetaMask'], // Cyrillic ѕ
    ['lеdgerlive.com', 'Ledger'], // Cyrillic е
    ['trеzor.io-wallet.app', null], // the registrable label is "io-wallet": not an imitation of Trezor by itself
  ])('mixed-script punycode %s → %s', (unicode, brand) => {
    const ascii = domainToASCII(unicode);
    const match = look(ascii);
    expect(match?.brand.name ?? null).toBe(brand);
    if (brand) {
      expect(ascii).toMatch(/xn--/);
      expect(match?.homoglyph).toBe(true);
    }
  });

  it.each([
    'binance.com', 'accounts.binance.com', 'binance.us', 'coinbase.com', 'ledger.com', 'metamask.io', 'trezor.io',
    'ig.com', 'okx.com', 'xtb.com', 'finance.yahoo.com', 'tremorhub.com', 'bingoplus.com', 'revolution.com',
    'ledgerinsights.com', 'theledger.com', 'gmarket.co.kr', 'phantombuster.com', 'krakenfiles.com', 'geminiguide.net',
    'wiseman.org', 'curveball.net', 'opensearch.org', 'tandem.net', 'paypay.ne.jp', '360cities.net', 'sparkasse-koelnbonn.de',
  ])('%s is not a lookalike', (domain) => {
    expect(look(domain)).toBeNull();
  });

  it.each(['nordnet.fr', 'unicredit.ru', 'citibank.com.br', 'commerzbank.at', 'rabobank.de', 'barclaysus.com', 'barclaysuk.com'])(
    '%s is a bank\'s or broker\'s national site, not a lookalike',
    (domain) => {
      expect(look(domain)).toBeNull();
    },
  );

  it.each([
    ['binance.de', 'exact'], // exchanges are global: their name under a country domain is an imitation
    ['citibank.xyz', 'exact'], // not a country domain
    ['barclaysru.com', 'contains'], // not one of Barclays' own countries
    ['unicredit-login.ru', 'combo'],
  ])('%s is still a lookalike (%s)', (domain, how) => {
    expect(look(domain)?.how).toBe(how);
  });

  it('never calls a popular site, or a host under one, a lookalike; sites under a public suffix get no such pass', () => {
    const popular = new Set(['binance-mirror.org', 'github.io']);
    expect(isPopularHost('www.binance-mirror.org', popular)).toBe(true);
    expect(isPopularHost('binance-claim.github.io', popular)).toBe(false);
    expect(findLookalike('www.binance-mirror.org', isPopularHost('www.binance-mirror.org', popular))).toBeNull();
    expect(findLookalike('www.binance-mirror.org')?.brand.name).toBe('Binance');
  });

  it('never flags the Tranco top 50k as the extension runs the check (beyond documented exceptions)', () => {
    const popular = readPopularSites();
    const flagged = readTranco().filter((domain) => {
      const host = normalizeHost(domain);
      return host !== null && lookalikeAsShipped(host, popular) !== null;
    });
    expect(flagged).toEqual([]);
    for (const exception of LOOKALIKE_EXCEPTIONS) expect(exception.reason.length).toBeGreaterThan(10);
  });

  it('catches most blocklisted hosts of the MetaMask list that imitate a brand', () => {
    // The phishing-detect blacklist is small and wallet-focused: a stable sample for a unit test.
    const sample = readBlocklistHosts().filter((_, i) => i % 20 === 0).filter((host) => imitatedBrand(host) !== null);
    expect(sample.length).toBeGreaterThan(1000);
    const caught = sample.filter((host) => findLookalike(host) !== null).length;
    expect(caught / sample.length).toBeGreaterThan(0.7);
  });
});

describe('lookalike building blocks', () => {
  it('skeleton folds homoglyphs and ASCII look-alikes', () => {
    expect(skeleton('bіnаnce')).toBe('binance');
    expect(skeleton('metarnask')).toBe('metamask');
    expect(skeleton('vvallet')).toBe('wallet');
    expect(skeleton('c0inbase')).toBe('coinbase');
    expect(skeleton('bücher')).toBe('bucher');
  });

  it('one-edit check agrees with the bounded edit distance', () => {
    const words = ['coinbase', 'coinbsae', 'coinbasse', 'coinbas', 'cionbase', 'coinbaze', 'bitcoin', 'coin', 'coinbase'];
    for (const a of words) for (const b of words) expect(isOneEditApart(a, b), `${a}/${b}`).toBe(boundedEditDistance(a, b, 1) === 1);
  });

  it('accepts the typos people miss and rejects other one-letter changes of short labels', () => {
    expect(isPlausibleTypo('coinbsae', 'coinbase')).toBe(true); // swap
    expect(isPlausibleTypo('kucoim', 'kucoin')).toBe(true); // look-alike letter
    expect(isPlausibleTypo('bybbit', 'bybit')).toBe(true); // doubled letter
    expect(isPlausibleTypo('metamsk', 'metamask')).toBe(true); // dropped letter, 8 letters
    expect(isPlausibleTypo('tandem', 'tangem')).toBe(false);
    expect(isPlausibleTypo('tremor', 'trezor')).toBe(false);
  });

  it('keeps brand data consistent: lower-case a-z0-9 labels, unique official domains', () => {
    const seen = new Map<string, string>();
    for (const brand of BRANDS) {
      for (const label of [...brand.labels, ...(brand.weak ?? [])]) expect(label, brand.name).toMatch(/^[a-z0-9]+$/);
      for (const domain of brand.domains) {
        expect(normalizeHost(domain), domain).toBe(domain);
        expect(seen.get(domain) ?? brand.name, `${domain} in two brands`).toBe(brand.name);
        seen.set(domain, brand.name);
      }
    }
    expect(BRANDS.length).toBeGreaterThanOrEqual(200);
  });
});
