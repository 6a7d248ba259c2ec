import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerCommitCheck } from '@/entrypoints/background/blockers/commit-check';
import { interstitialUrl } from '@/entrypoints/background/self';

/**
 * The check when a listed page has opened in a tab: the tab is sent to the warning page, unless it is already
 * showing or loading the warning page for that page (the navigation check got there first): a second
 * redirect would start that navigation over, or load the warning page twice.
 */
const LISTED = 'https://listed-scam.example/offer';
type Tab = Awaited<ReturnType<typeof fakeBrowser.tabs.get>>;

let sent: string[];
let tabsRead: number;

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.webNavigation.onCommitted.removeAllListeners();
  sent = [];
  tabsRead = 0;
  const update = async (_tabId: number, change: { url?: string }) => {
    sent.push(change.url ?? '');
    return {} as Tab;
  };
  vi.spyOn(fakeBrowser.tabs, 'update').mockImplementation(update as typeof fakeBrowser.tabs.update);
  registerCommitCheck(async (url) => url.startsWith('https://listed-scam.example/'), (url) => interstitialUrl(url, true));
});

/** The tab's committed and pending addresses. */
function tabAt(url: string, pendingUrl?: string): void {
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async () => {
    tabsRead += 1;
    return { id: 7, url, pendingUrl } as Tab;
  });
}

/** A main-frame commit in tab 7, and the end of the check it starts (it reads the tab last, then may redirect). */
async function commit(url: string): Promise<void> {
  await fakeBrowser.webNavigation.onCommitted.trigger({ tabId: 7, frameId: 0, url } as never);
  await expect.poll(() => tabsRead).toBe(1);
  await new Promise((settled) => setTimeout(settled, 0));
}

describe('the page check at commit', () => {
  it('sends a tab that shows a listed page to the warning page', async () => {
    tabAt(LISTED);
    await commit(LISTED);
    expect(sent).toEqual([interstitialUrl(LISTED, true)]);
  });

  it('leaves a tab alone that is already on its way to the warning page for that page', async () => {
    tabAt(LISTED, interstitialUrl(LISTED));
    await commit(LISTED);
    expect(sent).toEqual([]);
  });

  it('leaves a tab alone that already shows the warning page for that page', async () => {
    tabAt(interstitialUrl(LISTED));
    await commit(LISTED);
    expect(sent).toEqual([]);
  });

  it('still sends a tab away whose warning page is for another page', async () => {
    tabAt('https://listed-scam.example/other', interstitialUrl(LISTED));
    await commit('https://listed-scam.example/other');
    expect(sent).toEqual([interstitialUrl('https://listed-scam.example/other', true)]);
  });

  it('leaves unlisted pages and other frames alone', async () => {
    tabAt('https://honest.example/');
    await fakeBrowser.webNavigation.onCommitted.trigger({ tabId: 7, frameId: 0, url: 'https://honest.example/' } as never);
    await fakeBrowser.webNavigation.onCommitted.trigger({ tabId: 7, frameId: 3, url: LISTED } as never);
    await new Promise((settled) => setTimeout(settled, 0));
    expect(sent).toEqual([]);
  });
});
