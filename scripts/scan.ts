/**
 * `npm run scan -- <inputs...>`: scans .html files (`--url URL` sets the address of the html files that
 * follow it) and .jsonl files whose records carry either `html` (+ `url`) or the snapshot fields.
 * Prints one JSON line per record: {id, url, level, score, signals}. A bad record prints a clear error
 * on stderr and the rest are still scanned; the exit code is 1 only if some input failed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { evaluatePage } from '../rules/engine/index.ts';
import { PageSnapshotSchema, type PageSnapshot } from '../rules/snapshot.ts';
import { snapshotFromHtml } from './parse-html.ts';

function snapshotFromRecord(record: unknown): PageSnapshot {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) throw new Error('record is not a JSON object');
  const r = record as Record<string, unknown>;
  if (typeof r.html === 'string') return snapshotFromHtml(r.html, typeof r.url === 'string' ? r.url : '');
  if (typeof r.text !== 'string') throw new Error('record has neither "html" nor "text"');
  const parsed = PageSnapshotSchema.safeParse(r);
  if (!parsed.success) throw new Error(`invalid snapshot fields: ${parsed.error.issues.map((i) => i.path.join('.') + ' ' + i.message).join('; ')}`);
  return parsed.data;
}

function emit(id: string, snapshot: PageSnapshot): void {
  const { level, score, signals } = evaluatePage(snapshot);
  console.log(JSON.stringify({ id, url: snapshot.url, level, score, signals }));
}

/** Scans one input file; returns the number of records that failed. */
function scanFile(file: string, url: string): number {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    console.error(`${file}: cannot read: ${(error as Error).message}`);
    return 1;
  }
  const base = path.basename(file).replace(/\.[^.]+$/, '');
  if (!file.endsWith('.jsonl')) {
    // Bytes, not a string: the page's own encoding (BOM, <meta charset>) decides, as in a browser.
    emit(base, snapshotFromHtml(bytes, url));
    return 0;
  }
  let failures = 0;
  bytes.toString('utf8').split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${file}:${index + 1}`;
    try {
      const record = JSON.parse(line) as unknown;
      const snapshot = snapshotFromRecord(record);
      const rid = (record as { id?: unknown }).id;
      emit(typeof rid === 'string' && rid !== '' ? rid : `${base}:${index + 1}`, snapshot);
    } catch (error) {
      failures++;
      console.error(`${where}: skipped: ${(error as Error).message}`);
    }
  });
  return failures;
}

function main(argv: string[]): number {
  let url = '';
  let failures = 0;
  let inputs = 0;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--url') {
      url = argv[++i] ?? '';
      continue;
    }
    if (arg.startsWith('--url=')) {
      url = arg.slice('--url='.length);
      continue;
    }
    inputs++;
    failures += scanFile(arg, url);
  }
  if (inputs === 0) {
    console.error('usage: npm run scan -- [--url URL] page.html ... | pages.jsonl ...');
    return 2;
  }
  return failures > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
