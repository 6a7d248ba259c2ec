import type { EntrySink } from '../entry-sink.ts';
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
