import { describe, expect, it } from 'vitest';
import { isPageFrame } from '@/rules/page-frames';

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

  it('reads frames of the same origin and the frames the page writes into itself', () => {
    for (const url of ['https://www.broker-example.com/form', 'about:srcdoc', 'about:blank', 'about:blank#x', 'blob:https://www.broker-example.com/9f'])
      expect(isPageFrame(url, TOP), url).toBe(true);
  });

  it("leaves other sites' frames, even of the same site name under another scheme, port or subdomain", () => {
    for (const url of [
      'https://ads.example.net/slot',
      'http://www.broker-example.com/form',
      'https://www.broker-example.com:8443/form',
      'https://chat.broker-example.com/',
      'blob:https://ads.example.net/9f',
      'data:text/html,<p>x',
      'about:blank-ish',
    ])
      expect(isPageFrame(url, TOP), url).toBe(false);
  });

  it('reads no subframe of a web address when the top frame is unknown', () => {
    expect(isPageFrame('https://www.broker-example.com/form', '')).toBe(false);
    expect(isPageFrame('about:srcdoc', '')).toBe(true);
  });
});
