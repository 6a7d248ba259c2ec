import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '@/rules/feeds';
import { DEFAULT_SYNC_LIMITS } from '@/rules/feeds-config/sync-policy';
import { BodyReader } from '@/entrypoints/background/feeds/body-reader';
import { readList } from '../feeds/corpus';

/** The body as the download gives it: UTF-8 bytes cut at the given places (inside characters too). */
function readInChunks(text: string, cuts: number[]): BodyReader {
  const bytes = new TextEncoder().encode(text);
  const reader = new BodyReader(DEFAULT_SYNC_LIMITS);
  let last = 0;
  for (const cut of [...cuts].map((c) => Math.min(c, bytes.length)).sort((a, b) => a - b)) {
    reader.push(bytes.subarray(last, cut));
    last = cut;
  }
  reader.push(bytes.subarray(last));
  return reader;
}

function outcome(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    return { error: (error as { code?: string }).code };
  }
}

describe('BodyReader: a line-format feed read while it downloads', () => {
  it.each(['crypto-firewall/blacklists__scam-filters__hosts.txt', 'phantom-blocklist/blocklist.yaml'])(
    'reads %s as parseFeed reads the whole body, however it is cut',
    (file) => {
      const text = readList(file);
      const whole = parseFeed(text);
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 0, max: text.length * 2 }), { maxLength: 8 }), (cuts) => {
          expect(readInChunks(text, cuts).finish()).toEqual(whole);
        }),
        { numRuns: 10 },
      );
    },
  );

  it('decides the format on the same window as the whole body, leading blanks and a multi-byte cut included', () => {
    const line = fc.constantFrom('scam-broker.com', '0.0.0.0 fake-bank.net', '||wallet-drain.io^', '# ünïcode comment', 'not a host', '! note');
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 60 }), fc.integer({ min: 0, max: 70_000 }), fc.array(fc.nat(), { maxLength: 5 }), (lines, blanks, cuts) => {
        // Enough lines to pass the 64 KiB detection window, behind some blank lines.
        const text = '\n'.repeat(blanks) + Array.from({ length: 5000 }, (_, i) => lines[i % lines.length]).join('\n');
        const expected = outcome(() => parseFeed(text));
        expect(outcome(() => readInChunks(text, cuts.map((c) => c % (text.length + 1))).finish())).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });

  it('leaves JSON bodies (the signed format and JSON lines among them) to the whole-body path', () => {
    expect(readInChunks(readList('cmc-hyip-badlist/badlist.jsonl'), [100]).finish()).toBeNull();
    expect(readInChunks('{"format":"scam-sentinel-feed"}', [5]).finish()).toBeNull();
    expect(readInChunks('  ["scam.example"]', []).finish()).toBeNull();
  });

  it('keeps a parse failure until the whole body has come', () => {
    const reader = readInChunks(`<!doctype html><html>${'x'.repeat(70_000)}`, [10, 66_000]);
    expect(outcome(() => reader.finish())).toEqual({ error: 'html' });
  });
});
