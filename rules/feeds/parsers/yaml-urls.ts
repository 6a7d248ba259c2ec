import type { EntrySink } from '../entry-sink.ts';

/**
 * `url:` fields of a YAML list, as in Phantom's blocklist (`- url: example.com`) and
 * CryptoScamDB (`- name: ...` / `  url: http://...`). Only this one field is read, so a full
 * YAML parser is not needed; other fields (name, category, addresses, versionTag) are ignored.
 * Long values written as a block scalar (`url: >-` with the value on the next line) are handled.
 *
 * The pattern matches the key only; the value is the rest of the line, taken with slice
 * (`url:\s*(.*)$` made the engine try every split of a long run of spaces between the two:
 * quadratic in V8, a stack overflow in Firefox).
 */
const URL_FIELD = /^\s*(?:-\s+)?url:/;
/** Characters `.` does not match: a value holding one was never a `url:` field. */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;
const BLOCK_SCALAR = /^[>|][+-]?$/;

/** Returns a line parser that keeps the little state block scalars need. */
export function createYamlUrlParser(): (line: string, sink: EntrySink) => void {
  let awaitingBlockValue = false;
  return (line, sink) => {
    if (awaitingBlockValue) {
      if (line.trim() === '') return;
      awaitingBlockValue = false;
      sink.add(unquote(line));
      return;
    }
    const raw = urlFieldValue(line);
    if (raw === null) return;
    const value = unquote(stripYamlComment(raw));
    if (BLOCK_SCALAR.test(value)) awaitingBlockValue = true;
    else if (value === '') sink.skip(line);
    else sink.add(value);
  };
}

/** True for a line holding a `url:` field; used by format detection. */
export function isYamlUrlLine(line: string): boolean {
  return urlFieldValue(line) !== null;
}

/** What follows `url:` on the line, without leading white space; null if the line has no such field. */
function urlFieldValue(line: string): string | null {
  const key = URL_FIELD.exec(line);
  if (key === null) return null;
  const value = line.slice(key[0].length).trimStart();
  return LINE_TERMINATOR.test(value) ? null : value;
}

function stripYamlComment(value: string): string {
  const comment = value.search(/\s#/);
  return (comment === -1 ? value : value.slice(0, comment)).trim();
}

/**
 * Removes YAML quotes, tolerating the unbalanced ones some CryptoScamDB entries have. A scanner:
 * /['"]+$/ retries from every quote of a long run that does not reach the end (quadratic).
 */
function unquote(value: string): string {
  const text = value.trim();
  let start = 0;
  let end = text.length;
  while (start < end && isQuote(text.charCodeAt(start))) start++;
  while (end > start && isQuote(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end).trim();
}

const isQuote = (code: number) => code === 34 || code === 39;
