import { describe, expect, it } from 'vitest';
import { hasQueryOrFragment, reportableUrl } from '@/rules/reports/url';

describe('the reported address', () => {
  it('drops query and fragment, which may name the victim, unless the user keeps them', () => {
    const url = 'https://trade-profit.example/account/deposit?email=ann%40mail.it&amount=5000#wallet';
    expect(reportableUrl(url, false)).toBe('https://trade-profit.example/account/deposit');
    expect(reportableUrl(url, true)).toBe(url);
  });

  it('always drops a user name and password written into the address', () => {
    expect(reportableUrl('https://ann:secret@scam.example/x?a=1', true)).toBe('https://scam.example/x?a=1');
    expect(reportableUrl('https://ann:secret@scam.example/x?a=1', false)).toBe('https://scam.example/x');
  });

  it('keeps the port and path and normalises the host', () => {
    expect(reportableUrl('http://SCAM.Example:8080/a/b/?q#f', false)).toBe('http://scam.example:8080/a/b/');
  });

  it('tells whether there is anything to keep', () => {
    expect(hasQueryOrFragment('https://a.example/x')).toBe(false);
    expect(hasQueryOrFragment('https://a.example/x?y=1')).toBe(true);
    expect(hasQueryOrFragment('https://a.example/x#top')).toBe(true);
  });
});
