import { z } from 'zod';
import {
  MAX_ACTION_CHARS, MAX_FIELD_ID_CHARS, MAX_FIELD_NAME_CHARS, MAX_FIELD_TYPE_CHARS, MAX_FIELDS_PER_FORM, MAX_FORMS,
  MAX_LANG_CHARS, MAX_LINK_CHARS, MAX_LINKS, MAX_METHOD_CHARS, MAX_PLACEHOLDER_CHARS, MAX_TAG_CHARS, MAX_TEXT_CHARS,
  MAX_TITLE_CHARS, MAX_URL_CHARS,
} from './snapshot-limits.ts';

export * from './snapshot-limits.ts';

/**
 * What the engine sees of a page. The same shape as the records in ../shared/corpus, so the
 * corpus, the scanner CLI and the content script all feed the engine identically.
 * Every field is capped: page content is hostile input. Too much of anything is CLIPPED, never a
 * reason to reject the snapshot: a page must not escape the check by making one field too long
 * (an 80-character form method, a 16 kB address fragment).
 */
const clipped = (max: number) => z.string().transform((s) => s.slice(0, max));
/** A list cut to its first `max` items before the items themselves are checked. */
const firstItems = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess((value) => (Array.isArray(value) ? value.slice(0, max) : value), z.array(item));

export const FormFieldSchema = z.object({
  name: clipped(MAX_FIELD_NAME_CHARS).default(''),
  type: clipped(MAX_FIELD_TYPE_CHARS).default(''),
  placeholder: clipped(MAX_PLACEHOLDER_CHARS).default(''),
  id: clipped(MAX_FIELD_ID_CHARS).optional(),
  tag: clipped(MAX_TAG_CHARS).optional(),
});

export const FormSchema = z.object({
  action: clipped(MAX_ACTION_CHARS).default(''),
  method: clipped(MAX_METHOD_CHARS).default(''),
  fields: firstItems(FormFieldSchema, MAX_FIELDS_PER_FORM).default([]),
});

export const PageSnapshotSchema = z.object({
  url: clipped(MAX_URL_CHARS).default(''),
  title: clipped(MAX_TITLE_CHARS).default(''),
  text: clipped(MAX_TEXT_CHARS).default(''),
  forms: firstItems(FormSchema, MAX_FORMS).default([]),
  links: firstItems(clipped(MAX_LINK_CHARS), MAX_LINKS).default([]),
  lang: clipped(MAX_LANG_CHARS).optional(),
});

export type FormField = z.infer<typeof FormFieldSchema>;
export type PageForm = z.infer<typeof FormSchema>;
export type PageSnapshot = z.infer<typeof PageSnapshotSchema>;
