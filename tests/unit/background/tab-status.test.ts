import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { statusForTab, statusForUrl } from '../../../entrypoints/background/tab-status';
import { rememberVerdict } from '../../../entrypoints/background/site-memory';
import { buildEvidence } from '../../../rules/reports/evidence';
import { allowForSession } from '../../../entrypoints/background/session-allowances';
import { compiledBundledList } from '../../../scripts/compiled-bundled-list';

const LIST = `# source: Test list\nscam-profits.example\n`;

describe('tab status', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The bundled list is read from the extension package; here it is a small stand-in.
    vi.stubGlobal('fetch', vi.fn(async () => new Response(compiledBundledList(LIST))));
  });
  afterEach(() => vi.restoreAllMocks());

  it('marks a listed site as danger and names the list', async () => {
    const status = await statusForUrl('https://www.scam-profits.example/deposit');
    expect(status).toMatchObject({ kind: 'web', level: 'danger', host: 'www.scam-profits.example', listing: { matched: 'scam-profits.example', source: 'Test list' } });
    expect(status.allowedForSession).toBe(false);
  });

  it('reads the blocked site from the warning page address', async () => {
    const warning = `${fakeBrowser.runtime.getURL('/interstitial.html')}#https://scam-profits.example/`;
    expect(await statusForUrl(warning)).toMatchObject({ kind: 'warning-page', level: 'danger', url: 'https://scam-profits.example/' });
  });

  it('also from a warning page put in place of a page that had opened, and from no other extension page', async () => {
    const page = fakeBrowser.runtime.getURL('/interstitial.html');
    expect(await statusForUrl(`${page}?replaced#https://scam-profits.example/`)).toMatchObject({ kind: 'warning-page', url: 'https://scam-profits.example/' });
    expect(await statusForUrl(`${page}x#https://scam-profits.example/`)).toMatchObject({ kind: 'other', url: null });
    expect(await statusForUrl(page)).toMatchObject({ kind: 'other', url: null });
  });

  it('remembers "Continue anyway" for the session', async () => {
    await allowForSession('scam-profits.example');
    expect((await statusForUrl('https://scam-profits.example/')).allowedForSession).toBe(true);
  });

  it('leaves other sites and non-web pages alone', async () => {
    expect(await statusForUrl('https://news.example/')).toMatchObject({ kind: 'web', level: 'ok', listing: null });
    expect(await statusForUrl('chrome://settings')).toMatchObject({ kind: 'other', level: 'ok', url: null });
    expect(await statusForUrl(undefined)).toMatchObject({ kind: 'other' });
  });

  // The report form is drafted from statusForTab: it used to carry no page-check verdict, so a report
  // of a flagged page said "Warning signs found: none".
  it('gives a tab the page check\'s verdict for its site, and a report drafted from it carries the signs', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://fast-profit.example/join' });
    const signals = [
      { id: 'returns.guaranteed', family: 'returns', weight: 5, evidence: 'guaranteed 3% a day' },
      { id: 'recovery.fee', family: 'recovery', weight: 4, evidence: 'we recover your funds' },
    ];
    await rememberVerdict('fast-profit.example', { level: 'danger', score: 9, signals });
    const status = await statusForTab(tab.id!);
    expect(status).toMatchObject({ level: 'danger', verdict: { signals } });
    const evidence = buildEvidence({ status, facts: null, tabTitle: '', keepFullAddress: false, now: new Date(0), extensionVersion: '1.0.0' });
    expect(evidence.signals).toEqual(signals);
  });

  it('tells a site the person took away from the extension, and finds the address its tab hides through the navigation API', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins }) => !origins?.includes('https://news.example/*'));
    expect(await statusForUrl('https://news.example/')).toMatchObject({ kind: 'web', level: 'ok', siteAccess: false });
    expect(await statusForUrl('https://other.example/')).toMatchObject({ kind: 'web', siteAccess: true });
    const tab = await fakeBrowser.tabs.create({});
    const getFrame = vi.spyOn(fakeBrowser.webNavigation, 'getFrame').mockResolvedValue({ url: 'https://news.example/today', frameId: 0, parentFrameId: -1, errorOccurred: false } as never);
    expect(await statusForTab(tab.id!)).toMatchObject({ kind: 'web', url: 'https://news.example/today', siteAccess: false });
    expect(getFrame).toHaveBeenCalledWith({ tabId: tab.id, frameId: 0 });
  });

  it('leaves a tab whose site showed nothing at ok with no verdict', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/' });
    expect(await statusForTab(tab.id!)).toMatchObject({ level: 'ok', verdict: null });
  });
});
