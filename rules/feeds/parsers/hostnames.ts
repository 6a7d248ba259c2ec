import type { EntrySink } from '../entry-sink.ts';
import { isPlainLowerHost } from '../../hosts/plain-host.ts';
import { stripHashComment } from '../lines.ts';

/**
 * One hostname (or URL, or `*.wildcard`) per line; `#` starts a comment, as do lines
 * starting with `!` or `;` (seen in lists exported from other tools).
 */
export function parseHostnameLine(line: string, sink: EntrySink): void {
  const entry = stripHashComment(line);
  if (entry === '') return;
  const first = entry.charCodeAt(0);
  if (first === 33 /* ! */ || first === 59 /* ; */) return;
  sink.add(entry);
}

/**
 * parseHostnameLine for text[start, stop), without making a string unless it lists a name, for a
 * line that is only a plain lower-case name (most lines of a big list). False for any other line.
 */
export function parseHostnameSpan(text: string, start: number, stop: number, sink: EntrySink): boolean {
  if (!isPlainLowerHost(text, start, stop)) return false;
  sink.addPlain(text.slice(start, stop));
  return true;
}
