/**
 * HTML → Document for the Node tools (`npm run scan`, `npm run eval`, tests), parsed by parse5 through
 * jsdom exactly as the HTML standard says a browser parses it: a BOM, comments or a <meta> before
 * <head>, a fragment without <html> and unclosed tags all end up where Chromium puts them, so
 * rules/extract.ts reads the same text here as in the content script. Scripts never run.
 */
import { JSDOM } from 'jsdom';
import { extractSnapshot } from '../rules/extract.ts';
import type { PageSnapshot } from '../rules/snapshot.ts';

const BOM = '\uFEFF';
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** True when the bytes are valid UTF-8 (pure ASCII included). */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    UTF8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Bytes (a file) are decoded as UTF-8 when they are valid UTF-8, as a browser's encoding detector does
 * for an unlabelled page; otherwise by the standard's sniffing (BOM, then <meta charset>, then
 * windows-1252). A string (a JSONL `html` field) is already decoded: a leading BOM is dropped, as the
 * decoder would have dropped it.
 */
function toJsdom(html: string | Uint8Array): JSDOM {
  if (typeof html === 'string') return new JSDOM(html.startsWith(BOM) ? html.slice(1) : html);
  const bytes = Buffer.from(html.buffer, html.byteOffset, html.byteLength);
  return isUtf8(bytes) ? new JSDOM(bytes, { contentType: 'text/html; charset=utf-8' }) : new JSDOM(bytes);
}

/** Parses a page and hands its Document to `read`; the page's window is closed afterwards. */
export function withParsedHtml<T>(html: string | Uint8Array, read: (document: Document) => T): T {
  const dom = toJsdom(html);
  try {
    return read(dom.window.document);
  } finally {
    dom.window.close();
  }
}

/** The snapshot the content script would extract from this page at `url`. */
export function snapshotFromHtml(html: string | Uint8Array, url: string): PageSnapshot {
  return withParsedHtml(html, (document) => extractSnapshot(document, url));
}
