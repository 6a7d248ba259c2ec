import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../rules/feeds/detect.ts';
import { parseFeed } from '../../../rules/feeds/parse.ts';
import type { EntryRole, FeedFormat } from '../../../rules/feeds/types.ts';
import { invalidHosts, readList } from './corpus.ts';

interface RealList {
  file: string;
  format: FeedFormat;
  role?: EntryRole;
  /** Entry counts given in ../shared/corpus/SOURCES.md. */
  block: number;
  allow?: number;
  /** Share of the source's entries that must come out (the rest are invalid or public suffixes). */
  minShare: number;
}

const REAL_LISTS: RealList[] = [
  { file: 'scamsniffer-scam-database/domains.json', format: 'json-array', block: 165_446, minShare: 0.99 },
  { file: 'polkadot-js-phishing/all.json', format: 'polkadot', block: 54_863, minShare: 0.99 },
  { file: 'metamask-eth-phishing-detect-npm/config.json', format: 'metamask', block: 13_752, allow: 1_138, minShare: 0.99 },
  { file: 'phantom-blocklist/blocklist.yaml', format: 'phantom-yaml', block: 2_319, minShare: 0.99 },
  { file: 'phantom-blocklist/eth-blocklist.yaml', format: 'phantom-yaml', block: 42_626, minShare: 0.99 },
  { file: 'phantom-blocklist/whitelist.yaml', format: 'phantom-yaml', role: 'allow', block: 0, allow: 31, minShare: 0.6 },
  { file: 'cryptoscamdb-blacklist/urls.yaml', format: 'cryptoscamdb-yaml', block: 9_889, minShare: 0.99 },
  { file: 'etheraddresslookup/blacklist-domains.json', format: 'json-array', block: 14_939, minShare: 0.99 },
  { file: 'etheraddresslookup/whitelist-domains.json', format: 'json-array', role: 'allow', block: 0, allow: 196, minShare: 0.99 },
  { file: 'enkrypt-phishing-detect/whitelist.json', format: 'json-array', role: 'allow', block: 0, allow: 709, minShare: 0.95 },
  { file: 'crypto-firewall/blacklists__pig-butchering-filters__hosts.txt', format: 'hosts-file', block: 184_073, minShare: 0.99 },
  { file: 'crypto-firewall/blacklists__scam-filters__hosts.txt', format: 'hosts-file', block: 1_274, minShare: 0.99 },
  { file: 'crypto-firewall/whitelists__blockchain-explorer.txt', format: 'hostnames', role: 'allow', block: 0, allow: 291, minShare: 0.99 },
  { file: 'crimson-www25/list.txt', format: 'hostnames', block: 499, minShare: 0.99 },
  { file: 'cmc-hyip-badlist/badlist.jsonl', format: 'jsonl', block: 2_223, minShare: 0.95 },
  { file: 'gekkedev-investment-scams-exposed/domains.json', format: 'json-array', block: 21, minShare: 1 },
];

describe('parsers on the real lists in ../shared/corpus/lists', () => {
  for (const list of REAL_LISTS) {
    it(`${list.file}: ${list.format}, about ${list.block || list.allow} entries, all valid`, () => {
      const text = readList(list.file);
      expect(detectFormat(text)).toBe(list.format);
      const parsed = parseFeed(text, { role: list.role });
      expect(parsed.format).toBe(list.format);
      for (const [got, expected] of [
        [parsed.block.length, list.block],
        [parsed.allow.length, list.allow ?? 0],
      ] as const) {
        expect(got).toBeLessThanOrEqual(Math.ceil(expected * 1.01));
        expect(got).toBeGreaterThanOrEqual(Math.floor(expected * list.minShare));
      }
      expect(invalidHosts(parsed.block)).toEqual([]);
      expect(invalidHosts(parsed.allow)).toEqual([]);
      const total = (list.block + (list.allow ?? 0));
      expect(parsed.block.length + parsed.allow.length + parsed.skipped).toBeGreaterThanOrEqual(Math.floor(total * 0.99));
    });
  }

  it('takes the host of URL entries and skips page-specific ones', () => {
    const crimson = parseFeed(readList('crimson-www25/list.txt'));
    expect(crimson.block).toContain('mininglaws.org');
    expect(crimson.block.some((host) => host.includes('/'))).toBe(false);
    const scamdb = parseFeed(readList('cryptoscamdb-blacklist/urls.yaml'));
    expect(scamdb.block).toContain('xn--myetherwallt-leb.com');
    // docs.google.com/forms/... lists one form, not Google Docs.
    expect(scamdb.block).not.toContain('docs.google.com');
    expect(scamdb.block).not.toContain('gmail.com'); // from a "mailto:" url field
  });

  it('reads YAML block scalars (`url: >-` with the value on the next line)', () => {
    const parsed = parseFeed(readList('phantom-blocklist/eth-blocklist.yaml'));
    expect(parsed.block).toContain('bafybeifr5enzd7wye4zu5cotfbrwedtrrzo5jc2mbnln3kd5g7yjmwml6u.ipfs.4everland.io');
    expect(parsed.skippedSamples).not.toContain('>-');
  });

  it('skips polkadot denySub page entries and the hosting platforms named in allow', () => {
    const parsed = parseFeed(readList('polkadot-js-phishing/all.json'));
    expect(parsed.block).not.toContain('twitter.com');
    expect(parsed.block).not.toContain('x.com');
    expect(parsed.allow).toEqual([]);
    expect(parsed.skippedSamples.join(' ')).not.toBe('');
  });

  it('refuses files that hold no site list', () => {
    expect(() => parseFeed(readList('polkadot-js-phishing/address.json'))).toThrow(expect.objectContaining({ code: 'unrecognised' }));
    expect(() => parseFeed(readList('sublime-static-files/tranco_top_10k.csv'))).toThrow(expect.objectContaining({ code: 'unrecognised' }));
    expect(() => parseFeed(readList('scamsniffer-scam-database/address.json'))).toThrow(expect.objectContaining({ code: 'empty' }));
    expect(() => parseFeed(readList('cryptoscamdb-blacklist/uris.yaml'))).toThrow(expect.objectContaining({ code: 'empty' }));
  });
});
