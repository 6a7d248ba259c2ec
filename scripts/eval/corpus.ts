/**
 * Loads the labelled pages the engine is measured on: the shared corpus (../shared/corpus, a sibling
 * of the repo) and the multilingual fixtures in tests/fixtures/pages/*.jsonl.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PageSnapshot } from '../../rules/snapshot.ts';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
export const SHARED_CORPUS = path.resolve(REPO_ROOT, '..', 'shared', 'corpus');
export const FIXTURE_PAGES = path.join(REPO_ROOT, 'tests', 'fixtures', 'pages');

export interface CorpusPage {
  id: string;
  label: 'scam' | 'legit' | 'uncertain';
  kind: string;
  lang: string;
  /** Where the page came from: "shared" or the fixture file name. */
  source: string;
  snapshot: PageSnapshot;
}

type RawRecord = Record<string, unknown>;

const str = (v: unknown) => (typeof v === 'string' ? v : '');

function toPage(record: RawRecord, source: string): CorpusPage {
  const url = str(record.url) || (/^https?:\/\//.test(str(record.url_hint)) ? str(record.url_hint) : '');
  const label = str(record.label);
  return {
    id: str(record.id),
    label: label === 'scam' || label === 'legit' ? label : 'uncertain',
    kind: str(record.kind) || 'unknown',
    lang: str(record.lang) || 'unknown',
    source,
    snapshot: {
      url,
      title: str(record.title),
      text: str(record.text),
      forms: Array.isArray(record.forms) ? (record.forms as PageSnapshot['forms']) : [],
      links: Array.isArray(record.links) ? (record.links as string[]) : [],
      lang: str(record.lang) || undefined,
    },
  };
}

export function readJsonl(file: string): RawRecord[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as RawRecord);
}

export function loadSharedCorpus(): CorpusPage[] {
  const files = ['scam-pages.jsonl', 'legit-pages.jsonl', 'uncertain-pages.jsonl'];
  return files.flatMap((f) => readJsonl(path.join(SHARED_CORPUS, f)).map((r) => toPage(r, 'shared')));
}

export function loadFixturePages(): CorpusPage[] {
  if (!existsSync(FIXTURE_PAGES)) return [];
  return readdirSync(FIXTURE_PAGES)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readJsonl(path.join(FIXTURE_PAGES, f)).map((r) => toPage(r, f)));
}
