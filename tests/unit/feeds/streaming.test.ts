import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FeedParser, parseFeed } from '../../../rules/feeds/parse.ts';
import { readList } from './corpus.ts';

function parseInChunks(text: string, cuts: number[]) {
  const parser = new FeedParser();
  let last = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    parser.push(text.slice(last, cut));
    last = cut;
  }
  parser.push(text.slice(last));
  return parser.finish();
}

describe('FeedParser (chunked input)', () => {
  it.each([
    'crypto-firewall/blacklists__scam-filters__hosts.txt',
    'phantom-blocklist/blocklist.yaml',
    'etheraddresslookup/blacklist-domains.json',
    'cmc-hyip-badlist/badlist.jsonl',
  ])('gives the same result as parseFeed for %s, however the body is cut', (file) => {
    const text = readList(file);
    const whole = parseFeed(text);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: text.length }), { maxLength: 8 }), (cuts) => {
        expect(parseInChunks(text, cuts)).toEqual(whole);
      }),
      { numRuns: 20 },
    );
  });

  it('detects a line format after 64 KiB and parses as it goes', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `0.0.0.0 scam${i}.example`).join('\n');
    const parser = new FeedParser();
    parser.push(lines.slice(0, 70_000));
    parser.push(lines.slice(70_000));
    const parsed = parser.finish();
    expect(parsed.format).toBe('hosts-file');
    expect(parsed.block).toHaveLength(10_000);
  });

  it('aborts as soon as the size cap is passed', () => {
    const parser = new FeedParser({ maxChars: 1000 });
    parser.push('a.example\n'.repeat(90));
    expect(() => parser.push('b.example\n'.repeat(20))).toThrow(expect.objectContaining({ code: 'too-large' }));
  });
});
