import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PageContext } from '../../../rules/engine/context.ts';
import { normalizeText } from '../../../rules/engine/normalize.ts';
import { normalizeHost } from '../../../rules/hosts/normalize.ts';
import { PageSnapshotSchema, type PageSnapshot } from '../../../rules/snapshot.ts';

export const SHARED = path.resolve(import.meta.dirname, '../../../../shared/corpus');

export type FieldInput = { name?: string; type?: string; placeholder?: string; id?: string; tag?: string };
export type SnapshotInput = Omit<Partial<PageSnapshot>, 'forms'> & { forms?: { action?: string; method?: string; fields: FieldInput[] }[] };

/** A PageContext exactly as the engine builds it: validated snapshot, normalised host and text. */
export function pageContext(input: SnapshotInput): PageContext {
  const snapshot = PageSnapshotSchema.parse(input);
  const host = snapshot.url ? normalizeHost(snapshot.url) : null;
  const text = normalizeText(snapshot.title ? `${snapshot.title}\n${snapshot.text}` : snapshot.text);
  return { snapshot, host, text, lang: snapshot.lang ?? null };
}

export interface CorpusRecord {
  id: string;
  kind: string;
  lang: string;
  title: string;
  text: string;
  forms: { action: string; method: string; fields: Record<string, string | null>[] }[];
  links: string[];
  url_hint?: string;
}

export function readCorpus(file: 'scam-pages' | 'legit-pages' | 'uncertain-pages'): CorpusRecord[] {
  return readFileSync(path.join(SHARED, `${file}.jsonl`), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as CorpusRecord);
}

/** Corpus record → PageContext (null fields dropped, url from url_hint when there is one). */
export function corpusContext(record: CorpusRecord, url = record.url_hint ?? ''): PageContext {
  const forms = record.forms.map((form) => ({
    ...form,
    fields: form.fields.map((field) => Object.fromEntries(Object.entries(field).filter(([, v]) => v !== null))),
  }));
  return pageContext({ url, title: record.title, text: record.text, forms, links: record.links, lang: record.lang });
}

export const ids = (signals: { id: string }[]) => signals.map((s) => s.id).sort();
