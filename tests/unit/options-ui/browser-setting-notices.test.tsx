// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SiteAccessNotice } from '@/components/BrowserSettingNotices';
import { VerdictCard } from '@/components/VerdictCard';
import { createTranslate } from '@/rules/i18n';
import type { TabStatus } from '@/rules/status';

/** What the popup and the settings page say when the browser's settings took the extension's access to websites away. */
const english = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8'));
const t = createTranslate(english, english);

function show(element: ComponentChild): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  act(() => render(element, host));
  return host;
}

const plainPage: TabStatus = {
  kind: 'web',
  url: 'https://news.example/',
  host: 'news.example',
  level: 'ok',
  listing: null,
  allowedForSession: false,
  verdict: null,
  pageChecked: false,
  siteAccess: true,
};

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('a site the extension may not read', () => {
  it('is not called safe: the verdict says it could not be checked', () => {
    const card = show(<VerdictCard t={t} status={{ ...plainPage, siteAccess: false }} reasons={[]} />).querySelector('[data-testid="verdict"]')!;
    expect(card.getAttribute('data-level')).toBe('unchecked');
    expect(card.textContent).toContain(english.popupNotChecked.message);
    expect(card.textContent).not.toContain(english.popupOk.message);
  });

  it('still shows the danger of a listed site', () => {
    const listed = { ...plainPage, siteAccess: false, level: 'danger' as const, listing: { matched: 'news.example', source: 'Test list' } };
    expect(show(<VerdictCard t={t} status={listed} reasons={[]} />).querySelector('[data-testid="verdict"]')!.getAttribute('data-level')).toBe('danger');
  });

  it('says so only where it is so', () => {
    const card = show(<VerdictCard t={t} status={plainPage} reasons={[]} />).querySelector('[data-testid="verdict"]')!;
    expect(card.getAttribute('data-level')).toBe('ok');
    expect(card.textContent).toContain(english.popupOk.message);
  });
});

describe('the way back', () => {
  /** Clicks the notice's button; the browser's question is answered `granted`. */
  async function clickRestore(granted: boolean) {
    const asked = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(granted);
    const restored = vi.fn();
    const host = show(<SiteAccessNotice t={t} restored={restored} />);
    expect(host.textContent).toContain(english.siteAccessOff.message);
    await act(async () => {
      host.querySelector<HTMLButtonElement>('[data-testid="site-access-action"]')!.click();
      await new Promise((done) => setTimeout(done, 0));
    });
    expect(asked).toHaveBeenCalledWith({ origins: ['<all_urls>'] });
    return { host, restored };
  }

  it('says access is still off when the person says no to the browser\'s question', async () => {
    const { host, restored } = await clickRestore(false);
    expect(host.querySelector('[data-testid="site-access-still-off"]')?.textContent).toBe(english.siteAccessStillOff.message);
    expect(restored).not.toHaveBeenCalled();
  });

  it('shows the new state once the browser gave access back', async () => {
    const { host, restored } = await clickRestore(true);
    expect(host.querySelector('[data-testid="site-access-still-off"]')).toBeNull();
    expect(restored).toHaveBeenCalledTimes(1);
  });
});
