import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter, type Handlers } from '../../../entrypoints/background/router';

const ORIGIN = () => fakeBrowser.runtime.getURL('/').replace(/\/$/, '');

function fakeHandlers() {
  const calls: unknown[][] = [];
  const record = (name: string) => async (...args: unknown[]) => (calls.push([name, ...args]), `${name} done`);
  const handlers = {
    content: {
      'content:check': record('check'),
      'content:loadBanner': record('loadBanner'),
      'content:dismissBanner': record('dismiss'),
    },
    page: {
      'page:tabStatus': record('tabStatus'),
      'page:blockInfo': record('blockInfo'),
      'page:continueAnyway': record('continueAnyway'),
      'page:getSettings': record('getSettings'),
      'page:setSettings': record('setSettings'),
    },
  } as unknown as Handlers;
  return { handlers, calls };
}

describe('background router', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('dispatches a valid page message to its handler', async () => {
    const { handlers, calls } = fakeHandlers();
    const route = createRouter(handlers);
    const answer = await route({ type: 'page:getSettings' }, { id: fakeBrowser.runtime.id, url: `${ORIGIN()}/options.html` });
    expect(answer).toBe('getSettings done');
    expect(calls).toEqual([['getSettings', { type: 'page:getSettings' }]]);
  });

  it('gives content handlers the tab and page of the sender', async () => {
    const { handlers, calls } = fakeHandlers();
    const route = createRouter(handlers);
    const sender = { id: fakeBrowser.runtime.id, url: 'https://a.example/x', tab: { id: 12, url: 'https://a.example/x' }, frameId: 0 } as never;
    await route({ type: 'content:dismissBanner' }, sender);
    expect(calls).toEqual([['dismiss', { type: 'content:dismissBanner' }, { tabId: 12, pageUrl: 'https://a.example/x', frameId: 0 }]]);
  });

  it('refuses a settings change from a content script, logs why, and calls nothing', async () => {
    const { handlers, calls } = fakeHandlers();
    const route = createRouter(handlers);
    const sender = { id: fakeBrowser.runtime.id, url: 'https://evil.example/', tab: { id: 3, url: 'https://evil.example/' } } as never;
    await expect(route({ type: 'page:setSettings', patch: { blocklistEnabled: false } }, sender)).rejects.toThrow(
      'Refused: content scripts may not send page:setSettings',
    );
    expect(calls).toEqual([]);
    expect(console.warn).toHaveBeenCalledWith('[scam-sentinel] message refused:', 'content scripts may not send page:setSettings');
  });

  it('refuses malformed messages', async () => {
    const { handlers, calls } = fakeHandlers();
    const route = createRouter(handlers);
    await expect(route({ type: 'page:tabStatus', tabId: 'all' }, { id: fakeBrowser.runtime.id, url: `${ORIGIN()}/popup.html` })).rejects.toThrow(/invalid page:tabStatus/);
    expect(calls).toEqual([]);
  });
});
