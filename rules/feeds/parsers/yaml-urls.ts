import type { EntrySink } from '../entry-sink.ts';

/**
 * `url:` fields of a YAML list, as in Phantom's blocklist (`- url: example.com`) and
 * CryptoScamDB (`- name: ...` / `  url: http://...`). Only this one field is read, so a full
 * YAML parser is not needed; other fields (name, category, addresses, versionTag) are ignored.
 * Long values written as a block scalar (`url: >-` with the value on the next line) are handled.
 */
const URL_FIELD = /^\s*(?:-\s+)?url:\s*(.*)$/;
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
    const match = URL_FIELD.exec(line);
    if (match === null) return;
    const value = unquote(stripYamlComment(match[1]!));
    if (BLOCK_SCALAR.test(value)) awaitingBlockValue = true;
    else if (value === '') sink.skip(line);
    else sink.add(value);
  };
}

/** True for a line holding a `url:` field; used by format detection. */
export function isYamlUrlLine(line: string): boolean {
  return URL_FIELD.test(line);
}

function stripYamlComment(value: string): string {
  const comment = value.search(/\s#/);
  return (comment === -1 ? value : value.slice(0, comment)).trim();
}

/** Removes YAML quotes, tolerating the unbalanced ones some CryptoScamDB entries have. */
function unquote(value: string): string {
  return value.trim().replace(/^['"]+|['"]+$/g, '').trim();
}
