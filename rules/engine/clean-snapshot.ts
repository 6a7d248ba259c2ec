/**
 * A cheap check that a snapshot ALREADY has the shape PageSnapshotSchema produces, so that the engine can
 * skip the zod parse (a full copy of the page) on the common path: snapshots made by rules/extract.ts or
 * the corpus loaders are clean. Every test mirrors the schema in rules/snapshot.ts: a value passes only
 * when parsing would return it unchanged (right types, no default to fill, no cap to cut). Anything else
 * returns null and goes through the schema as before, so the result is the same either way.
 */
import {
  MAX_FIELDS_PER_FORM, MAX_FORMS, MAX_LINKS, MAX_TEXT_CHARS, MAX_TITLE_CHARS, type PageSnapshot,
} from '../snapshot.ts';

// The caps of the schema's shortText() fields (rules/snapshot.ts).
const MAX_URL = 4000;
const MAX_LANG = 20;
const MAX_ACTION = 2000;
const MAX_METHOD = 20;
const MAX_NAME = 200;
const MAX_TYPE = 50;
const MAX_PLACEHOLDER = 300;
const MAX_ID = 200;
const MAX_TAG = 20;
const MAX_LINK = 300;

type Loose = Record<string, unknown>;

const isRecord = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max: number): boolean => typeof v === 'string' && v.length <= max;
const isOptionalText = (v: unknown, max: number): boolean => v === undefined || isText(v, max);

function isCleanField(field: unknown): boolean {
  return (
    isRecord(field)
    && isText(field.name, MAX_NAME)
    && isText(field.type, MAX_TYPE)
    && isText(field.placeholder, MAX_PLACEHOLDER)
    && isOptionalText(field.id, MAX_ID)
    && isOptionalText(field.tag, MAX_TAG)
  );
}

function isCleanForm(form: unknown): boolean {
  if (!isRecord(form) || !isText(form.action, MAX_ACTION) || !isText(form.method, MAX_METHOD)) return false;
  const fields = form.fields;
  return Array.isArray(fields) && fields.length <= MAX_FIELDS_PER_FORM && fields.every(isCleanField);
}

/** The input itself when the schema would return it as it is, else null (parse it with the schema). */
export function cleanSnapshot(input: unknown): PageSnapshot | null {
  if (!isRecord(input)) return null;
  const { forms, links } = input;
  const clean =
    isText(input.url, MAX_URL)
    && isText(input.title, MAX_TITLE_CHARS)
    && isText(input.text, MAX_TEXT_CHARS)
    && isOptionalText(input.lang, MAX_LANG)
    && Array.isArray(forms) && forms.length <= MAX_FORMS && forms.every(isCleanForm)
    && Array.isArray(links) && links.length <= MAX_LINKS && links.every((link) => isText(link, MAX_LINK));
  return clean ? (input as PageSnapshot) : null;
}
