import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { PageSnapshotSchema } from '../../rules/snapshot';

/**
 * The hand-written fixture pages (tests/fixtures/pages/*.jsonl) are the engine's multilingual
 * test set: npm run eval holds the engine to its recall and false-positive floors on them.
 * A malformed or missing record would silently shrink that test set, so this file checks
 * their shape and the minimum number of pages per language and label.
 */

const PAGES_DIR = path.resolve(import.meta.dirname, '../fixtures/pages');
const HTML_DIR = path.resolve(import.meta.dirname, '../fixtures/html');

const LANGS = ['it', 'fr', 'de', 'es', 'en'] as const;
type Lang = (typeof LANGS)[number];

/** Minimum pages per language: the floors promised in tests/fixtures/pages/README.md. */
const MINIMUMS: Record<Lang, { scam: number; legit: number }> = {
  it: { scam: 10, legit: 10 },
  fr: { scam: 10, legit: 10 },
  de: { scam: 10, legit: 10 },
  es: { scam: 10, legit: 10 },
  en: { scam: 6, legit: 12 },
};

/** A fixture record: a page snapshot plus the labelling fields the eval reports by. */
const FixtureRecordSchema = z.strictObject(z.extend(PageSnapshotSchema, {
  id: z.string().check(z.regex(/^[a-z]{2}-(scam|legit)-[a-z]+(-[a-z]+)*-\d{2}$/)),
  label: z.enum(['scam', 'legit']),
  kind: z.string().check(z.regex(/^[a-z]+(-[a-z]+)*$/)),
  lang: z.enum(LANGS),
  url: z.url({ protocol: /^https$/ }),
  title: z.string().check(z.minLength(10)),
  text: z.string().check(z.minLength(800)),
  links: z.array(z.string().check(z.regex(/^[a-z0-9.-]+\.[a-z]{2,}$/))),
  note: z.string().check(z.minLength(20)),
}).shape);

type FixtureRecord = z.infer<typeof FixtureRecordSchema>;

interface LoadedRecord {
  file: string;
  line: number;
  raw: unknown;
}

function loadRaw(): LoadedRecord[] {
  const files = readdirSync(PAGES_DIR).filter((f) => f.endsWith('.jsonl')).sort();
  return files.flatMap((file) =>
    readFileSync(path.join(PAGES_DIR, file), 'utf8')
      .split('\n')
      .map((text, i) => ({ file, line: i + 1, text }))
      .filter((l) => l.text.trim() !== '')
      .map((l) => ({ file: l.file, line: l.line, raw: JSON.parse(l.text) as unknown })),
  );
}

const loaded = loadRaw();
const records: Array<FixtureRecord & { file: string }> = loaded.flatMap((r) => {
  const parsed = FixtureRecordSchema.safeParse(r.raw);
  return parsed.success ? [{ ...parsed.data, file: r.file }] : [];
});

describe('tests/fixtures/pages', () => {
  it('has one JSONL file per fixture language', () => {
    const files = readdirSync(PAGES_DIR).filter((f) => f.endsWith('.jsonl')).sort();
    expect(files).toEqual([...LANGS].sort().map((l) => `${l}.jsonl`));
  });

  it('every record is a valid page snapshot with its labelling fields', () => {
    const problems = loaded.flatMap((r) => {
      const parsed = FixtureRecordSchema.safeParse(r.raw);
      return parsed.success ? [] : [`${r.file}:${r.line}: ${z.prettifyError(parsed.error)}`];
    });
    expect(problems).toEqual([]);
    expect(records.length).toBe(loaded.length);
  });

  it('every record sits in the file of its language, and its id names its language and label', () => {
    const misplaced = records
      .filter((r) => r.file !== `${r.lang}.jsonl` || !r.id.startsWith(`${r.lang}-${r.label}-`))
      .map((r) => `${r.file}: ${r.id}`);
    expect(misplaced).toEqual([]);
  });

  it('ids are unique across all files', () => {
    const seen = new Map<string, number>();
    for (const r of records) seen.set(r.id, (seen.get(r.id) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([id]) => id)).toEqual([]);
  });

  it('texts are distinct pages, not copies of each other', () => {
    const texts = new Set(records.map((r) => r.text));
    expect(texts.size).toBe(records.length);
  });

  it.each(LANGS)('%s has at least the promised number of scam and legit pages', (lang) => {
    const inLang = records.filter((r) => r.lang === lang);
    const count = (label: 'scam' | 'legit') => inLang.filter((r) => r.label === label).length;
    expect(count('scam')).toBeGreaterThanOrEqual(MINIMUMS[lang].scam);
    expect(count('legit')).toBeGreaterThanOrEqual(MINIMUMS[lang].legit);
  });

  it.each(['it', 'fr', 'de', 'es'] as const)('%s covers several scam kinds and several hard-negative kinds', (lang) => {
    const kinds = (label: 'scam' | 'legit') =>
      new Set(records.filter((r) => r.lang === lang && r.label === label).map((r) => r.kind));
    expect(kinds('scam').size).toBeGreaterThanOrEqual(5);
    expect(kinds('legit').size).toBeGreaterThanOrEqual(8);
  });
});

describe('tests/fixtures/html', () => {
  const htmlFiles = readdirSync(HTML_DIR).filter((f) => f.endsWith('.html')).sort();

  it('holds the four pages the browser and CLI tests load', () => {
    expect(htmlFiles).toEqual(['legit-price-en.html', 'legit-warning-it.html', 'scam-broker-it.html', 'scam-recovery-en.html']);
  });

  it.each(htmlFiles)('%s is self-contained and has the hooks the browser tests look for', (file) => {
    const html = readFileSync(path.join(HTML_DIR, file), 'utf8');
    // No external scripts, styles, images or frames: tests must run offline and deterministically.
    expect(html).not.toMatch(/<(script|img|iframe|source|video|audio)\b[^>]*\bsrc\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/<link\b[^>]*\bhref\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(\s*["']?(https?:)?\/\//i);
    expect(html).toContain('id="page-layout"');
    expect(html).toContain('document.body.dataset.pageScript = "ran"');
  });

  it('the scam broker page has a sign-up form asking for a phone number', () => {
    const html = readFileSync(path.join(HTML_DIR, 'scam-broker-it.html'), 'utf8');
    expect(html).toMatch(/<form\b[^>]*id="signup"/);
    expect(html).toMatch(/<input\b[^>]*type="tel"/);
  });
});
