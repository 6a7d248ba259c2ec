/**
 * Loads every labelled page the engine is measured and fitted on, each with its SOURCE GROUP (the unit of
 * leave-one-source-group-out: a kit, site, repository or written page is wholly in or out of a fit):
 *  - ../shared/corpus/real/ (HTML pages + manifest.jsonl, group = the manifest's source_group);
 *  - ../shared/corpus/{scam,legit,uncertain}-pages.jsonl (group = the GitHub owner of source_repo, the same
 *    group as the real pages from that owner; stored pages without a repository: their site);
 *  - tests/fixtures/pages/*.jsonl (the project's own written pages: each page is its own group).
 * A missing source throws: the eval must fail rather than measure less than it claims.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PageSnapshot } from '../../rules/snapshot.ts';
import { snapshotFromHtml } from '../parse-html.ts';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
/** ../shared beside the repository; a git worktree one level deeper (e.g. wt/NAME) finds it one level up. */
const SHARED_CORPUS =
  [path.resolve(REPO_ROOT, '..', 'shared', 'corpus'), path.resolve(REPO_ROOT, '..', '..', 'shared', 'corpus')].find((dir) =>
    existsSync(dir),
  ) ?? path.resolve(REPO_ROOT, '..', 'shared', 'corpus');
const REAL_PAGES = path.join(SHARED_CORPUS, 'real');
const FIXTURE_PAGES = path.join(REPO_ROOT, 'tests', 'fixtures', 'pages');

export interface CorpusPage {
  id: string;
  label: 'scam' | 'legit' | 'uncertain';
  kind: string;
  lang: string;
  /** Where the page came from: "real", "shared" or the fixture file name. */
  source: string;
  /** The source group (kit, site, repository owner or written page): the unit left out in LOSO. */
  group: string;
  snapshot: PageSnapshot;
}

type RawRecord = Record<string, unknown>;

const str = (v: unknown) => (typeof v === 'string' ? v : '');

function toPage(record: RawRecord, source: string, group: string): CorpusPage {
  const url = str(record.url) || (/^https?:\/\//.test(str(record.url_hint)) ? str(record.url_hint) : '');
  const label = str(record.label);
  return {
    id: str(record.id),
    label: label === 'scam' || label === 'legit' ? label : 'uncertain',
    kind: str(record.kind) || 'unknown',
    lang: str(record.lang) || 'unknown',
    source,
    group,
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

function mustExist(file: string): string {
  if (!existsSync(file)) throw new Error(`eval material missing: ${file}`);
  return file;
}

function readJsonl(file: string): RawRecord[] {
  return readFileSync(mustExist(file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as RawRecord);
}

/** "github:Owner/repo:path@commit" → "owner". */
const githubOwner = (source: string) => /^github:([^/]+)\//.exec(source)?.[1]?.toLowerCase() ?? null;

function realManifest(): RawRecord[] {
  return readJsonl(path.join(REAL_PAGES, 'manifest.jsonl'));
}

/** GitHub owner → source group of the real pages, so the older corpus's pages of a kit join its group. */
function ownerGroups(): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of realManifest()) {
    const owner = githubOwner(str(r.source));
    if (owner && !out.has(owner)) out.set(owner, str(r.source_group));
  }
  return out;
}

function sharedGroup(record: RawRecord, owners: Map<string, string>): string {
  const owner = str(record.source_repo).split('/')[0]!.toLowerCase();
  if (owner) return owners.get(owner) ?? `repo:${owner}`;
  const hint = str(record.url_hint);
  const host = /^https?:\/\/([^/]+)/.exec(hint)?.[1];
  return `page:${host ?? (hint || str(record.id))}`;
}

export function loadSharedCorpus(): CorpusPage[] {
  const owners = ownerGroups();
  const files = ['scam-pages.jsonl', 'legit-pages.jsonl', 'uncertain-pages.jsonl'];
  return files.flatMap((f) => readJsonl(path.join(SHARED_CORPUS, f)).map((r) => toPage(r, 'shared', sharedGroup(r, owners))));
}

/** The real pages: HTML through the same extraction as `npm run scan`. */
export function loadRealPages(): CorpusPage[] {
  return realManifest().map((r) => {
    // Bytes, not a string: the parser decodes them as a browser would (BOM, <meta charset>).
    const html = readFileSync(mustExist(path.join(REAL_PAGES, str(r.file))));
    // The snapshot keeps the page's own lang attribute (what the browser sees); `lang` is the manifest's.
    return { ...toPage(r, 'real', str(r.source_group) || `real:${str(r.id)}`), snapshot: snapshotFromHtml(html, str(r.url)) };
  });
}

export function loadFixturePages(): CorpusPage[] {
  const files = readdirSync(mustExist(FIXTURE_PAGES)).filter((f) => f.endsWith('.jsonl')).sort();
  if (files.length === 0) throw new Error(`eval material missing: no ${FIXTURE_PAGES}/*.jsonl`);
  return files.flatMap((f) => readJsonl(path.join(FIXTURE_PAGES, f)).map((r) => toPage(r, f, `fixture:${str(r.id)}`)));
}

/** Every labelled page: real, shared and fixtures. */
export function loadAllPages(): CorpusPage[] {
  return [...loadRealPages(), ...loadSharedCorpus(), ...loadFixturePages()];
}
