import { describe, expect, it } from 'vitest';
import { HostMatcher, parseHostList } from '../../../rules/hosts/host-list';

const LIST = `# Example list
# source: First list
scam.example
Bücher-Gewinn.de
https://phish.example.org/login
# source: Second list
co.uk
github.io
user.github.io
not a host
scam.example
`;

describe('parseHostList', () => {
  const parsed = parseHostList(LIST, 'default');

  it('reads hosts, normalises IDN and URLs, and credits each entry to its section', () => {
    expect(parsed.entries).toEqual([
      { host: 'scam.example', source: 'First list' },
      { host: 'xn--bcher-gewinn-dlb.de', source: 'First list' },
      { host: 'phish.example.org', source: 'First list' },
      { host: 'user.github.io', source: 'Second list' },
      { host: 'scam.example', source: 'Second list' },
    ]);
  });

  it('skips and counts entries that are not listable (public suffixes, junk)', () => {
    expect(parsed.skipped).toBe(3);
  });

  it('uses the default source before any section', () => {
    expect(parseHostList('one.example\n', 'Bundled').entries[0]?.source).toBe('Bundled');
  });
});

describe('HostMatcher', () => {
  const matcher = new HostMatcher(parseHostList(LIST, 'default').entries);

  it('matches a listed host and its subdomains, naming the first list that had it', () => {
    expect(matcher.match('scam.example')).toEqual({ matched: 'scam.example', source: 'First list' });
    expect(matcher.match('login.secure.scam.example')).toEqual({ matched: 'scam.example', source: 'First list' });
  });

  it('matches IDN hosts through their punycode form', () => {
    expect(matcher.match('xn--bcher-gewinn-dlb.de')?.matched).toBe('xn--bcher-gewinn-dlb.de');
  });

  it('never matches a parent of a listed name, a sibling, or a whole public suffix', () => {
    expect(matcher.match('example.org')).toBeNull();
    expect(matcher.match('www.example.org')).toBeNull();
    expect(matcher.match('other.github.io')).toBeNull();
    expect(matcher.match('anything.co.uk')).toBeNull();
    expect(matcher.match('notscam.example')).toBeNull();
  });

  it('matches a subdomain of a listed github.io site only', () => {
    expect(matcher.match('deep.user.github.io')?.matched).toBe('user.github.io');
  });
});
