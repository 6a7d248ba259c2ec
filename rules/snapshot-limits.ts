/**
 * The caps of every field of a page snapshot, in characters or items. Kept apart from the zod schema
 * (rules/snapshot.ts) so that the content script, which clips while it extracts, carries no zod.
 */
export const MAX_TEXT_CHARS = 60_000;
export const MAX_TITLE_CHARS = 500;
export const MAX_URL_CHARS = 4000;
export const MAX_LANG_CHARS = 20;
export const MAX_FORMS = 30;
export const MAX_FIELDS_PER_FORM = 50;
export const MAX_ACTION_CHARS = 2000;
export const MAX_METHOD_CHARS = 20;
export const MAX_FIELD_NAME_CHARS = 200;
export const MAX_FIELD_TYPE_CHARS = 50;
export const MAX_PLACEHOLDER_CHARS = 300;
export const MAX_FIELD_ID_CHARS = 200;
export const MAX_TAG_CHARS = 20;
export const MAX_LINKS = 500;
export const MAX_LINK_CHARS = 300;
/**
 * In `text`, between the words of two elements a reader sees apart (blocks, list items, table cells,
 * menu links): no phrase is ever matched across it, so a menu item ending in "Risk" and the next one
 * starting with "Free" never read "risk free". U+2029 PARAGRAPH SEPARATOR: whitespace to every regex and
 * never left in page text by extraction (rules/extract.ts turns a page's own into spaces).
 */
export const TEXT_BREAK = '\u2029';
