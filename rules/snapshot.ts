import * as z from 'zod/mini';
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
const clipped = (max: number) => z.string().check(z.overwrite((s) => s.slice(0, max)));
/** A list cut to its first `max` items before the items themselves are checked. */
const firstItems = <T extends z.ZodMiniType>(item: T, max: number) =>
  z.pipe(z.transform((value: unknown) => (Array.isArray(value) ? value.slice(0, max) : value)), z.array(item));

export const FormFieldSchema = z.object({
  name: z._default(clipped(MAX_FIELD_NAME_CHARS), ''),
  type: z._default(clipped(MAX_FIELD_TYPE_CHARS), ''),
  placeholder: z._default(clipped(MAX_PLACEHOLDER_CHARS), ''),
  id: z.optional(clipped(MAX_FIELD_ID_CHARS)),
  tag: z.optional(clipped(MAX_TAG_CHARS)),
});

export const FormSchema = z.object({
  action: z._default(clipped(MAX_ACTION_CHARS), ''),
  method: z._default(clipped(MAX_METHOD_CHARS), ''),
  fields: z._default(firstItems(FormFieldSchema, MAX_FIELDS_PER_FORM), []),
});

export const PageSnapshotSchema = z.object({
  url: z._default(clipped(MAX_URL_CHARS), ''),
  title: z._default(clipped(MAX_TITLE_CHARS), ''),
  text: z._default(clipped(MAX_TEXT_CHARS), ''),
  forms: z._default(firstItems(FormSchema, MAX_FORMS), []),
  links: z._default(firstItems(clipped(MAX_LINK_CHARS), MAX_LINKS), []),
  lang: z.optional(clipped(MAX_LANG_CHARS)),
});

export type FormField = z.infer<typeof FormFieldSchema>;
export type PageForm = z.infer<typeof FormSchema>;
export type PageSnapshot = z.infer<typeof PageSnapshotSchema>;
