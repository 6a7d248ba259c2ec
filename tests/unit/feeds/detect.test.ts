import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../rules/feeds/detect.ts';
import { parseFeed } from '../../../rules/feeds/parse.ts';

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('detectFormat', () => {
  it('refuses bodies that are not lists, with a code the sync layer can act on', () => {
    expect(codeOf(() => detectFormat(''))).toBe('empty');
    expect(codeOf(() => detectFormat(' \n\t\uFEFF '))).toBe('empty');
    expect(codeOf(() => detectFormat('<!DOCTYPE html><html><body>502 Bad Gateway</body></html>'))).toBe('html');
    expect(codeOf(() => detectFormat('\n  <html lang="en"><head><title>Login</title>'))).toBe('html');
    expect(codeOf(() => detectFormat('404: Not Found'))).toBe('unrecognised');
    expect(codeOf(() => detectFormat('rank,domain\n1,google.com\n2,facebook.com'))).toBe('unrecognised');
    expect(codeOf(() => detectFormat('{"status": "error", "message": "rate limited"}'))).toBe('unrecognised');
  });

  it('recognises each line format from its content', () => {
    expect(detectFormat('# comment\nscam.example\nfraud.example\n')).toBe('hostnames');
    expect(detectFormat('\uFEFFhttps://scam.example\nhttps://fraud.example\n')).toBe('hostnames');
    expect(detectFormat('# hosts\n127.0.0.1 localhost\n0.0.0.0 scam.example\n0.0.0.0 fraud.example')).toBe('hosts-file');
    expect(detectFormat('! Title: x\n||scam.example^\n||fraud.example^$document\n')).toBe('adblock');
    expect(detectFormat('[Adblock Plus 2.0]\n||scam.example^')).toBe('adblock');
    expect(detectFormat('---\n  - url: scam.example\n  - url: fraud.example\n')).toBe('phantom-yaml');
    expect(detectFormat('---\n- name: scam.example\n  url: http://scam.example\n  category: Phishing\n')).toBe('cryptoscamdb-yaml');
  });

  it('recognises each JSON format from its keys, wherever they are', () => {
    expect(detectFormat('["scam.example"]')).toBe('json-array');
    expect(detectFormat('{"domain":"a.example"}\n{"domain":"b.example"}\n')).toBe('jsonl');
    expect(detectFormat('{"blacklist":["a.example"],"whitelist":[]}')).toBe('metamask');
    expect(detectFormat('{"allow":[],"deny":["a.example"]}')).toBe('polkadot');
    const entries = Array.from({ length: 20_000 }, (_, i) => `"scam${i}.example"`).join(',');
    const keyLast = `{"entries":[${entries}],"version":3,"expires":"2030-01-01","format":"scam-sentinel-feed"}`;
    expect(keyLast.length).toBeGreaterThan(2 * 64 * 1024);
    expect(detectFormat(keyLast)).toBe('scam-sentinel-feed');
  });
});

describe('parseFeed limits and errors', () => {
  it('enforces the size and entry caps', () => {
    const body = Array.from({ length: 100 }, (_, i) => `scam${i}.example`).join('\n');
    expect(codeOf(() => parseFeed(body, { maxChars: 100 }))).toBe('too-large');
    expect(codeOf(() => parseFeed(body, { maxEntries: 50 }))).toBe('too-many-entries');
    expect(parseFeed(body, { maxEntries: 100 }).block).toHaveLength(100);
  });

  it('refuses a list in which no entry is usable, and truncated JSON', () => {
    expect(codeOf(() => parseFeed('[]'))).toBe('empty');
    expect(codeOf(() => parseFeed('# only comments\n# here\nco.uk\n', { format: 'hostnames' }))).toBe('empty');
    expect(codeOf(() => parseFeed('["scam.example", "fraud.exa'))).toBe('malformed');
  });

  it('refuses the signed format unless its signature was checked', () => {
    const body = JSON.stringify({ format: 'scam-sentinel-feed', version: 1, expires: '2030-01-01T00:00:00Z', entries: ['scam.example'] });
    expect(codeOf(() => parseFeed(body))).toBe('unsigned');
  });

  it('counts and samples skipped entries', () => {
    const parsed = parseFeed('scam.example\nnot a host\nco.uk\nhttps://docs.google.com/forms/x\nfraud.example\nthird.example\n');
    expect(parsed.block).toEqual(['scam.example', 'fraud.example', 'third.example']);
    expect(parsed.skipped).toBe(3);
    expect(parsed.skippedSamples).toEqual(['not a host', 'co.uk', 'https://docs.google.com/forms/x']);
  });

  it('handles the adblock rule kinds', () => {
    const parsed = parseFeed(
      ['! comment', '||scam.example^', '@@||good.example^', '||ads.example^$third-party', 'example.org##.banner', '||fraud.example^$document,important', 'plain.example', '/regex/'].join('\n'),
    );
    expect(parsed.block).toEqual(['scam.example', 'fraud.example', 'plain.example']);
    expect(parsed.allow).toEqual(['good.example']);
    expect(parsed.skipped).toBe(2);
  });

  it('reads several names per hosts-file line and ignores the boilerplate', () => {
    const parsed = parseFeed('127.0.0.1 localhost\n::1 ip6-localhost\n0.0.0.0 a.example b.example # two\n');
    expect(parsed.format).toBe('hosts-file');
    expect(parsed.block).toEqual(['a.example', 'b.example']);
  });
});
