/**
 * Which strings of a fixed list occur in a short text, in list order, without one search of the text per string:
 * the strings are filed under their first PREFIX characters, so a text is read once for its PREFIX-character pieces
 * and only the strings filed under one of those are searched for. The look-alike check asks this of every host
 * label for its 300-odd brand keys (one search per key was about 1 % of the engine's time on the bench pages).
 */
const PREFIX = 3;

interface Occurrence {
  /** Index of the string in the list. */
  index: number;
  /** Where it first occurs in the text. */
  at: number;
}

export class SubstringIndex {
  private readonly byPrefix = new Map<string, number[]>();

  /** Every string must be at least PREFIX characters long. */
  constructor(private readonly needles: readonly string[]) {
    needles.forEach((needle, index) => {
      if (needle.length < PREFIX) throw new Error(`"${needle}" is shorter than ${PREFIX} characters`);
      const prefix = needle.slice(0, PREFIX);
      const filed = this.byPrefix.get(prefix);
      if (filed === undefined) this.byPrefix.set(prefix, [index]);
      else filed.push(index);
    });
  }

  /** The strings that occur in `text`, in list order, each with its first occurrence (as indexOf gives it). */
  occurrencesIn(text: string): Occurrence[] {
    const candidates = new Set<number>();
    for (let i = 0; i + PREFIX <= text.length; i++) {
      for (const index of this.byPrefix.get(text.slice(i, i + PREFIX)) ?? []) candidates.add(index);
    }
    const found: Occurrence[] = [];
    for (const index of [...candidates].sort((a, b) => a - b)) {
      const at = text.indexOf(this.needles[index]!);
      if (at >= 0) found.push({ index, at });
    }
    return found;
  }
}
