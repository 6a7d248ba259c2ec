/**
 * The words a regular expression cannot match without: a set of letter strings (a-z) such that every match
 * contains at least one of them. The engine's phrase scan finds where these words occur in a page, so a
 * pattern is only run on a stretch of text that holds one (reported-speech.ts): elsewhere it cannot match.
 *
 * Read from the pattern's own source, so the set follows every edit of the pattern. Only the syntax the
 * engine's patterns use is understood: literal characters, non-capturing groups "(?:a|b)", lookarounds,
 * character classes "[...]", escapes, anchors and the quantifiers ? * + {m,n}. A literal letter counts
 * only where it is required (no quantifier that allows zero); a required group counts when every one of its
 * alternatives has required words of its own (the union is then required). Among the candidates of a
 * sequence, the one whose shortest word is longest is kept. Anything else (a bare class, "." or an
 * alternative without a literal word) gives null: no set, the pattern must always run.
 */

type Item =
  | { kind: 'letter'; char: string }
  | { kind: 'group'; alternatives: Item[][] }
  /** Required, but repeated ("+", "{2,}"): its words cannot be joined to its neighbours'. */
  | { kind: 'repeated'; item: Item }
  | { kind: 'other' };

class Parser {
  private at = 0;

  constructor(private readonly source: string) {}

  /** alternative ("|" alternative)* up to a ")" or the end. */
  alternatives(): Item[][] {
    const out: Item[][] = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      out.push(this.sequence());
    }
    return out;
  }

  private sequence(): Item[] {
    const items: Item[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') items.push(this.item());
    return items;
  }

  private item(): Item {
    const c = this.source[this.at++]!;
    let item: Item;
    if (c === '(') {
      // "(?:" is a group; "(?=", "(?!", "(?<=", "(?<!" are lookarounds (they consume nothing), "(" captures.
      const lookaround = /^\?(?:=|!|<=|<!)/.exec(this.source.slice(this.at));
      if (lookaround) this.at += lookaround[0].length;
      else if (this.source.startsWith('?:', this.at)) this.at += 2;
      const alternatives = this.alternatives();
      if (this.source[this.at++] !== ')') throw new Error(`unbalanced group in /${this.source}/`);
      item = lookaround ? { kind: 'other' } : { kind: 'group', alternatives };
    } else if (c === '[') {
      while (this.at < this.source.length && this.source[this.at] !== ']') this.at += this.source[this.at] === '\\' ? 2 : 1;
      this.at++;
      item = { kind: 'other' };
    } else if (c === '\\') {
      this.at++;
      item = { kind: 'other' };
    } else {
      item = c >= 'a' && c <= 'z' ? { kind: 'letter', char: c } : { kind: 'other' };
    }
    return this.quantified(item);
  }

  /** A quantifier after an item: "?", "*" and "{0,n}" make it optional; "+" and "{m,n}" repeat it. */
  private quantified(item: Item): Item {
    const quantifier = /^(?:[?*+]|\{(\d*)(?:,\d*)?\})\??/.exec(this.source.slice(this.at));
    if (!quantifier) return item;
    this.at += quantifier[0].length;
    const optional = quantifier[0][0] === '?' || quantifier[0][0] === '*' || quantifier[1] === '0' || quantifier[1] === '';
    return optional || item.kind === 'other' ? { kind: 'other' } : { kind: 'repeated', item };
  }
}

/** Score of a candidate set: its shortest word's length (longer words occur on fewer pages), then fewer words. */
const better = (a: string[], b: string[] | null) =>
  b === null || Math.min(...a.map((w) => w.length)) > Math.min(...b.map((w) => w.length)) ||
  (Math.min(...a.map((w) => w.length)) === Math.min(...b.map((w) => w.length)) && a.length < b.length);

/** Most strings a literal stretch is spelt out into ("promis(?:es|ing)": "promises", "promising"). */
const MAX_SPELLINGS = 32;

/** Every string a letters-only item matches, or null when it matches anything else (or too many strings). */
function spellings(item: Item): string[] | null {
  if (item.kind === 'letter') return [item.char];
  if (item.kind !== 'group') return null;
  const out: string[] = [];
  for (const alternative of item.alternatives) {
    let strings: string[] | null = [''];
    for (const part of alternative) strings = strings && joined(strings, spellings(part));
    if (strings === null) return null;
    out.push(...strings);
  }
  return out.length <= MAX_SPELLINGS ? out : null;
}

const joined = (heads: string[], tails: string[] | null) =>
  tails === null || heads.length * tails.length > MAX_SPELLINGS ? null : heads.flatMap((head) => tails.map((tail) => head + tail));

function ofSequence(items: Item[]): string[] | null {
  let best: string[] | null = null;
  // The spellings of the literal stretch read so far: each a word every match of this stretch is.
  let stretch = [''];
  const endStretch = () => {
    if (!stretch.includes('') && better(stretch, best)) best = stretch;
    stretch = [''];
  };
  for (const item of items) {
    const longer = joined(stretch, spellings(item));
    if (longer !== null) {
      stretch = longer;
      continue;
    }
    endStretch();
    // A group too rich to spell out, or repeated, may still require words in each alternative.
    const inner = item.kind === 'repeated' ? item.item : item;
    const words = inner.kind === 'group' ? ofAlternatives(inner.alternatives) : inner.kind === 'letter' ? [inner.char] : null;
    if (words !== null && better(words, best)) best = words;
    // The next stretch starts after the item, or on the last spelling of a group that was too long to join.
    stretch = item.kind === 'group' ? spellings(item) ?? [''] : [''];
  }
  endStretch();
  return best;
}

function ofAlternatives(alternatives: Item[][]): string[] | null {
  const words = new Set<string>();
  for (const alternative of alternatives) {
    const own = ofSequence(alternative);
    if (own === null) return null;
    for (const word of own) words.add(word);
  }
  return [...words];
}

/** Letter strings one of which every match of `pattern` contains, or null when the pattern has no such set. */
export function requiredWords(pattern: RegExp): string[] | null {
  if (pattern.flags.includes('i')) return null;
  const words = ofAlternatives(new Parser(pattern.source).alternatives());
  // A word that holds another word of the set adds nothing: wherever it occurs, the shorter one does too.
  return words && words.filter((word) => !words.some((other) => other !== word && word.includes(other)));
}
