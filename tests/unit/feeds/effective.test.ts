import { describe, expect, it } from 'vitest';
import { BUILTIN_ALLOW } from '../../../rules/feeds/builtin-allow.ts';
import { CompactHostSet } from '../../../rules/feeds/compact-set.ts';
import { compileFeed } from '../../../rules/feeds/compile.ts';
import { createEffectiveList, PERSONAL_SOURCE, type FeedSource } from '../../../rules/feeds/effective.ts';
import { NameSet } from '../../../rules/feeds/name-set.ts';
import { parseFeed } from '../../../rules/feeds/parse.ts';

const feed = (id: string, hosts: string[], overridesAllow = false): FeedSource => ({
  id,
  set: CompactHostSet.fromHosts(hosts),
  overridesAllow,
});

const FEEDS = [
  feed('scamsniffer', ['scam-broker.example', 'fake-wallet.example', 'sub.binance.com']),
  feed('polkadot', ['fake-wallet.example', 'drainer.example']),
];

describe('createEffectiveList', () => {
  it('lists a site any feed lists, naming every feed and the matched name', () => {
    const list = createEffectiveList({ feeds: FEEDS });
    expect(list.check('fake-wallet.example')).toEqual({ listed: true, sources: ['scamsniffer', 'polkadot'], matched: 'fake-wallet.example' });
    expect(list.check('https://app.scam-broker.example/login')).toEqual({ listed: true, sources: ['scamsniffer'], matched: 'scam-broker.example' });
    expect(list.check('unlisted.example')).toEqual({ listed: false });
    expect(list.check('not a host at all')).toEqual({ listed: false });
  });

  it('answers the same with the built-in allowlist given as a set made once, without normalising its names again', () => {
    const names = ['sub.binance.com', 'binance.com', 'www.kraken.com', 'fake-wallet.example', 'scam-broker.example'];
    const fromNames = createEffectiveList({ feeds: FEEDS, builtinAllow: BUILTIN_ALLOW });
    const fromSet = createEffectiveList({ feeds: FEEDS, builtinAllow: NameSet.ofListEntries(BUILTIN_ALLOW) });
    for (const name of names) expect(fromSet.check(name)).toEqual(fromNames.check(name));
    expect(fromSet.check('sub.binance.com')).toEqual({ listed: false, allowedBy: 'builtin-allow' });
    // Taken as given: only names already in list-entry form belong there (builtin-allow.test.ts checks BUILTIN_ALLOW's).
    expect(NameSet.ofListEntries(['*.Example.COM']).has('*.Example.COM')).toBe(true);
    expect(new NameSet(['*.Example.COM']).has('example.com')).toBe(true);
  });

  it('lets the built-in allowlist override third-party feeds', () => {
    const list = createEffectiveList({ feeds: FEEDS, builtinAllow: BUILTIN_ALLOW });
    expect(list.check('sub.binance.com')).toEqual({ listed: false, allowedBy: 'builtin-allow' });
    expect(list.check('binance.com')).toEqual({ listed: false, allowedBy: 'builtin-allow' });
    expect(list.check('binance.com-secure.example')).toEqual({ listed: false });
  });

  it('lets the user trust a site a feed lists', () => {
    const list = createEffectiveList({ feeds: FEEDS, userTrusted: ['https://Scam-Broker.example/'] });
    expect(list.check('www.scam-broker.example')).toEqual({ listed: false, allowedBy: 'user-trusted' });
    expect(list.check('drainer.example').listed).toBe(true);
  });

  it('always blocks what the user blocked, even over their own trust and the built-in allowlist', () => {
    const list = createEffectiveList({
      feeds: FEEDS,
      builtinAllow: BUILTIN_ALLOW,
      userTrusted: ['pushy-broker.example'],
      userBlocked: ['pushy-broker.example', 'coinbase.com', 'drainer.example'],
    });
    expect(list.check('pushy-broker.example')).toEqual({ listed: true, sources: [PERSONAL_SOURCE], matched: 'pushy-broker.example' });
    expect(list.check('www.coinbase.com')).toEqual({ listed: true, sources: [PERSONAL_SOURCE], matched: 'coinbase.com' });
    expect(list.check('drainer.example')).toEqual({ listed: true, sources: [PERSONAL_SOURCE, 'polkadot'], matched: 'drainer.example' });
  });

  it('keeps a signed-feed (overridesAllow) entry over the allowlists, but not over nothing else', () => {
    const ours = feed('scam-sentinel', ['hijacked.kraken.com', 'trusted-by-user.example'], true);
    const list = createEffectiveList({ feeds: [...FEEDS, ours], builtinAllow: BUILTIN_ALLOW, userTrusted: ['trusted-by-user.example'] });
    expect(list.check('hijacked.kraken.com')).toEqual({ listed: true, sources: ['scam-sentinel'], matched: 'hijacked.kraken.com' });
    expect(list.check('trusted-by-user.example')).toEqual({ listed: true, sources: ['scam-sentinel'], matched: 'trusted-by-user.example' });
    expect(list.check('www.kraken.com')).toEqual({ listed: false, allowedBy: 'builtin-allow' });
  });

  it('reports the most specific name when feeds match at different levels', () => {
    const list = createEffectiveList({ feeds: [feed('a', ['example.net']), feed('b', ['deep.example.net'])] });
    expect(list.check('x.deep.example.net')).toEqual({ listed: true, sources: ['a', 'b'], matched: 'deep.example.net' });
  });

  it('never lets a public suffix in a personal list match everything under it', () => {
    const list = createEffectiveList({ feeds: FEEDS, userBlocked: ['github.io', 'co.uk'], userTrusted: ['pages.dev'] });
    expect(list.check('someone.github.io')).toEqual({ listed: false });
    expect(list.check('bank.co.uk')).toEqual({ listed: false });
  });
});

describe('compileFeed', () => {
  it("applies a feed's own allow list to its own entries only", () => {
    const parsed = parseFeed(JSON.stringify({ blacklist: ['a.metamask.io', 'phish.example', 'metamask.io.phish.example'], whitelist: ['metamask.io'] }));
    const compiled = compileFeed(parsed);
    expect(compiled.entries).toBe(2);
    expect(compiled.excludedByOwnAllow).toBe(1);
    expect(compiled.set.lookup('a.metamask.io')).toBeNull();
    expect(compiled.set.lookup('metamask.io.phish.example')).toBe('metamask.io.phish.example');
  });
});
