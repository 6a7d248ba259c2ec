import { z } from 'zod';

/**
 * What the engine sees of a page. The same shape as the records in ../shared/corpus, so the
 * corpus, the scanner CLI and the content script all feed the engine identically.
 * Every field is capped: page content is hostile input.
 */
export const MAX_TEXT_CHARS = 60_000;
export const MAX_TITLE_CHARS = 500;
export const MAX_FORMS = 30;
export const MAX_FIELDS_PER_FORM = 50;
export const MAX_LINKS = 500;
/**
 * In `text`, between the words of two elements a reader sees apart (blocks, list items, table cells,
 * menu links): no phrase is ever matched across it, so a menu item ending in "Risk" and the next one
 * starting with "Free" never read "risk free". U+2029 PARAGRAPH SEPARATOR: whitespace to every regex and
 * never left in page text by extraction (rules/extract.ts turns a page's own into spaces).
 */
export const TEXT_BREAK = '\u2029';

const shortText = (max: number) => z.string().max(max * 4).transform((s) => s.slice(0, max));

export const FormFieldSchema = z.object({
  name: shortText(200).default(''),
  type: shortText(50).default(''),
  placeholder: shortText(300).default(''),
  id: shortText(200).optional(),
  tag: shortText(20).optional(),
});

export const FormSchema = z.object({
  action: shortText(2000).default(''),
  method: shortText(20).default(''),
  fields: z.array(FormFieldSchema).max(MAX_FIELDS_PER_FORM * 4).transform((f) => f.slice(0, MAX_FIELDS_PER_FORM)).default([]),
});

export const PageSnapshotSchema = z.object({
  url: shortText(4000).default(''),
  title: shortText(MAX_TITLE_CHARS).default(''),
  text: z.string().transform((s) => s.slice(0, MAX_TEXT_CHARS)).default(''),
  forms: z.array(FormSchema).max(MAX_FORMS * 10).transform((f) => f.slice(0, MAX_FORMS)).default([]),
  links: z.array(shortText(300)).max(MAX_LINKS * 10).transform((l) => l.slice(0, MAX_LINKS)).default([]),
  lang: shortText(20).optional(),
});

export type FormField = z.infer<typeof FormFieldSchema>;
export type PageForm = z.infer<typeof FormSchema>;
export type PageSnapshot = z.infer<typeof PageSnapshotSchema>;
