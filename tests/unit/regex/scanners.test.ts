import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trailingWords } from '../../../rules/engine/rates.ts';
import type { EntrySink } from '../../../rules/feeds/entry-sink.ts';
import { createYamlUrlParser, isYamlUrlLine } from '../../../rules/feeds/parsers/yaml-urls.ts';
import { parseHostList } from '../../../rules/hosts/host-list.ts';

/**
 * The scanners that replaced super-linear regexes give the very same results as those regexes
 * did (kept here as the reference), on short random strings made of the characters that matter.
 */
const chars = (alphabet: string[], maxLength = 24) => fc.array(fc.constantFrom(...alphabet), { maxLength }).map((a) => a.join(''));

describe('scanners keep the behaviour of the regexes they replace', () => {
  it("trailingWords = match(/[a-z][a-z' ’.-]*$/)", () => {
    fc.assert(fc.property(chars(['a', 'z', 'B', "'", '’', '.', '-', ' ', '1', '%']), (text) => {
      expect(trailingWords(text)).toBe(text.match(/[a-z][a-z' ’.-]*$/)?.[0] ?? '');
    }), { numRuns: 3000 });
  });

  it('the YAML url: reader takes the same lines and values as /^\\s*(?:-\\s+)?url:\\s*(.*)$/ did', () => {
    const before = (line: string): string | null => {
      const match = /^\s*(?:-\s+)?url:\s*(.*)$/.exec(line);
      if (match === null) return null;
      const comment = match[1]!.search(/\s#/);
      const value = (comment === -1 ? match[1]! : match[1]!.slice(0, comment)).trim();
      return value.trim().replace(/^['"]+|['"]+$/g, '').trim();
    };
    const after = (line: string): string | null => {
      const seen: string[] = [];
      const sink = { add: (value: string) => seen.push(value), skip: () => seen.push('') } as unknown as EntrySink;
      createYamlUrlParser()(line, sink);
      return seen[0] ?? null;
    };
    const line = fc
      .tuple(chars([' ', '\t', '-', '\r', '\u2028']), fc.constantFrom('url:', 'url', 'uri:', 'URL:'), chars([' ', '\t', '"', "'", '#', 'x', '.', '\r', '>', '|']))
      .map((parts) => parts.join(''));
    fc.assert(fc.property(line, (text) => {
      const expected = before(text);
      expect(isYamlUrlLine(text)).toBe(expected !== null);
      // A block scalar marker waits for the next line instead of giving a value.
      if (expected !== null && /^[>|][+-]?$/.test(expected)) return;
      expect(after(text)).toBe(expected);
    }), { numRuns: 3000 });
  });

  it('"# source:" lines name the same sections as /^#\\s*source:\\s*(.{1,200})$/i did', () => {
    const line = fc
      .tuple(fc.constantFrom('#', '# ', '#\t'), fc.constantFrom('source:', 'SOURCE:', 'sources:'), chars([' ', '\t', 'n', '\r'], 8), fc.integer({ min: 0, max: 203 }))
      .map(([hash, key, gap, length]) => `${hash}${key}${gap}${'n'.repeat(length)}`);
    fc.assert(fc.property(line, (text) => {
      const before = /^#\s*source:\s*(.{1,200})$/i.exec(text.trim())?.[1]?.trim() ?? 'default';
      const { entries } = parseHostList(`${text}\nscam.example`, 'default');
      expect(entries[0]?.source).toBe(before);
    }), { numRuns: 2000 });
  });
});
