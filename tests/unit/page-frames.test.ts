import { describe, expect, it } from 'vitest';
import { isPageFrame, isPageOwnOpaqueFrame } from '@/rules/page-frames';

/** Which frames the page check reads: the page and the same site's frames, never other sites' frames. */
describe('isPageFrame', () => {
  const TOP = 'https://www.broker-example.com/it/offerta';

  it('reads a top frame that shows a web page, or a blob: document a web page opened', () => {
    expect(isPageFrame(TOP, null)).toBe(true);
    expect(isPageFrame('http://broker-example.net:8080/', null)).toBe(true);
    expect(isPageFrame('blob:https://www.broker-example.com/5c1d-77aa', null)).toBe(true);
  });

  it('leaves top frames that are no web page', () => {
    for (const url of ['about:blank', 'chrome://newtab/', 'data:text/html,<p>x', 'file:///home/a.html', 'blob:null/5c1d', 'not a url'])
      expect(isPageFrame(url, null), url).toBe(false);
  });

  it('reads frames of the same origin and the frames the page writes into itself (the script inside tells who wrote a data: frame)', () => {
    for (const url of ['https://www.broker-example.com/form', 'about:srcdoc', 'about:blank', 'about:blank#x', 'blob:https://www.broker-example.com/9f', 'data:text/html,<p>x'])
      expect(isPageFrame(url, TOP), url).toBe(true);
  });

  it("leaves other sites' frames, even of the same site name under another scheme, port or subdomain", () => {
    for (const url of [
      'https://ads.example.net/slot',
      'http://www.broker-example.com/form',
      'https://www.broker-example.com:8443/form',
      'https://chat.broker-example.com/',
      'blob:https://ads.example.net/9f',
      'about:blank-ish',
    ])
      expect(isPageFrame(url, TOP), url).toBe(false);
  });

  it('reads no subframe of a web address when the top frame is unknown', () => {
    expect(isPageFrame('https://www.broker-example.com/form', '')).toBe(false);
    expect(isPageFrame('about:srcdoc', '')).toBe(true);
  });
});

/** Frames of no origin of their own (sandboxed, data:): the page's when the page and only the page is around them. */
describe('isPageOwnOpaqueFrame', () => {
  const TOP = 'https://www.broker-example.com';

  it("reads a sandboxed srcdoc or about:blank frame, or a data: frame, that the page or the page's own frames hold", () => {
    for (const url of ['about:srcdoc', 'about:blank', 'data:text/html,<p>x']) {
      expect(isPageOwnOpaqueFrame('null', url, [TOP]), url).toBe(true);
      expect(isPageOwnOpaqueFrame('null', url, [TOP, TOP]), url).toBe(true);
    }
  });

  it("leaves one inside another site's frame or inside a frame of no origin, which can be another site's", () => {
    expect(isPageOwnOpaqueFrame('null', 'about:srcdoc', ['https://ads.example.net', TOP])).toBe(false);
    expect(isPageOwnOpaqueFrame('null', 'data:text/html,<p>x', ['null', TOP])).toBe(false);
  });

  it('leaves frames with an address of their own or an origin, and frames whose ancestors are unknown or no web page', () => {
    expect(isPageOwnOpaqueFrame('null', 'https://ads.example.net/slot', [TOP])).toBe(false);
    expect(isPageOwnOpaqueFrame('https://ads.example.net', 'about:blank', [TOP])).toBe(false);
    expect(isPageOwnOpaqueFrame('null', 'about:srcdoc', [])).toBe(false);
    expect(isPageOwnOpaqueFrame('null', 'about:srcdoc', ['chrome-extension://abc'])).toBe(false);
  });
});
