import { parse } from 'tldts';
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BUILTIN_ALLOW } from '../../../rules/feeds/builtin-allow';
import { parseFeed } from '../../../rules/feeds/parse';
import { parseTrancoCsv } from '../../../rules/feeds/tranco';
import { buildProtectedNames, gateHosts, gateReason, type ProtectedNames } from '../../../rules/hosts/gate';
import { candidateDomains, normalizeHost } from '../../../rules/hosts/normalize';
import { readList } from '../feeds/corpus';

// The public-suffix list is asked through tldts' parse (rules/hosts/normalize.ts); counting its
// calls shows the gate does that work on the protected names, not on every entry.
vi.mock('tldts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('tldts')>();
  return { ...actual, parse: vi.fn(actual.parse) };
});

const names = buildProtectedNames([
  { reason: 'Tranco top 50k', names: ['google.com', 'www.bbc.co.uk', 'github.io', 'blogspot.com', 'amazonaws.com', 'www.shop.example.com'] },
  { reason: 'allowlist: test', names: ['*.uniswap.org', 'binance.com', 'app.pancakeswap.finance'] },
]);

describe('gateHosts', () => {
  it('keeps ordinary scam entries, look-alikes included', () => {
    const entries = ['free-eth.example', 'binance.com.scam.example', 'binance-login.xyz', 'google.com-verify.top'];
    expect(gateHosts(entries, names)).toEqual({ kept: entries, dropped: [] });
  });

  it('drops protected names, anything under them and any parent of them, saying why', () => {
    const result = gateHosts(['google.com', 'docs.google.com', 'bbc.co.uk', 'app.uniswap.org', 'login.binance.com'], names);
    expect(result.kept).toEqual([]);
    expect(result.dropped.map((d) => d.reason)).toEqual([
      'Tranco top 50k',
      'under google.com (Tranco top 50k)',
      'parent of www.bbc.co.uk (Tranco top 50k)',
      'under uniswap.org (allowlist: test)',
      'under binance.com (allowlist: test)',
    ]);
  });

  it('drops a parent of a protected name at any level, and only its parents', () => {
    const result = gateHosts(['example.com', 'shop.example.com', 'other.example.com', 'pancakeswap.finance', 'www.pancakeswap.finance'], names);
    expect(result.kept).toEqual(['other.example.com', 'www.pancakeswap.finance']);
    expect(result.dropped).toEqual([
      { host: 'example.com', reason: 'parent of www.shop.example.com (Tranco top 50k)' },
      { host: 'shop.example.com', reason: 'parent of www.shop.example.com (Tranco top 50k)' },
      { host: 'pancakeswap.finance', reason: 'parent of app.pancakeswap.finance (allowlist: test)' },
    ]);
  });

  it('lets a protected public suffix protect nothing beyond itself', () => {
    // github.io and blogspot.com give every user a site of their own; s3.amazonaws.com does too.
    const entries = ['drainer.github.io', 'fake-wallet.blogspot.com', 'phish.s3.amazonaws.com', 'a.b.github.io'];
    expect(gateHosts(entries, names).kept).toEqual(entries);
    expect(gateReason('github.io', names)).toBe('Tranco top 50k');
    expect(gateReason('console.amazonaws.com', names)).toBe('under amazonaws.com (Tranco top 50k)');
  });
});

/** The gate's rule spelled out the slow, obvious way (candidateDomains, so tldts, for every entry). */
function definitionKeeps(protectedNames: Set<string>): (host: string) => boolean {
  const parents = new Set([...protectedNames].flatMap((name) => candidateDomains(name).filter((parent) => parent !== name)));
  return (host) => !protectedNames.has(host) && !parents.has(host) && !candidateDomains(host).some((name) => protectedNames.has(name));
}

describe('gateReason pre-check', () => {
  // With every bit of the table set, each entry goes to the Map lookups: the answer without the pre-check.
  const exact: ProtectedNames = { ...names, tails: names.tails.slice().fill(0xffffffff) };
  const protectedNames = [...names.reasonByName.keys(), ...names.protectedChildByParent.keys()];
  const label = fc.stringMatching(/^[a-z0-9]{1,6}$/);
  const host = fc.oneof(
    fc.tuple(fc.array(label, { maxLength: 3 }), fc.constantFrom(...protectedNames)).map(([labels, name]) => [...labels, name].join('.')),
    fc.tuple(fc.constantFrom(...protectedNames), label).map(([name, extra]) => name.replace(/^[^.]*/, extra)),
    fc.tuple(fc.array(label, { minLength: 1, maxLength: 4 }), fc.constantFrom('com', 'co.uk', 'io', 'org', 'finance')).map(([labels, tld]) => [...labels, tld].join('.')),
  );

  it('gives exactly the answer of the name lookups, for names near the protected ones and any other', () => {
    fc.assert(
      fc.property(host, (entry) => {
        expect(gateReason(entry, names)).toBe(gateReason(entry, exact));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('gateHosts on the real lists, with the Tranco top 50k and the built-in allowlist', () => {
  const tranco = parseTrancoCsv(readList('sublime-static-files/tranco_top_50k.csv'));
  let protectedNames: ProtectedNames;
  let keepsByDefinition: (host: string) => boolean;
  beforeAll(() => {
    protectedNames = buildProtectedNames([
      { reason: 'popular site (Tranco top 50k)', names: tranco },
      { reason: 'built-in allowlist', names: BUILTIN_ALLOW },
    ]);
    keepsByDefinition = definitionKeeps(new Set([...tranco, ...BUILTIN_ALLOW].map((name) => normalizeHost(name)!)));
  });

  it.each(['scamsniffer-scam-database/domains.json', 'crypto-firewall/blacklists__pig-butchering-filters__hosts.txt'])(
    '%s: removes the popular and known-legitimate sites, exactly as the rule says, and keeps nearly all',
    (file) => {
      expect(tranco.size).toBeGreaterThan(49_000);
      const hosts = [...parseFeed(readList(file)).block, 'google.com', 'docs.google.com', 'binance.com', 'api.binance.com'];
      const { kept, dropped } = gateHosts(hosts, protectedNames);
      expect(kept.length + dropped.length).toBe(hosts.length);
      expect(kept).toEqual(hosts.filter(keepsByDefinition));
      expect(dropped.map((d) => d.host).slice(-4)).toEqual(['google.com', 'docs.google.com', 'binance.com', 'api.binance.com']);
      expect(dropped.length).toBeGreaterThan(4);
      expect(kept.length / hosts.length).toBeGreaterThan(0.99);
    },
  );

  it('gates a million entries with the public-suffix list asked only for the entries under a protected name', () => {
    const planted = new Map<string, string>([
      ['scam.google.com', 'under google.com (popular site (Tranco top 50k))'],
      ['wallet-connect.coincheck.com', 'under coincheck.com (built-in allowlist)'],
      ['drainer.s3.amazonaws.com', ''], // under amazonaws.com, but s3.amazonaws.com is a public suffix: kept
    ]);
    const hosts: string[] = [];
    for (let i = 0; i < 1_000_000; i++) {
      const tld = ['com', 'xyz', 'co.uk', 'pages.dev', 'top'][i % 5];
      hosts.push(i % 4 === 0 ? `login.claim-${i.toString(36)}.${tld}` : `wallet-${i.toString(36)}-secure.${tld}`);
      if (i % 100_000 === 0) hosts.push(...planted.keys());
    }
    vi.mocked(parse).mockClear();
    const { kept, dropped } = gateHosts(hosts, protectedNames);
    expect(vi.mocked(parse).mock.calls.length).toBeLessThanOrEqual(10 * planted.size);
    expect(kept.length).toBe(1_000_000 + 10);
    expect(kept.filter((host) => host === 'drainer.s3.amazonaws.com')).toHaveLength(10);
    expect(dropped).toHaveLength(20);
    for (const { host, reason } of dropped) expect(reason).toBe(planted.get(host));
  });
});
