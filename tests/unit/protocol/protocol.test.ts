import { describe, expect, it } from 'vitest';
import { acceptMessage, classifySender, type SenderInfo } from '../../../rules/protocol';
import { MAX_METHOD_CHARS, MAX_PLACEHOLDER_CHARS, MAX_TEXT_CHARS, MAX_URL_CHARS } from '../../../rules/snapshot';

const self = { id: 'ext-id', origin: 'chrome-extension://ext-id' };
const popup: SenderInfo = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const warningTab: SenderInfo = { id: 'ext-id', url: 'chrome-extension://ext-id/interstitial.html#https://x.example/', tab: { id: 4 } };
const content: SenderInfo = { id: 'ext-id', url: 'https://shop.example/page', tab: { id: 7, url: 'https://shop.example/page' }, frameId: 0 };
const otherExtension: SenderInfo = { id: 'evil-id', url: 'chrome-extension://evil-id/bg.html' };
const lookalikeOrigin: SenderInfo = { id: 'ext-id', url: 'chrome-extension://ext-id-evil/page.html', tab: { id: 2, url: 'chrome-extension://ext-id-evil/page.html' } };

const snapshot = { url: 'https://shop.example/page', title: 'Shop', text: 'Guaranteed profit', forms: [], links: [] };

describe('classifySender', () => {
  it('tells extension pages, content scripts and strangers apart', () => {
    expect(classifySender(popup, self)).toBe('extension-page');
    expect(classifySender(warningTab, self)).toBe('extension-page');
    expect(classifySender(content, self)).toBe('content-script');
    expect(classifySender(otherExtension, self)).toBe('foreign');
    expect(classifySender({ url: 'https://web.example/' }, self)).toBe('foreign');
  });

  it('does not mistake an origin that merely starts with ours for ours', () => {
    expect(classifySender(lookalikeOrigin, self)).toBe('content-script');
  });
});

describe('acceptMessage', () => {
  it('accepts a valid page message from an extension page', () => {
    expect(acceptMessage({ type: 'page:tabStatus', tabId: 3 }, popup, self)).toEqual({
      ok: true,
      kind: 'extension-page',
      message: { type: 'page:tabStatus', tabId: 3 },
    });
  });

  it('lets an extension page framed outside the extension only read what the guardian frame needs', () => {
    const framedIn = (page: string, top: string | undefined): SenderInfo => ({ id: 'ext-id', url: `chrome-extension://ext-id/${page}`, tab: { id: 9, url: top }, frameId: 3 });
    // A web page, a blob: or about:blank document the page made itself, or a tab whose address the browser hides.
    const foreignTops = ['https://evil.example/', 'blob:https://evil.example/5e1f', 'about:blank', 'data:text/html,x', undefined, 'chrome-extension://ext-id-evil/x.html'];
    for (const message of [
      { type: 'page:continueAnyway', url: 'https://scam.example/' },
      { type: 'page:trustSite', url: 'https://scam.example/' },
      { type: 'page:setSettings', patch: { blocklistEnabled: false } },
    ]) {
      for (const top of foreignTops) {
        expect(acceptMessage(message, framedIn('interstitial.html#https://scam.example/', top), self)).toEqual({
          ok: false,
          reason: `an extension page framed outside the extension may not send ${message.type}`,
        });
      }
      expect(acceptMessage(message, { ...framedIn('interstitial.html', 'https://evil.example/'), frameId: 0 }, self).ok).toBe(true);
      // Framed by one of the extension's own pages.
      expect(acceptMessage(message, framedIn('interstitial.html', 'chrome-extension://ext-id/options.html'), self).ok).toBe(true);
    }
    for (const top of foreignTops) {
      expect(acceptMessage({ type: 'page:getSettings' }, framedIn('guardian-call.html', top), self).ok).toBe(true);
      expect(acceptMessage({ type: 'page:familyStatus' }, framedIn('guardian-call.html', top), self).ok).toBe(true);
    }
  });

  it('only lets extension pages change settings or allow sites', () => {
    for (const message of [
      { type: 'page:setSettings', patch: { blocklistEnabled: false } },
      { type: 'page:continueAnyway', url: 'https://scam.example/' },
    ]) {
      expect(acceptMessage(message, content, self)).toEqual({ ok: false, reason: `content scripts may not send ${message.type}` });
      expect(acceptMessage(message, otherExtension, self).ok).toBe(false);
      expect(acceptMessage(message, popup, self).ok).toBe(true);
    }
  });

  it('takes a content script’s tab and page from the sender, never from the payload', () => {
    const result = acceptMessage({ type: 'content:check', snapshot, tabId: 99, url: 'https://bank.example/' }, content, self);
    expect(result).toMatchObject({ ok: true, kind: 'content-script', tabId: 7, pageUrl: 'https://shop.example/page' });
    if (result.ok) expect(result.message).not.toHaveProperty('tabId');
  });

  it('refuses content messages from a tab that is not a web page', () => {
    const sender = { id: 'ext-id', url: 'file:///x.html', tab: { id: 5, url: 'file:///x.html' } };
    expect(acceptMessage({ type: 'content:loadBanner' }, sender, self)).toEqual({ ok: false, reason: 'content script tab has no web URL' });
  });

  it('lets a top-level blob: document made by a web page speak for that page', () => {
    const sender = { id: 'ext-id', url: 'blob:https://shop.example/1f0c', tab: { id: 5, url: 'blob:https://shop.example/1f0c' }, frameId: 0 };
    expect(acceptMessage({ type: 'content:loadBanner' }, sender, self)).toMatchObject({ ok: true, pageUrl: 'https://shop.example/1f0c' });
    const local = { ...sender, tab: { id: 5, url: 'blob:file:///x' } };
    expect(acceptMessage({ type: 'content:loadBanner' }, local, self).ok).toBe(false);
  });

  it('refuses extension pages sending content messages', () => {
    expect(acceptMessage({ type: 'content:check', snapshot }, popup, self).ok).toBe(false);
  });

  it.each([
    [null, 'message has no type'],
    ['page:tabStatus', 'message has no type'],
    [{ type: 'page:unknown' }, 'invalid page:unknown'],
    [{ type: 'page:tabStatus', tabId: -1 }, 'invalid page:tabStatus: tabId'],
    [{ type: 'page:tabStatus', tabId: '3' }, 'invalid page:tabStatus: tabId'],
    [{ type: 'page:blockInfo', url: 'javascript:alert(1)' }, 'invalid page:blockInfo: url must be an http(s) URL'],
    [{ type: 'page:setSettings', patch: { blocklistEnabled: 'no' } }, 'invalid page:setSettings: patch.blocklistEnabled'],
    [{ type: 'page:setSettings', patch: { sneaky: true } }, 'invalid page:setSettings: patch'],
  ])('refuses %j with a reason', (message, reason) => {
    const result = acceptMessage(message, popup, self);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.startsWith(reason)).toBe(true);
  });

  it('clips an over-long snapshot from a hostile page instead of refusing it', () => {
    const long = 'x'.repeat(20_000);
    const hostile = { ...snapshot, url: `https://shop.example/#${long}`, text: long.repeat(4), forms: [{ action: long, method: long, fields: [{ name: long, type: 'text', placeholder: long }] }] };
    const result = acceptMessage({ type: 'content:check', snapshot: hostile }, content, self);
    expect(result.ok).toBe(true);
    if (!result.ok || result.message.type !== 'content:check') return;
    expect(result.message.snapshot.url.length).toBe(MAX_URL_CHARS);
    expect(result.message.snapshot.text.length).toBe(MAX_TEXT_CHARS);
    expect(result.message.snapshot.forms[0]!.method.length).toBe(MAX_METHOD_CHARS);
    expect(result.message.snapshot.forms[0]!.fields[0]!.placeholder.length).toBe(MAX_PLACEHOLDER_CHARS);
    expect(acceptMessage({ type: 'content:check', snapshot: { ...snapshot, forms: 'none' } }, content, self).ok).toBe(false);
  });

  it('refuses everything from another extension or a web page', () => {
    expect(acceptMessage({ type: 'page:getSettings' }, otherExtension, self)).toEqual({ ok: false, reason: 'sender is not part of this extension' });
  });
});
