import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../rules/feeds/detect.ts';
import { FeedError } from '../../../rules/feeds/errors.ts';
import { parseFeed } from '../../../rules/feeds/parse.ts';
import { FEED_FORMATS, type FeedFormat, type ParsedFeed } from '../../../rules/feeds/types.ts';
import { invalidHosts } from './corpus.ts';
import { rawEntry } from './arbitraries.ts';

/** Builds a body in each format around arbitrary entries, so the fuzzing reaches the parsers. */
const BODY_BUILDERS: Record<Exclude<FeedFormat, 'scam-sentinel-feed'>, (entries: string[]) => string> = {
  hostnames: (entries) => ['# list', ...entries].join('\n'),
  'hosts-file': (entries) => entries.map((entry, i) => `${i % 3 ? '0.0.0.0' : '127.0.0.1'} ${entry}`).join('\r\n'),
  adblock: (entries) => ['[Adblock Plus 2.0]', ...entries.map((entry, i) => `${i % 4 ? '' : '@@'}||${entry}^${i % 5 ? '' : '$third-party'}`)].join('\n'),
  'json-array': (entries) => JSON.stringify(entries.map((entry, i) => (i % 4 ? entry : { domain: entry }))),
  jsonl: (entries) => entries.map((entry) => JSON.stringify({ domain: entry })).join('\n'),
  metamask: (entries) => JSON.stringify({ version: 2, tolerance: 2, fuzzylist: [], whitelist: entries.slice(0, 2), blacklist: entries }),
  polkadot: (entries) => JSON.stringify({ allow: entries.slice(0, 1), deny: entries, denySub: ['x.com/a'] }),
  'phantom-yaml': (entries) => ['---', ...entries.map((entry) => `  - url: ${entry}`)].join('\n'),
  'cryptoscamdb-yaml': (entries) => ['---', ...entries.flatMap((entry) => [`- name: ${entry}`, `  url: '${entry}'`, '  category: Phishing'])].join('\n'),
};

function expectValidOrFeedError(run: () => ParsedFeed): void {
  try {
    const parsed = run();
    expect(invalidHosts(parsed.block)).toEqual([]);
    expect(invalidHosts(parsed.allow)).toEqual([]);
  } catch (error) {
    expect(error).toBeInstanceOf(FeedError);
  }
}

describe('parser fuzzing', () => {
  for (const [format, build] of Object.entries(BODY_BUILDERS)) {
    it(`${format}: never throws anything but FeedError, never yields an invalid host`, () => {
      fc.assert(
        fc.property(fc.array(rawEntry, { maxLength: 25 }), (entries) => {
          const body = build(entries);
          expectValidOrFeedError(() => parseFeed(body, { format: format as FeedFormat }));
          expectValidOrFeedError(() => parseFeed(body));
        }),
        { numRuns: 300 },
      );
    });
  }

  it('every parser survives arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom(...FEED_FORMATS), (text, format) => {
        expectValidOrFeedError(() => parseFeed(text, { format, signatureVerified: true }));
      }),
      { numRuns: 1000 },
    );
  });

  it('the detector returns a format or throws FeedError, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 })), (text) => {
        try {
          expect(FEED_FORMATS).toContain(detectFormat(text));
        } catch (error) {
          expect(error).toBeInstanceOf(FeedError);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('the detector picks the builder\'s format when the entries are valid hosts', () => {
    const validEntries = fc.array(fc.stringMatching(/^[a-z][a-z0-9]{2,10}\.(com|net|xyz)$/), { minLength: 3, maxLength: 20 });
    fc.assert(
      fc.property(validEntries, fc.constantFrom(...Object.keys(BODY_BUILDERS)), (entries, format) => {
        expect(detectFormat(BODY_BUILDERS[format as keyof typeof BODY_BUILDERS](entries))).toBe(format);
      }),
      { numRuns: 300 },
    );
  });
});
