import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_ALLOW, gateHosts, parseFeed, parseTrancoCsv } from '@/rules/feeds';
import { registrableDomain } from '@/rules/hosts/normalize';
import { suffixGate } from '@/rules/feeds-config/suffix-gate';

const LISTS = resolve(import.meta.dirname, '../../../../shared/corpus/lists');
const read = (file: string) => readFileSync(resolve(LISTS, file), 'utf8');

describe('the fast false-positive gate', () => {
  const input = { tranco: parseTrancoCsv(read('sublime-static-files/tranco_top_50k.csv')), allow: new Set(BUILTIN_ALLOW) };

  it('drops what gateHosts drops on real feeds, and more only for parents of protected names', () => {
    for (const file of ['scamsniffer-scam-database/domains.json', 'metamask-eth-phishing-detect-npm/config.json', 'crypto-firewall/blacklists__pig-butchering-filters__hosts.txt']) {
      const hosts = parseFeed(read(file)).block;
      const slow = new Set(gateHosts(hosts, input).kept);
      const fast = suffixGate(hosts, input);
      const fastKept = new Set(fast.kept);
      for (const host of fastKept) expect(slow.has(host)).toBe(true);
      for (const host of slow) {
        if (fastKept.has(host)) continue;
        // Only an entry with a protected name under it (which it would block) may be dropped in addition.
        const under = [...input.tranco, ...input.allow].some((name) => name.endsWith(`.${host}`) && registrableDomain(name) !== name);
        expect(under, `${host} dropped by the fast gate only`).toBe(true);
      }
      expect(fast.dropped).toBe(hosts.length - fast.kept.length);
    }
  });

  it('keeps scam subdomains of public-suffix hosts and drops popular and allowlisted sites', () => {
    const tranco = new Set(['github.io', 'weebly.com', 'www.example-bank.com']);
    const gate = { tranco, allow: new Set(['binance.com']) };
    const { kept } = suffixGate(
      ['drainer.github.io', 'fake.weebly.com', 'example-bank.com', 'login.www.example-bank.com', 'binance.com', 'api.binance.com', 'binance-login.xyz'],
      gate,
    );
    expect(kept).toEqual(['drainer.github.io', 'binance-login.xyz']);
  });
});
