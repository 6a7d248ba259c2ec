/**
 * Calls `visit` with each line of `text` (without its line break, "\r\n" handled), in order.
 * Avoids building an array of a million strings for large feeds.
 */
export function forEachLine(text: string, visit: (line: string) => void): void {
  let start = 0;
  const length = text.length;
  while (start < length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = length;
    const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    visit(text.slice(start, stop));
    start = end + 1;
  }
}

/** The line without a trailing `#` comment, trimmed. "" for blank and comment-only lines. */
export function stripHashComment(line: string): string {
  const hash = line.indexOf('#');
  return (hash === -1 ? line : line.slice(0, hash)).trim();
}
