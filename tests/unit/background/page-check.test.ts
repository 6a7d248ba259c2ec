import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkPage } from '../../../entrypoints/background/page-check';
import { dismissBanner, siteVerdict } from '../../../entrypoints/background/site-memory';
import { pageFactsFor } from '../../../entrypoints/background/reports/page-facts';
import { compiledBundledList } from '../../../scripts/compiled-bundled-list';
import { snapshotFromHtml } from '../../../scripts/parse-html';

/** The worker's side of the page check: judge a content script's snapshot, remember it, answer. */
const scamHtml = readFileSync(resolve(import.meta.dirname, '../../fixtures/html/scam-broker-it.html'), 'utf8');
const PAGE = 'https://www.aurea-capital-trading.com/it/';
const scam = snapshotFromHtml(scamHtml, PAGE);
const plain = snapshotFromHtml('<!doctype html><title>Contatti</title><p>Scrivici.</p>', PAGE);

describe('checkPage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
    // The extension's own files: the UI words and the bundled list (a small stand-in).
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      const locale = /\/_locales\/(\w+)\/messages\.json$/.exec(String(url));
      if (locale) return new Response(readFileSync(resolve(import.meta.dirname, `../../../public/_locales/${locale[1]}/messages.json`)));
      return new Response(compiledBundledList('# source: Test list\nlisted.example\n'));
    }));
  });

  it('judges the top frame, remembers the site and its page facts, and answers with the banner in the user language', async () => {
    const answer = await checkPage(scam, { tabId: 3, pageUrl: PAGE, frameId: 0 });
    expect(answer.active).toBe(true);
    expect(answer.banner?.level).toMatch(/warning|danger/);
    expect(answer.banner?.reasons.length).toBeGreaterThan(0);
    expect(answer.banner?.reasons.every((reason) => reason.text !== '' && reason.text !== reason.id)).toBe(true);
    expect((await siteVerdict('www.aurea-capital-trading.com'))?.level).toBe(answer.banner?.level);
    expect((await pageFactsFor(3, PAGE))?.title).toBe(scam.title);
  });

  it('lets a flagged same-origin frame warn the top frame, which then shows the banner', async () => {
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const fromFrame = await checkPage(scam, { tabId: 4, pageUrl: PAGE, frameId: 7 });
    expect(fromFrame.banner).toBeNull();
    expect(sent).toHaveBeenCalledWith(4, { type: 'background:siteChanged' }, { frameId: 0 });
    const top = await checkPage(plain, { tabId: 4, pageUrl: PAGE, frameId: 0 });
    expect(top.banner?.level).toMatch(/warning|danger/);
  });

  it('tells a popup open on the tab that the tab has a new verdict, and carries on when none is open', async () => {
    const told = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    const answer = await checkPage(scam, { tabId: 8, pageUrl: PAGE, frameId: 0 });
    expect(told).toHaveBeenCalledWith({ type: 'background:tabChecked', tabId: 8 });
    expect(answer.banner?.level).toMatch(/warning|danger/);
  });

  it('judges a page opened with a 16 kB fragment like any other', async () => {
    const long = `${PAGE}#${'x'.repeat(16_001)}`;
    const answer = await checkPage({ ...scam, url: long.slice(0, 4000) }, { tabId: 5, pageUrl: long, frameId: 0 });
    expect(answer.banner?.level).toMatch(/warning|danger/);
  });

  it('shows no banner on a site where the user closed it, only the reminder kept for a money or password field', async () => {
    await dismissBanner('www.aurea-capital-trading.com');
    const answer = await checkPage(scam, { tabId: 6, pageUrl: PAGE, frameId: 0 });
    expect(answer).toMatchObject({ active: true, banner: null, fieldReminder: { reminder: 'field', reasons: [] } });
    expect(answer.fieldReminder?.title).toMatch(/card, bank, phone, wallet or password/);
  });
});
