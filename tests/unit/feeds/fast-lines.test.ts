import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EntrySink } from '../../../rules/feeds/entry-sink.ts';
import { forEachLine } from '../../../rules/feeds/lines.ts';
import { parseFeed } from '../../../rules/feeds/parse.ts';
import { parseAdblockLine, parseAdblockSpan } from '../../../rules/feeds/parsers/adblock.ts';
import { parseHostnameLine, parseHostnameSpan } from '../../../rules/feeds/parsers/hostnames.ts';
import { parseHostsFileLine, parseHostsFileSpan } from '../../../rules/feeds/parsers/hosts-file.ts';
import { hostLike, rawEntry } from './arbitraries.ts';

/**
 * The line formats' fast path (a line that is a plain lower-case name, read without a string per
 * line or the general normaliser) must file, skip and sample exactly what the general line parser
 * does, on any line: the same names accepted and refused.
 */
const FORMATS = [
  { format: 'hostnames', line: parseHostnameLine, span: parseHostnameSpan },
  { format: 'hosts-file', line: parseHostsFileLine, span: parseHostsFileSpan },
  { format: 'adblock', line: parseAdblockLine, span: parseAdblockSpan },
] as const;

/** Lines as lists write them, and as hostile ones could: names in any case, IDN, ports, URLs, comments, rules. */
const line = fc.oneof(
  { weight: 4, arbitrary: hostLike },
  { weight: 2, arbitrary: rawEntry },
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.constantFrom('', '', '0.0.0.0 ', '127.0.0.1 ', '0.0.0.0\t', '0.0.0.0  ', '::1 ', '||', '@@||', ' ', '#', '! ', '*.', '|', '127.0.0.1'),
        fc.oneof(hostLike, fc.constantFrom('localhost.localdomain', 'LOCALHOST.localdomain', 'scam-broker.com', 'co.uk', 'github.io', 'xn--bcher-kva.de', 'bücher.de', '1.2.3.4', 'a.b.123')),
        fc.constantFrom('', '', '^', '^$important', '^$third-party', '^|', ':8080', '/', '/path', '.', ' # comment', '#x', '\t', ' ', '##.ad', ' other-name.net'),
      )
      .map(([before, host, after]) => before + host + after),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);

/** What the general line parser alone gives for these lines. */
function general(lines: string[], parse: (line: string, sink: EntrySink) => void): EntrySink {
  const sink = new EntrySink();
  for (const text of lines) parse(text, sink);
  return sink;
}

/** The same lines through the fast path first, as the feed parser runs them. */
function fast(lines: string[], format: (typeof FORMATS)[number]): EntrySink {
  const sink = new EntrySink();
  for (const text of lines) if (!format.span(text, 0, text.length, sink)) format.line(text, sink);
  return sink;
}

describe('line formats: fast path and general path agree', () => {
  for (const format of FORMATS) {
    it(`${format.format}: on any line`, () => {
      fc.assert(
        fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
          expect(fast(lines, format)).toEqual(general(lines, format.line));
        }),
        { numRuns: 1500 },
      );
    });

    it(`${format.format}: parseFeed reads a whole body (CRLF, blank lines included) as the general parser reads its lines`, () => {
      fc.assert(
        fc.property(fc.array(line, { minLength: 1, maxLength: 40 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
          const body = lines.join(eol);
          const expected = [] as string[];
          forEachLine(body, (each) => expected.push(each));
          const reference = general(expected, format.line);
          let parsed;
          try {
            parsed = parseFeed(body, { format: format.format });
          } catch {
            // No usable entry at all: the general path found none either.
            expect(reference.block.length + reference.allow.length).toBe(0);
            return;
          }
          expect(parsed).toEqual(reference.result(format.format));
        }),
        { numRuns: 500 },
      );
    });
  }

  it('takes the fast path for plain lower-case names and their usual hosts-file and adblock forms', () => {
    const sink = new EntrySink();
    expect(parseHostnameSpan('scam-broker.com', 0, 15, sink)).toBe(true);
    expect(parseHostsFileSpan('0.0.0.0 scam-broker.com', 0, 23, sink)).toBe(true);
    expect(parseAdblockSpan('||scam-broker.com^', 0, 18, sink)).toBe(true);
    expect(sink.block).toEqual(['scam-broker.com', 'scam-broker.com', 'scam-broker.com']);
    // Anything else goes to the general parser.
    for (const other of ['Scam-Broker.com', 'xn--bcher-kva.de', 'scam.com.', '*.scam.com', 'scam.com # x', 'https://scam.com', '1.2.3.4']) {
      expect(parseHostnameSpan(other, 0, other.length, sink)).toBe(false);
    }
  });
});
