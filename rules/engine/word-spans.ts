/**
 * Where some words occur in a page, in text order of their ends: what the engine's phrase scan reports for the
 * required words of a pattern (required-words.ts), so that the pattern runs only on stretches that hold one.
 */
export class WordSpans {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Adds an occurrence [start, end); occurrences must come in order of their ends (as the scan emits them). */
  add(start: number, end: number): void {
    this.starts.push(start);
    this.ends.push(end);
  }

  /** Does an occurrence lie wholly in [from, to)? */
  within(from: number, to: number): boolean {
    // The last occurrence that ends by `to`, then back over those that end after `from`.
    let low = 0;
    let high = this.ends.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.ends[mid]! <= to) low = mid + 1;
      else high = mid;
    }
    for (let k = low - 1; k >= 0 && this.ends[k]! > from; k--) {
      if (this.starts[k]! >= from) return true;
    }
    return false;
  }
}

/** The occurrences of `words` in `text`, found by search (for callers without the phrase scan). */
export function wordSpansIn(text: string, words: readonly string[]): WordSpans {
  const found: [number, number][] = [];
  for (const word of words) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) found.push([at, at + word.length]);
  }
  found.sort((a, b) => a[1] - b[1]);
  const spans = new WordSpans();
  for (const [start, end] of found) spans.add(start, end);
  return spans;
}
