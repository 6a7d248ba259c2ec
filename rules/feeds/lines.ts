/**
 * Calls `visit` with each line of `text` (without its line break, "\r\n" handled), in order.
 * Avoids building an array of a million strings for large feeds.
 */
export function forEachLine(text: string, visit: (line: string) => void): void {
  forEachLineSpan(text, text.length, (start, stop) => visit(text.slice(start, stop)));
}

/** The same as text[start, stop) spans of text[0, end), so a fast path can look at a line before making a string of it. */
export function forEachLineSpan(text: string, end: number, visit: (start: number, stop: number) => void): void {
  let start = 0;
  while (start < end) {
    let lineEnd = text.indexOf('\n', start);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    const stop = lineEnd > start && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    visit(start, stop);
    start = lineEnd + 1;
  }
}

/** The line without a trailing `#` comment, trimmed. "" for blank and comment-only lines. */
export function stripHashComment(line: string): string {
  const hash = line.indexOf('#');
  return (hash === -1 ? line : line.slice(0, hash)).trim();
}
