import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { statusForUrl } from '../../../entrypoints/background/tab-status';
import { allowForSession } from '../../../entrypoints/background/session-allowances';

const LIST = `# source: Test list\nscam-profits.example\n`;

describe('tab status', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The bundled list is read from the extension package; here it is a small stand-in.
    vi.stubGlobal('fetch', vi.fn(async () => new Response(LIST)));
  });

  it('marks a listed site as danger and names the list', async () => {
    const status = await statusForUrl('https://www.scam-profits.example/deposit');
    expect(status).toMatchObject({ kind: 'web', level: 'danger', host: 'www.scam-profits.example', listing: { matched: 'scam-profits.example', source: 'Test list' } });
    expect(status.allowedForSession).toBe(false);
  });

  it('reads the blocked site from the warning page address', async () => {
    const warning = `${fakeBrowser.runtime.getURL('/interstitial.html')}#https://scam-profits.example/`;
    expect(await statusForUrl(warning)).toMatchObject({ kind: 'warning-page', level: 'danger', url: 'https://scam-profits.example/' });
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
});

