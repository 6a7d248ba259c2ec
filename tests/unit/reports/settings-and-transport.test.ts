import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageFactsFor, rememberPageFacts } from '@/entrypoints/background/reports/page-facts';
import { postJson } from '@/entrypoints/background/reports/transport';
import { applyPatch, DEFAULT_SETTINGS, loadSettings, MIGRATIONS } from '@/rules/settings';

describe('report settings', () => {
  it('migrate from version 2 with no organisation set', () => {
    expect(MIGRATIONS[2]!({ version: 2, language: 'it', largeText: true })).toEqual({
      version: 3,
      language: 'it',
      largeText: true,
      reportOrgEndpoint: '',
      reportOrgName: '',
    });
    const loaded = loadSettings({ version: 2, blocklistEnabled: false, heuristicsEnabled: true, language: 'de', largeText: false, simplePopup: true });
    expect(loaded.settings).toMatchObject({ blocklistEnabled: false, simplePopup: true, reportOrgEndpoint: '', reportOrgName: '' });
    expect(loaded.problems).toEqual([]);
  });

  it('accept an https organisation address and refuse plain http elsewhere than this computer', () => {
    expect(applyPatch(DEFAULT_SETTINGS, { reportOrgEndpoint: 'https://collect.example.org/r', reportOrgName: 'Family' }).reportOrgEndpoint).toBe(
      'https://collect.example.org/r',
    );
    expect(() => applyPatch(DEFAULT_SETTINGS, { reportOrgEndpoint: 'http://collect.example.org/r' })).toThrow();
    const repaired = loadSettings({ ...DEFAULT_SETTINGS, reportOrgEndpoint: 'http://evil.example/' });
    expect(repaired.settings.reportOrgEndpoint).toBe('');
    expect(repaired.problems).toHaveLength(1);
  });
});

describe('posting a report', () => {
  const fakeFetch = (answer: () => Promise<Response>) => {
    const calls: { url: string; init: RequestInit }[] = [];
    const impl = (async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return answer();
    }) as unknown as typeof fetch;
    return { calls, impl };
  };

  it('sends JSON without cookies or referrer', async () => {
    const { calls, impl } = fakeFetch(async () => new Response('{"message":"Successfully reported"}', { status: 200 }));
    expect(await postJson('https://x.example/r', { a: 1 }, impl)).toEqual({ kind: 'sent' });
    expect(calls[0]!.init).toMatchObject({ method: 'POST', body: '{"a":1}', credentials: 'omit', referrerPolicy: 'no-referrer' });
    expect((calls[0]!.init.headers as Record<string, string>)['content-type']).toBe('application/json');
  });

  it('maps server errors and lost connections to a retry, other refusals to failure', async () => {
    expect(await postJson('https://x.example/r', {}, fakeFetch(async () => new Response('down for\nmaintenance', { status: 503 })).impl)).toEqual({
      kind: 'retry',
      error: 'HTTP 503: down for maintenance',
    });
    expect((await postJson('https://x.example/r', {}, fakeFetch(async () => new Response('', { status: 404 })).impl)).kind).toBe('refused');
    const offline = await postJson('https://x.example/r', {}, fakeFetch(() => Promise.reject(new TypeError('Failed to fetch'))).impl);
    expect(offline).toEqual({ kind: 'retry', error: 'No connection (Failed to fetch)' });
  });
});

describe('page facts from content scripts', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are kept per tab and only used while the tab shows the same page', async () => {
    const facts = { title: 'Deposit', addresses: [{ chain: 'evm' as const, address: '0x52908400098527886E0F7030069857D2E4169EE7' }] };
    await rememberPageFacts(7, 'https://scam.example/deposit#top', facts);
    expect(await pageFactsFor(7, 'https://scam.example/deposit')).toEqual(facts);
    expect(await pageFactsFor(7, 'https://scam.example/other')).toBeNull();
    expect(await pageFactsFor(8, 'https://scam.example/deposit')).toBeNull();
  });

  it('are kept for a bounded number of tabs', async () => {
    for (let tab = 1; tab <= 105; tab += 1) await rememberPageFacts(tab, `https://s${tab}.example/`, { title: `t${tab}`, addresses: [] });
    expect(await pageFactsFor(1, 'https://s1.example/')).toBeNull();
    expect(await pageFactsFor(105, 'https://s105.example/')).toEqual({ title: 't105', addresses: [] });
  });
});
