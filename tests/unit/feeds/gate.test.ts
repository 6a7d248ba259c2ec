import { describe, expect, it } from 'vitest';
import { BUILTIN_ALLOW } from '../../../rules/feeds/builtin-allow.ts';
import { gateHosts } from '../../../rules/feeds/gate.ts';
import { parseFeed } from '../../../rules/feeds/parse.ts';
import { parseTrancoCsv } from '../../../rules/feeds/tranco.ts';
import { readList } from './corpus.ts';

describe('gateHosts', () => {
  const tranco = new Set(['google.com', 'www.example.org', 'bbc.co.uk']);
  const allow = new Set(['binance.com', 'app.uniswap.org']);

  it('drops entries that are, or are under, a popular or allowed site', () => {
    const { kept, dropped } = gateHosts(
      ['scam.example', 'sites.google.com', 'google.com', 'login.binance.com', 'bbc.co.uk', 'binance.com.scam.example'],
      { tranco, allow },
    );
    expect(kept).toEqual(['scam.example', 'binance.com.scam.example']);
    expect(dropped).toEqual([
      { host: 'sites.google.com', reason: 'tranco', matched: 'google.com' },
      { host: 'google.com', reason: 'tranco', matched: 'google.com' },
      { host: 'login.binance.com', reason: 'allow', matched: 'binance.com' },
      { host: 'bbc.co.uk', reason: 'tranco', matched: 'bbc.co.uk' },
    ]);
  });

  it('drops a whole registrable domain that a popular or allowed subdomain lives under', () => {
    const { kept, dropped } = gateHosts(['example.org', 'uniswap.org', 'other.example.org'], { tranco, allow });
    expect(kept).toEqual(['other.example.org']);
    expect(dropped.map((drop) => [drop.host, drop.reason, drop.matched])).toEqual([
      ['example.org', 'tranco', 'www.example.org'],
      ['uniswap.org', 'allow', 'app.uniswap.org'],
    ]);
  });

  it('drops entries that are not listable', () => {
    expect(gateHosts(['co.uk'], { tranco, allow }).dropped).toEqual([{ host: 'co.uk', reason: 'not-listable', matched: '' }]);
  });

  it('on the real data: removes Tranco top-50k and built-in sites from ScamSniffer, keeps nearly all', () => {
    const top = parseTrancoCsv(readList('sublime-static-files/tranco_top_50k.csv'));
    expect(top.size).toBeGreaterThan(49_000);
    const parsed = parseFeed(readList('scamsniffer-scam-database/domains.json'));
    const { kept, dropped } = gateHosts(parsed.block, { tranco: top, allow: new Set(BUILTIN_ALLOW) });
    expect(kept.length + dropped.length).toBe(parsed.block.length);
    expect(dropped.length).toBeGreaterThan(0);
    expect(kept.length / parsed.block.length).toBeGreaterThan(0.99);
    for (const host of ['google.com', 'github.com', 'binance.com']) expect(kept).not.toContain(host);
  });
});

describe('parseTrancoCsv', () => {
  it('reads rank,domain rows up to a limit', () => {
    expect([...parseTrancoCsv('1,google.com\n2,Facebook.com\r\nrank,domain\n3,\n4,amazon.com', 2)]).toEqual(['google.com', 'facebook.com']);
  });
});
