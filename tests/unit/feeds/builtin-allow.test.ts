import { describe, expect, it } from 'vitest';
import { BUILTIN_ALLOW } from '../../../rules/feeds/builtin-allow.ts';
import { normalizeHost, registrableDomain } from '../../../rules/hosts/normalize.ts';
import { parseFeed } from '../../../rules/feeds/parse.ts';
import { toListEntry } from '../../../rules/feeds/host-entry.ts';
import { readList } from './corpus.ts';

describe('BUILTIN_ALLOW', () => {
  it('holds 150-300 distinct registrable domains', () => {
    expect(BUILTIN_ALLOW.length).toBeGreaterThanOrEqual(150);
    expect(BUILTIN_ALLOW.length).toBeLessThanOrEqual(300);
    expect(new Set(BUILTIN_ALLOW).size).toBe(BUILTIN_ALLOW.length);
    // In list-entry form, as NameSet.ofListEntries takes them.
    const notRegistrable = BUILTIN_ALLOW.filter(
      (domain) => normalizeHost(domain) !== domain || registrableDomain(domain) !== domain || toListEntry(domain) !== domain,
    );
    expect(notRegistrable).toEqual([]);
  });

  it('includes the sites the curated whitelists agree are legitimate', () => {
    const explorers = parseFeed(readList('crypto-firewall/whitelists__blockchain-explorer.txt')).block;
    for (const domain of ['etherscan.io', 'blockchair.com', 'bscscan.com']) {
      expect(explorers).toContain(domain);
      expect(BUILTIN_ALLOW).toContain(domain);
    }
    const metamask = parseFeed(readList('metamask-eth-phishing-detect-npm/config.json')).allow;
    for (const domain of ['metamask.io', 'myetherwallet.com']) {
      expect(metamask).toContain(domain);
      expect(BUILTIN_ALLOW).toContain(domain);
    }
  });
});
