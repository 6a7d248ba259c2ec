import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HostMatcher, parseHostList } from '../../../rules/hosts/host-list';
import { BUNDLED_LIST_PATH, POPULAR_SITES_PATH, buildBundledList, readPopularSites } from '../../../scripts/build-bundled-list';
import { readAllowlists, readTranco } from '../../../scripts/shared-data';

const text = readFileSync(BUNDLED_LIST_PATH, 'utf8');
const parsed = parseHostList(text, 'bundled');
const matcher = new HostMatcher(parsed.entries);

describe('public/lists/bundled.txt', () => {
  it('has a header saying how and when it was made, and credits each source', () => {
    expect(text).toMatch(/^# Scam Sentinel bundled blocklist/);
    expect(text).toMatch(/# Made by scripts\/build-bundled-list\.ts .* on \d{4}-\d{2}-\d{2}/);
    expect(new Set(parsed.entries.map((e) => e.source))).toEqual(
      new Set(['polkadot{.js} phishing list', 'Phantom blocklist', 'EtherAddressLookup blacklist']),
    );
  });

  it('is a large, clean list: every line a valid, unique, listable host', () => {
    expect(parsed.skipped).toBe(0);
    expect(matcher.size).toBe(parsed.entries.length);
    expect(matcher.size).toBeGreaterThan(50_000);
  });

  it('never blocks a Tranco top-50k site, its www name, or anything under it', () => {
    const blocked = readTranco().flatMap((domain) =>
      [domain, `www.${domain}`, `login.${domain}`].filter((host) => matcher.match(host) !== null),
    );
    expect(blocked).toEqual([]);
  });

  it('never blocks a site on the legitimate-crypto allowlists', () => {
    const blocked = readAllowlists().flatMap(({ names }) =>
      names.map((n) => n.replace(/^\*\./, '').toLowerCase()).filter((host) => matcher.match(host) !== null),
    );
    expect(blocked).toEqual([]);
  });

  it('is what the builder makes from ../shared today (rebuild with npm run build:list)', () => {
    const rebuilt = buildBundledList().sections.flatMap((s) => s.hosts.map((host) => ({ host, source: s.source.name })));
    expect(parsed.entries).toEqual(rebuilt);
  });

  it('blocks known scam entries from every source', () => {
    for (const source of ['polkadot{.js} phishing list', 'Phantom blocklist', 'EtherAddressLookup blacklist']) {
      const entry = parsed.entries.find((e) => e.source === source)!;
      expect(matcher.match(`www.${entry.host}`)).toEqual({ matched: entry.host, source });
    }
  });
});

describe('public/lists/popular-sites.txt (the runtime gate\'s popular sites)', () => {
  const popularText = readFileSync(POPULAR_SITES_PATH, 'utf8');
  const lines = popularText.split('\n').filter((line) => line !== '');
  const header = lines.filter((line) => line.startsWith('#')).join('\n');

  it('has a header saying how and when it was made, and credits Tranco and its MIT source', () => {
    expect(popularText).toMatch(/^# Scam Sentinel popular sites/);
    expect(header).toMatch(/Made by scripts\/build-bundled-list\.ts .* on \d{4}-\d{2}-\d{2} from .*tranco_top_50k\.csv/);
    expect(header).toContain('Tranco top 50k via sublime-security/static-files (MIT)');
  });

  it('is the Tranco top 50k from ../shared, one normal name a line, in rank order', () => {
    const names = lines.filter((line) => !line.startsWith('#'));
    expect(names).toEqual(readPopularSites());
    expect(new Set(names).size).toBe(50_000);
    expect(names.slice(0, 3)).toEqual(readTranco().slice(0, 3));
  });
});
